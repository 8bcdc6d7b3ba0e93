import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { systemActor } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { AT_DESK_STATUSES, UPSTREAM_LIMIT_ALARM } from '../domain/index.js';
import { OrderRepository } from '../persistence/order.repository.js';
import { DeskAudience } from '../use-cases/desk-audience.js';
import { OrderClocks } from './order-clocks.js';
import { alarmRooms, OverdueRecorder, platformLimitPassedFor } from './overdue-recorder.js';

export type AlarmKind = 'warning' | 'overdue';

interface DueClock {
  order_id: string;
  kind: string;
  generation: number;
  street_code: string;
  due_at: Date;
  warn_at: Date;
  warned_at: Date | null;
  overdue_at: Date | null;
  stopped_at: Date | null;
}

/**
 * Raises a clock's warning or overdue alarm once. Overdue is a fact recorded per clock on the order's timeline and
 * in the clock table (DESIGN §4), so every report counts the same thing; the order shows 超期 while the clock runs. Who hears it: supervisors and the operators on duty always, the lead unit
 * for the unit's own clocks, reviewers for the review clock.
 */
@Injectable()
export class ClockAlarms {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly audience: DeskAudience,
    private readonly clocks: OrderClocks,
    private readonly overdue: OverdueRecorder,
  ) {}

  /** Returns whether the alarm was raised now (false: not due yet, already raised, or the clock moved/stopped). */
  async raise(kind: AlarmKind, orderId: string, clockKind: string, generation: number): Promise<boolean> {
    const [probe] = (await this.dataSource.query('SELECT street_code FROM order_clock WHERE order_id = $1 AND kind = $2', [orderId, clockKind])) as { street_code: string }[];
    if (!probe) return false;
    return this.tx.run(systemActor(probe.street_code, `sla-${kind}`), async (t) => {
      // The order row first, as every writer of an order takes it: a lifecycle action locks the order and then marks
      // it dirty for the statistics; an alarm that marked it dirty (through the clock) before waiting for the order
      // deadlocked with it (seen with two workers and two apis: the action failed with 500).
      const order = (await OrderRepository.find(t.manager, probe.street_code, orderId, true))!;
      const [clock] = (await t.manager.query(
        'SELECT * FROM order_clock WHERE order_id = $1 AND kind = $2 FOR UPDATE',
        [orderId, clockKind],
      )) as DueClock[];
      if (!clock || clock.stopped_at || clock.generation !== generation) return false;
      const now = t.now; // what the recorder writes
      if (kind === 'warning') {
        if (clock.warned_at || now < new Date(clock.warn_at) || now >= new Date(clock.due_at)) return false;
        await t.manager.query('UPDATE order_clock SET warned_at = $3 WHERE order_id = $1 AND kind = $2', [orderId, clockKind, now]);
        const rooms = [...alarmRooms(order, clockKind), ...(await this.audience.operatorRooms(order.street_code, now, t.manager))];
        t.emit('order.deadline-warning', rooms, { orderId, version: order.version, status: order.status, upstreamNo: order.upstream_no, orderNo: order.upstream_no ?? order.local_no, clock: clockKind, dueAt: new Date(clock.due_at).toISOString() });
        return true;
      }
      if (clock.overdue_at || now < new Date(clock.due_at)) return false;
      await this.overdue.recordIn(t, [{ order, kind: clockKind, dueAt: clock.due_at }]);
      return true;
    });
  }

  /** After a clock's warning: its overdue alarm, while the clock still runs in this generation. */
  async scheduleOverdue(orderId: string, clockKind: string, generation: number): Promise<void> {
    const [clock] = (await this.dataSource.query(
      'SELECT order_id, kind, generation, due_at FROM order_clock WHERE order_id = $1 AND kind = $2 AND generation = $3 AND stopped_at IS NULL AND overdue_at IS NULL',
      [orderId, clockKind, generation],
    )) as Parameters<OrderClocks['scheduleOverdue']>[0][];
    if (clock) await this.clocks.scheduleOverdue(clock, this.clock.now());
  }

  /** Catches what delayed jobs missed: every running clock whose warning or expiry time has passed. */
  async sweep(): Promise<{ warnings: number; overdue: number }> {
    const now = this.clock.now();
    const due = (await this.dataSource.query(
      `SELECT order_id, kind, generation, warn_at, due_at, warned_at, overdue_at FROM order_clock
        WHERE stopped_at IS NULL AND ((overdue_at IS NULL AND due_at <= $1) OR (warned_at IS NULL AND warn_at <= $1))
        ORDER BY due_at LIMIT 1000`,
      [now],
    )) as DueClock[];
    let warnings = 0;
    let overdue = 0;
    for (const c of due) {
      if (!c.overdue_at && new Date(c.due_at) <= now) {
        if (await this.raise('overdue', c.order_id, c.kind, c.generation)) overdue++;
      } else if (await this.raise('warning', c.order_id, c.kind, c.generation)) {
        warnings++;
      }
    }
    for (const orderId of await this.pastUpstreamLimit(now)) if (await this.raiseUpstream(orderId)) overdue++;
    return { warnings, overdue };
  }

  /** Orders still at the desk past the platform's limit whose 超期 for that limit is not on the timeline yet. */
  private async pastUpstreamLimit(now: Date): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT o.id FROM work_order o
        WHERE o.status = ANY($2::text[]) AND o.upstream_due_at <= $1
          AND NOT EXISTS (SELECT 1 FROM order_event e WHERE e.order_id = o.id AND e.action = 'overdue'
                            AND e.payload->>'clock' = $3 AND (e.payload->>'dueAt')::timestamptz = o.upstream_due_at)
        ORDER BY o.upstream_due_at LIMIT 1000`,
      [now, AT_DESK_STATUSES, UPSTREAM_LIMIT_ALARM],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * The platform's limit passed while the order waits at the desk (see UPSTREAM_LIMIT_ALARM): recorded once per
   * limit on the timeline like a clock's 超期, and shown in the order's 超期 clocks until it leaves the desk.
   */
  private async raiseUpstream(orderId: string): Promise<boolean> {
    const [probe] = (await this.dataSource.query('SELECT street_code FROM work_order WHERE id = $1', [orderId])) as { street_code: string }[];
    return this.tx.run(systemActor(probe.street_code, 'sla-overdue'), async (t) => {
      const order = (await OrderRepository.find(t.manager, probe.street_code, orderId, true))!;
      const dueAt = platformLimitPassedFor(order, t.now);
      if (!dueAt) return false;
      const [seen] = (await t.manager.query(
        `SELECT 1 FROM order_event WHERE order_id = $1 AND action = 'overdue' AND payload->>'clock' = $2 AND (payload->>'dueAt')::timestamptz = $3`,
        [orderId, UPSTREAM_LIMIT_ALARM, dueAt],
      )) as unknown[];
      if (seen) return false;
      await this.overdue.recordIn(t, [{ order, kind: UPSTREAM_LIMIT_ALARM, dueAt }]);
      return true;
    });
  }
}
