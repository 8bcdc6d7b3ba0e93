import { Injectable } from '@nestjs/common';
import { PERMISSION_MATRIX, ROLES } from '@app/access';
import type { Tx } from '@app/database';
import { Rooms } from '@app/realtime';
import type { OrderDecision, OrderEffect } from '../domain/index.js';
import type { OrderRow } from '../persistence/order-row.js';
import { HangProgressAlarms } from '../sla/hang-progress-alarms.service.js';
import { OrderClocks, type ClockStop } from '../sla/order-clocks.js';
import { OutboxWriter } from '../outbox/outbox-writer.js';
import { UnitCounters } from '../outbox/unit-counters.js';

/**
 * Carries out a decision's effects inside the action's transaction. The order's own counters are in the changes;
 * the per-unit counters and the outbox (reports to the platform, notices to citizens) are written here, so they
 * exist exactly when the action commits.
 */
@Injectable()
export class OrderEffectsRunner {
  constructor(
    private readonly clocks: OrderClocks,
    private readonly hangAlarms: HangProgressAlarms,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Returns how the clocks it stopped ended (met or late), for the action's timeline entry, and leaves the order's
   * headline 超期 matching its running clocks.
   */
  async apply(t: Tx, order: OrderRow, decision: OrderDecision): Promise<ClockStop[]> {
    const stops: ClockStop[] = [];
    for (const effect of decision.effects) {
      const stopped = await this.applyOne(t, order, effect, decision);
      if (stopped) stops.push(...stopped);
    }
    await this.clocks.refreshClockFlags(t.manager, order.id, t.now);
    return stops;
  }

  private async applyOne(t: Tx, order: OrderRow, effect: OrderEffect, decision: OrderDecision): Promise<ClockStop[] | void> {
    switch (effect.kind) {
      case 'startClock':
        await this.clocks.start(t, order, effect.clock);
        return;
      case 'recomputeClock':
        await this.clocks.start(t, order, effect.clock, effect.dueAt);
        return;
      case 'stopClock':
        return this.clocks.stop(t, order.id, effect.clock, effect.at, effect.outcome);
      case 'notify': {
        const rooms = 'units' in effect.to
          ? effect.to.units.map((u) => Rooms.unit(u))
          : ROLES.filter((r) => PERMISSION_MATRIX[r].has((effect.to as { holdersOf: never }).holdersOf)).map((r) => Rooms.role(r));
        if (rooms.length) {
          t.emit('order.changed', rooms, { orderId: order.id, version: order.version, status: order.status, upstreamNo: order.upstream_no, orderNo: order.upstream_no ?? order.local_no, action: `${decision.action}:${effect.topic}` });
        }
        return;
      }
      case 'scheduleProgressCheck':
        this.hangAlarms.schedule(t, order.id, effect.at);
        return;
      // A stale progress job finds the hang lifted or its date moved and does nothing: no cancelling needed.
      case 'cancelProgressCheck':
        return;
      case 'countRework':
        await UnitCounters.add(t.manager, { orderId: order.id, unitId: effect.unitId, streetCode: order.street_code, at: t.now, rework: 1 });
        return;
      case 'countUrge':
        await UnitCounters.add(t.manager, { orderId: order.id, unitId: effect.unitId, streetCode: order.street_code, at: t.now, urge: 1 });
        return;
      case 'informCitizen':
        await this.outbox.informCitizen(t, order, decision);
        return;
      case 'sendUpstream':
        await this.outbox.sendUpstream(t, order, effect.what, decision);
        return;
    }
  }
}
