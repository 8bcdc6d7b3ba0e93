import { Injectable } from '@nestjs/common';
import type { Tx } from '@app/database';
import { Rooms } from '@app/realtime';
import { platformLimitPassed, UPSTREAM_LIMIT_ALARM } from '../domain/index.js';
import { OrderRepository } from '../persistence/order.repository.js';
import type { OrderRow } from '../persistence/order-row.js';
import { DeskAudience } from '../use-cases/desk-audience.js';
import { refreshClockFlags } from './clock-flags.js';

/** A running clock whose due time has passed and whose 超期 is not recorded yet, with its order as the caller read it. */
export interface LateClock {
  order: OrderRow;
  kind: string;
  dueAt: Date;
}

/**
 * Records 超期 (DESIGN §4) in the caller's transaction: the clock's `overdue_at`, the order's flags, one timeline
 * entry and audit record per clock, and the alarm to those who must hear it. The caller has checked that each clock
 * still runs in its generation and is not yet overdue. One statement per table for any number of clocks, so an
 * import batch of orders already late on arrival records them with the batch instead of one transaction each.
 * The platform's limit (UPSTREAM_LIMIT_ALARM) is recorded the same way; it has no clock row to mark.
 */
@Injectable()
export class OverdueRecorder {
  constructor(private readonly audience: DeskAudience) {}

  /**
   * `clocksMarked`: the clocks were written with their `overdue_at` already (intake's clocks late at their start).
   * The flags are refreshed either way: an order written with them (intake) is not written again.
   */
  async recordIn(t: Tx, late: readonly LateClock[], options: { clocksMarked?: boolean } = {}): Promise<void> {
    if (!late.length) return;
    if (!options.clocksMarked) {
      await t.manager.query(
        `UPDATE order_clock c SET overdue_at = $3
           FROM unnest($1::uuid[], $2::text[]) AS l(order_id, kind)
          WHERE c.order_id = l.order_id AND c.kind = l.kind`,
        [late.map((l) => l.order.id), late.map((l) => l.kind), t.now],
      );
    }
    await refreshClockFlags(t.manager, late.map((l) => l.order.id), t.now);
    const byStreet = new Map<string, LateClock[]>();
    for (const l of late) {
      const list = byStreet.get(l.order.street_code);
      if (list) list.push(l);
      else byStreet.set(l.order.street_code, [l]);
    }
    for (const [street, clocks] of byStreet) {
      await OrderRepository.appendEvents(t.manager, street, clocks.map(({ order, kind, dueAt }) => ({
        orderId: order.id, action: 'overdue', actorId: null, actorRole: 'system', actorUnitId: null, at: t.now,
        fromStatus: order.status, toStatus: order.status, payload: { clock: kind, dueAt },
      })));
      const operators = await this.audience.operatorRooms(street, t.now, t.manager);
      for (const { order, kind, dueAt } of clocks) {
        t.audit({ action: 'order.overdue', entityType: 'order', entityId: order.id, before: { overdue: order.overdue, overdueClocks: order.overdue_clocks }, after: { overdue: true, clock: kind } });
        t.emit('order.overdue', [...alarmRooms(order, kind), ...operators], {
          orderId: order.id, version: order.version, status: order.status, upstreamNo: order.upstream_no,
          orderNo: order.upstream_no ?? order.local_no, clock: kind, dueAt: new Date(dueAt).toISOString(),
        });
      }
    }
  }
}

/**
 * Orders just written already past the platform's limit while at the desk (an old export), as the recorder takes
 * them: each order as it was before that 超期 (its flags without the limit), and the limit as the due time the
 * sweep matches its timeline entry by, so the sweep finds nothing left to raise for them.
 */
export function platformLimitsPassed(orders: readonly OrderRow[], now: Date): LateClock[] {
  return orders.flatMap((order) => {
    const dueAt = platformLimitPassedFor(order, now);
    if (!dueAt) return [];
    const clocks = (order.overdue_clocks ?? []).filter((k) => k !== UPSTREAM_LIMIT_ALARM);
    return [{ order: { ...order, overdue: clocks.length > 0, overdue_clocks: clocks }, kind: UPSTREAM_LIMIT_ALARM, dueAt }];
  });
}

/** `platformLimitPassed` for an order as read from its table. */
export function platformLimitPassedFor(order: OrderRow, now: Date): Date | null {
  return platformLimitPassed({ status: order.status, upstreamDueAt: order.upstream_due_at ? new Date(order.upstream_due_at) : null }, now);
}

/** Besides the operators on duty: supervisors always, the lead unit for its own clocks, reviewers for review. */
export function alarmRooms(order: OrderRow, clockKind: string): string[] {
  const rooms = [Rooms.role('supervisor')];
  if ((clockKind === 'unitReply' || clockKind === 'contact') && order.lead_unit_id) rooms.push(Rooms.unit(order.lead_unit_id));
  if (clockKind === 'review') rooms.push(Rooms.role('reviewer'));
  return rooms;
}
