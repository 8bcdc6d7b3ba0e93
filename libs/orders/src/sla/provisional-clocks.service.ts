import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { systemActor } from '@app/access';
import { DATA_SOURCE, returnedRows, TransactionRunner, type Tx } from '@app/database';
import { CalendarService, DeadlineService, PROVISIONAL_CLOCKS_OF_YEAR, provisionalClocksOfYearParams } from '@app/deadlines';
import type { OrderClock } from '../domain/index.js';
import { OrderRepository } from '../persistence/order.repository.js';
import type { OrderRow } from '../persistence/order-row.js';
import { roomsForOrder } from '../use-cases/order-rooms.js';
import { clockRecompute } from './clock-recompute.js';
import { clockInputOf, OrderClocks, type ClockRow } from './order-clocks.js';

/** Timeline action of a recomputed clock; the web names it 时限已按法定节假日安排重新计算. */
export const DEADLINE_RECOMPUTED = 'deadline_recomputed';


interface MovedClock {
  clock: OrderClock;
  before: Date;
  after: Date;
  provisional: boolean;
}

export interface ProvisionalRecomputeResult {
  /** Orders whose clocks moved. */
  orders: number;
  clocks: number;
}

/**
 * Sets again the running clocks that were computed with the Monday–Friday rule once a year's holiday schedule is
 * stored (DESIGN §14). Each clock keeps its original start and is computed exactly as when it started, with the
 * calendar as it is now; a clock granted an explicit due time (extension) was never provisional and is not touched.
 * One transaction per order: clock rows, the order's due time and flag, timeline, audit and event commit together.
 */
@Injectable()
export class ProvisionalClocks {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly calendars: CalendarService,
    private readonly deadlines: DeadlineService,
    private readonly clocks: OrderClocks,
  ) {}

  async recompute(streetCode: string, year: number): Promise<ProvisionalRecomputeResult> {
    // A worker may hold the calendar from before the load for a few seconds (REVALIDATE_AFTER_MS); the load is
    // the reason this runs, so read it afresh.
    this.calendars.invalidate();
    const candidates = (await this.dataSource.query(
      `SELECT DISTINCT c.order_id FROM ${PROVISIONAL_CLOCKS_OF_YEAR} ORDER BY c.order_id`,
      provisionalClocksOfYearParams(streetCode, year),
    )) as { order_id: string }[];
    const result: ProvisionalRecomputeResult = { orders: 0, clocks: 0 };
    for (const { order_id } of candidates) {
      const moved = await this.recomputeOrder(streetCode, order_id, year);
      if (moved > 0) {
        result.orders += 1;
        result.clocks += moved;
      }
    }
    return result;
  }

  /** Returns how many of the order's clocks moved (0 when a rerun or another year left them as they are). */
  private recomputeOrder(streetCode: string, orderId: string, year: number): Promise<number> {
    return this.tx.run(systemActor(streetCode, 'deadline-recompute'), async (t) => {
      const [order] = (await t.manager.query('SELECT * FROM work_order WHERE id = $1 AND street_code = $2 FOR UPDATE', [
        orderId,
        streetCode,
      ])) as OrderRow[];
      if (!order) return 0;
      const running = (await t.manager.query(
        'SELECT * FROM order_clock WHERE order_id = $1 AND stopped_at IS NULL AND provisional ORDER BY started_at FOR UPDATE',
        [orderId],
      )) as ClockRow[];
      const moved: MovedClock[] = [];
      for (const clock of running) {
        const change = await this.recomputeClock(t, order, clock);
        if (change) moved.push(change);
      }
      if (moved.length === 0) return 0;

      const [{ still }] = (await t.manager.query(
        'SELECT EXISTS (SELECT 1 FROM order_clock WHERE order_id = $1 AND stopped_at IS NULL AND provisional) AS still',
        [orderId],
      )) as { still: boolean }[];
      const unitReply = moved.find((m) => m.clock === 'unitReply');
      // The version moves so open screens reload the order with its new due time (DESIGN §3 versioning).
      const [updated] = returnedRows<OrderRow>(
        await t.manager.query(
          `UPDATE work_order SET deadline_provisional = $2, unit_due_at = COALESCE($3, unit_due_at), updated_at = $4,
                  version = version + 1
            WHERE id = $1 RETURNING *`,
          [orderId, still, unitReply?.after ?? null, t.now],
        ),
      );
      await this.clocks.refreshClockFlags(t.manager, orderId, t.now);
      for (const m of moved) {
        await OrderRepository.appendEvent(t.manager, streetCode, {
          orderId, action: DEADLINE_RECOMPUTED, actorId: null, actorRole: 'system', actorUnitId: null, at: t.now,
          fromStatus: order.status, toStatus: order.status,
          payload: { clock: m.clock, before: m.before.toISOString(), after: m.after.toISOString(), year },
        });
      }
      t.audit({
        action: 'order.deadline_recomputed', entityType: 'order', entityId: orderId,
        before: { version: order.version, deadlineProvisional: order.deadline_provisional, clocks: moved.map((m) => ({ clock: m.clock, dueAt: m.before, provisional: true })) },
        after: { version: updated.version, deadlineProvisional: still, year, clocks: moved.map((m) => ({ clock: m.clock, dueAt: m.after, provisional: m.provisional })) },
      });
      t.emit('order.changed', roomsForOrder(updated), {
        orderId, version: updated.version, status: updated.status, upstreamNo: updated.upstream_no, orderNo: updated.upstream_no ?? updated.local_no, action: DEADLINE_RECOMPUTED,
      });
      return moved.length;
    });
  }

  /** Writes the clock's new times under a new generation; its alarms move after the commit. */
  private async recomputeClock(t: Tx, order: OrderRow, clock: ClockRow): Promise<MovedClock | null> {
    // The same input OrderClocks.start gives, but from the clock's own start rather than now. The order's category
    // today decides, like its policy today: this re-derives a provisional clock, it is not a replay of its start.
    const computed = await this.deadlines.computeClock(order.street_code, clock.kind, clockInputOf(order, new Date(clock.started_at)), t.manager);
    const next = clockRecompute(clock, computed, t.now);
    if (!next) return null;
    // The overdue alarm already raised stays on the timeline (DESIGN §4: a fact, not arithmetic); but a clock whose
    // real due time lies ahead is not past due now, so this generation forgets it and the order's 超期 falls.
    const [row] = returnedRows<ClockRow>(
      await t.manager.query(
        `UPDATE order_clock SET due_at = $3, warn_at = $4, provisional = $5,
                warned_at = CASE WHEN $6::boolean THEN NULL ELSE warned_at END,
                overdue_at = CASE WHEN $3::timestamptz > $7::timestamptz THEN NULL ELSE overdue_at END, generation = generation + 1
          WHERE order_id = $1 AND kind = $2 RETURNING *`,
        [clock.order_id, clock.kind, next.dueAt, next.warnAt, next.provisional, next.rewarn, t.now],
      ),
    );
    t.afterCommit(async () => {
      await this.clocks.unschedule(clock.order_id, clock.kind, clock.generation);
      await this.clocks.schedule(row, t.now);
    });
    return { clock: clock.kind, before: new Date(clock.due_at), after: next.dueAt, provisional: next.provisional };
  }
}
