import { Injectable } from '@nestjs/common';
import { PERMISSION_MATRIX, ROLES } from '@app/access';
import type { Tx } from '@app/database';
import { Rooms } from '@app/realtime';
import type { OrderDecision, OrderEffect } from '../domain/index.js';
import type { OrderRow } from '../persistence/order-row.js';
import { HangProgressAlarms } from '../sla/hang-progress-alarms.service.js';
import { OrderClocks } from '../sla/order-clocks.js';

/**
 * Carries out a decision's effects inside the action's transaction. Counters (rework, urge) are already on the
 * order and the timeline event; reports read them from there. Upstream reports and citizen notices are recorded by
 * the timeline event itself until the platform link exists (the reply export reads approved replies from it).
 */
@Injectable()
export class OrderEffectsRunner {
  constructor(
    private readonly clocks: OrderClocks,
    private readonly hangAlarms: HangProgressAlarms,
  ) {}

  async apply(t: Tx, order: OrderRow, decision: OrderDecision): Promise<void> {
    for (const effect of decision.effects) await this.applyOne(t, order, effect, decision);
  }

  private async applyOne(t: Tx, order: OrderRow, effect: OrderEffect, decision: OrderDecision): Promise<void> {
    switch (effect.kind) {
      case 'startClock':
        await this.clocks.start(t, order, effect.clock);
        return;
      case 'recomputeClock':
        await this.clocks.start(t, order, effect.clock, effect.dueAt);
        return;
      case 'stopClock':
        await this.clocks.stop(t, order.id, effect.clock, effect.at, effect.outcome);
        return;
      case 'notify': {
        const rooms = 'units' in effect.to
          ? effect.to.units.map((u) => Rooms.unit(u))
          : ROLES.filter((r) => PERMISSION_MATRIX[r].has((effect.to as { holdersOf: never }).holdersOf)).map((r) => Rooms.role(r));
        if (rooms.length) {
          t.emit('order.changed', rooms, { orderId: order.id, version: order.version, status: order.status, upstreamNo: order.upstream_no, action: `${decision.action}:${effect.topic}` });
        }
        return;
      }
      case 'scheduleProgressCheck':
        this.hangAlarms.schedule(t, order.id, effect.at);
        return;
      // A stale progress job finds the hang lifted or its date moved and does nothing: no cancelling needed.
      case 'cancelProgressCheck':
      case 'countRework':
      case 'countUrge':
      case 'informCitizen':
      case 'sendUpstream':
        return;
    }
  }
}
