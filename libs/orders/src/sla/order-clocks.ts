import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { warnAtOf, type ClockInput } from '@app/calendar';
import { DeadlineService } from '@app/deadlines';
import { returnedRows, type Tx } from '@app/database';
import { JobQueue } from '@app/queue';
import type { OrderClock } from '../domain/index.js';
import type { NewOrderValues } from '../persistence/new-orders.js';
import type { OrderRow } from '../persistence/order-row.js';
import { refreshClockFlags } from './clock-flags.js';
import { overdueJobId, warningJobId } from './clock-jobs.js';
import { OverdueRecorder, platformLimitsPassed } from './overdue-recorder.js';

/** An `order_clock` row as PostgreSQL returns it. */
export interface ClockRow {
  order_id: string;
  kind: OrderClock;
  started_at: Date;
  due_at: Date;
  warn_at: Date;
  provisional: boolean;
  stopped_at: Date | null;
  warned_at: Date | null;
  generation: number;
}

/** A clock computed before its order is written (`OrderClocks.plan`); `late`: past due at its start already. */
export interface PlannedClock {
  startAt: Date;
  dueAt: Date;
  warnAt: Date;
  provisional: boolean;
  late: boolean;
}

/**
 * What a clock of the order is computed from, as the order stands when the clock starts. The category picks the
 * admin's category overrides: a clock keeps the due time it got at its start (reclassifying the order does not move
 * it), and clocks started after a reclassification follow the new category.
 */
export function clockInputOf(order: OrderRow, startAt: Date): ClockInput {
  return clockInputOfValues({
    type: order.type, urgency: order.urgency, categoryPath: order.category_path,
    upstreamDueAt: order.upstream_due_at ? new Date(order.upstream_due_at) : null,
  }, startAt);
}

/** The same, for an order not written yet (intake plans its clocks from the new row's values). */
export function clockInputOfValues(v: Pick<NewOrderValues, 'type' | 'urgency' | 'categoryPath' | 'upstreamDueAt'>, startAt: Date): ClockInput {
  return { startAt, type: v.type, urgency: v.urgency, category: v.categoryPath, upstreamDueAt: v.upstreamDueAt };
}

/** How a clock stopped, for the action's timeline entry: met, or late by how much. */
export interface ClockStop {
  clock: OrderClock;
  outcome: 'done' | 'abandoned';
  dueAt: Date;
  stoppedAt: Date;
  late: boolean;
}

/**
 * The order's running clocks (DESIGN §4): rows in `order_clock`, and for each running clock one delayed job at a
 * time, enqueued after commit: the 25%-left warning, whose job then enqueues the overdue alarm. When a clock moves,
 * its generation goes up and the old jobs are removed; a job that still fires for an old generation finds nothing
 * to do. At intake (`startMany`), a clock already past due is recorded 超期 in the intake's transaction instead.
 */
@Injectable()
export class OrderClocks {
  constructor(
    private readonly deadlines: DeadlineService,
    private readonly jobs: JobQueue,
    private readonly overdue: OverdueRecorder,
  ) {}

  /** Starts (or restarts) a clock at `startAt`, by default now; intake starts the sign clock at the receipt. */
  async start(t: Tx, order: OrderRow, kind: OrderClock, dueAtOverride?: Date, startAt: Date = t.now): Promise<ClockRow> {
    // Inside the transaction: the embedded pool has one connection.
    const computed = await this.deadlines.computeClock(order.street_code, kind, clockInputOf(order, startAt), t.manager);
    const dueAt = dueAtOverride ?? computed.dueAt;
    const warnAt = dueAtOverride ? warnAtOf(startAt, dueAt) : computed.warnAt;
    const [row] = (await t.manager.query(
      `INSERT INTO order_clock (order_id, kind, street_code, started_at, due_at, warn_at, provisional)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (order_id, kind) DO UPDATE SET started_at = EXCLUDED.started_at, due_at = EXCLUDED.due_at,
         warn_at = EXCLUDED.warn_at, provisional = EXCLUDED.provisional, stopped_at = NULL, outcome = NULL,
         warned_at = NULL, overdue_at = NULL, late = NULL, generation = order_clock.generation + 1
       RETURNING *`,
      [order.id, kind, order.street_code, startAt, dueAt, warnAt, computed.provisional && !dueAtOverride],
    )) as ClockRow[];
    if (kind === 'unitReply') {
      await t.manager.query('UPDATE work_order SET unit_due_at = $2 WHERE id = $1', [order.id, dueAt]);
    }
    // Provisional while any running clock is (DESIGN §14); an extension's explicit due time ends it.
    if (row.provisional) await t.manager.query('UPDATE work_order SET deadline_provisional = true WHERE id = $1', [order.id]);
    t.afterCommit(async () => {
      if (row.generation > 1) await this.unschedule(order.id, kind, row.generation - 1);
      await this.schedule(row, t.now);
    });
    return row;
  }

  /**
   * The clocks `kind` would start for orders not written yet (intake: `planIntakeClocks`), the calendar and policy
   * read once: their deadlines, and which are past due already (an order received days before it reached the desk).
   */
  async plan(t: Tx, streetCode: string, kind: OrderClock, inputs: readonly ClockInput[]): Promise<PlannedClock[]> {
    if (!inputs.length) return [];
    const compute = await this.deadlines.clockCalculator(streetCode, t.manager);
    return inputs.map((input) => {
      const c = compute(kind, input);
      return { startAt: input.startAt, dueAt: c.dueAt, warnAt: c.warnAt, provisional: c.provisional, late: c.dueAt.getTime() <= t.now.getTime() };
    });
  }

  /**
   * Starts the planned intake clocks of orders just written with the plan's flags (`NewOrderValues.clockFlags`), for
   * one order or a whole import batch, in one statement. A clock already past due is recorded 超期 right here, after
   * its order's creation on the timeline, its `overdue_at` written with the row; the others get their alarm job after
   * commit as with `start`. (`start` leaves a late clock to its job: a lifecycle action writes its own timeline entry
   * after its effects, and an earlier 超期 entry would break the timeline's chain of statuses.)
   */
  async startMany(t: Tx, kind: OrderClock, orders: readonly OrderRow[], planned: readonly PlannedClock[]): Promise<ClockRow[]> {
    if (!orders.length) return [];
    const street = orders[0]!.street_code;
    const rows = returnedRows<ClockRow>(
      await t.manager.query(
        `INSERT INTO order_clock (order_id, kind, street_code, started_at, due_at, warn_at, provisional, overdue_at)
         SELECT order_id, $1, $2, started_at, due_at, warn_at, provisional, overdue_at
           FROM unnest($3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[], $7::boolean[], $8::timestamptz[])
                WITH ORDINALITY AS c(order_id, started_at, due_at, warn_at, provisional, overdue_at, n)
          ORDER BY n
         ON CONFLICT (order_id, kind) DO UPDATE SET started_at = EXCLUDED.started_at, due_at = EXCLUDED.due_at,
           warn_at = EXCLUDED.warn_at, provisional = EXCLUDED.provisional, stopped_at = NULL, outcome = NULL,
           warned_at = NULL, overdue_at = EXCLUDED.overdue_at, late = NULL, generation = order_clock.generation + 1
         RETURNING *`,
        [
          kind, street, orders.map((o) => o.id), planned.map((p) => p.startAt), planned.map((p) => p.dueAt),
          planned.map((p) => p.warnAt), planned.map((p) => p.provisional), planned.map((p) => (p.late ? t.now : null)),
        ],
      ),
    );
    if (kind === 'unitReply') {
      await t.manager.query('UPDATE work_order o SET unit_due_at = c.due_at FROM unnest($1::uuid[], $2::timestamptz[]) AS c(id, due_at) WHERE o.id = c.id', [
        rows.map((r) => r.order_id), rows.map((r) => r.due_at),
      ]);
    }
    const byOrder = new Map(rows.map((r) => [r.order_id, r]));
    // Every order of an old export is late on arrival: its 超期 goes in with the batch, set-based, where a job per
    // clock cost a transaction of its own (13 statements) competing with the import for the street's audit lock. The
    // audit record's "before" is the order as created, before its 超期: the row itself already carries the flags.
    const late = orders.flatMap((order, k) => (planned[k]!.late
      ? [{ order: { ...order, overdue: false, overdue_clocks: [] }, kind, dueAt: byOrder.get(order.id)!.due_at }]
      : []));
    await this.overdue.recordIn(t, late, { clocksMarked: true });
    const recorded = new Set(late.map(({ order }) => order.id));
    // All at once: ioredis pipelines concurrent commands, where one after the other each waited for its answer.
    t.afterCommit(async () => {
      await Promise.all(rows.map(async (row) => {
        if (row.generation > 1) await this.unschedule(row.order_id, kind, row.generation - 1);
        if (!recorded.has(row.order_id)) await this.schedule(row, t.now);
      }));
    });
    return orders.map((o) => byOrder.get(o.id)!);
  }

  /** Orders just written past the platform's limit: that 超期 recorded with them (their rows carry its flag already). */
  async recordPlatformLimitsPassed(t: Tx, orders: readonly OrderRow[]): Promise<void> {
    await this.overdue.recordIn(t, platformLimitsPassed(orders, t.now), { clocksMarked: true });
  }

  /**
   * Stops the clock if it runs and records whether it stopped late (DESIGN §4: overdue is a fact per clock). A
   * clock already stopped is left alone: the first contact stops the contact clock, later ones change nothing.
   */
  async stop(t: Tx, orderId: string, kind: OrderClock, at: Date, outcome: 'done' | 'abandoned'): Promise<ClockStop[]> {
    const stopped = returnedRows<{ generation: number; due_at: Date; late: boolean }>(
      await t.manager.query(
        `UPDATE order_clock SET stopped_at = $3, outcome = $4, late = $3 > due_at
          WHERE order_id = $1 AND kind = $2 AND stopped_at IS NULL
         RETURNING generation, due_at, late`,
        [orderId, kind, at, outcome],
      ),
    );
    for (const row of stopped) t.afterCommit(() => this.unschedule(orderId, kind, row.generation));
    return stopped.map((row) => ({ clock: kind, outcome, dueAt: new Date(row.due_at), stoppedAt: at, late: row.late }));
  }

  /**
   * The order's flags that follow its running clocks (see `refreshClockFlags`). Called after every change to its
   * clocks and every action, so 超期 falls when the late clock stops or moves, or the order leaves the desk.
   */
  async refreshClockFlags(m: EntityManager, orderId: string, now: Date): Promise<string[]> {
    return (await refreshClockFlags(m, [orderId], now)).get(orderId) ?? [];
  }

  async list(m: EntityManager, orderId: string): Promise<Record<string, unknown>[]> {
    return (await m.query(
      `SELECT kind, started_at AS "startedAt", due_at AS "dueAt", warn_at AS "warnAt", provisional,
              stopped_at AS "stoppedAt", outcome, late, warned_at AS "warnedAt", overdue_at AS "overdueAt"
         FROM order_clock WHERE order_id = $1 ORDER BY started_at`,
      [orderId],
    )) as Record<string, unknown>[];
  }

  async schedule(row: ClockRow, now: Date): Promise<void> {
    // One delayed job per running clock (issue 14): the warning first, and the warning's job schedules the overdue
    // alarm when it has run (scheduleOverdue). A clock already past due at its start (an order imported days late)
    // gets its overdue alarm only: the warning would find nothing to do. The sweep catches whatever a lost job misses.
    if (new Date(row.due_at).getTime() <= now.getTime()) return this.scheduleOverdue(row, now);
    await this.jobs.enqueue('deadline-warning', alarmPayload(row), {
      jobId: warningJobId(row.order_id, row.kind, row.generation),
      delayMs: Math.max(0, new Date(row.warn_at).getTime() - now.getTime()),
    });
  }

  /** The clock's overdue alarm, if the clock still runs in this generation; its fixed job id makes a repeat a no-op. */
  async scheduleOverdue(row: Pick<ClockRow, 'order_id' | 'kind' | 'generation' | 'due_at'>, now: Date): Promise<void> {
    await this.jobs.enqueue('overdue', alarmPayload(row), {
      jobId: overdueJobId(row.order_id, row.kind, row.generation),
      delayMs: Math.max(0, new Date(row.due_at).getTime() - now.getTime()),
    });
  }


  async unschedule(orderId: string, kind: string, generation: number): Promise<void> {
    await this.jobs.cancel('deadline-warning', warningJobId(orderId, kind, generation));
    await this.jobs.cancel('overdue', overdueJobId(orderId, kind, generation));
  }
}

function alarmPayload(row: Pick<ClockRow, 'order_id' | 'kind' | 'generation'>): { orderId: string; clock: OrderClock; generation: number } {
  return { orderId: row.order_id, clock: row.kind, generation: row.generation };
}
