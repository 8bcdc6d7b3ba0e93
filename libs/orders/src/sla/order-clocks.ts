import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { warnAtOf } from '@app/calendar';
import { DeadlineService } from '@app/deadlines';
import { returnedRows, type Tx } from '@app/database';
import { JobQueue } from '@app/queue';
import type { OrderClock } from '../domain/index.js';
import type { OrderRow } from '../persistence/order-row.js';
import { overdueJobId, warningJobId } from './clock-jobs.js';

interface ClockRow {
  order_id: string;
  kind: OrderClock;
  started_at: Date;
  due_at: Date;
  warn_at: Date;
  provisional: boolean;
  stopped_at: Date | null;
  generation: number;
}

/**
 * The order's running clocks (DESIGN §4): rows in `order_clock`, and for each running clock two delayed jobs (the
 * 25%-left warning and the overdue alarm) enqueued after commit. When a clock moves, its generation goes up and
 * the old jobs are removed; a job that still fires for an old generation finds nothing to do.
 */
@Injectable()
export class OrderClocks {
  constructor(
    private readonly deadlines: DeadlineService,
    private readonly jobs: JobQueue,
  ) {}

  async start(t: Tx, order: OrderRow, kind: OrderClock, dueAtOverride?: Date): Promise<ClockRow> {
    const computed = await this.deadlines.computeClock(order.street_code, kind, {
      startAt: t.now,
      type: order.type,
      urgency: order.urgency,
      upstreamDueAt: order.upstream_due_at ? new Date(order.upstream_due_at) : null,
    }, t.manager); // inside the transaction: the embedded pool has one connection
    const dueAt = dueAtOverride ?? computed.dueAt;
    const warnAt = dueAtOverride ? warnAtOf(t.now, dueAt) : computed.warnAt;
    const [row] = (await t.manager.query(
      `INSERT INTO order_clock (order_id, kind, street_code, started_at, due_at, warn_at, provisional)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (order_id, kind) DO UPDATE SET started_at = EXCLUDED.started_at, due_at = EXCLUDED.due_at,
         warn_at = EXCLUDED.warn_at, provisional = EXCLUDED.provisional, stopped_at = NULL, outcome = NULL,
         warned_at = NULL, overdue_at = NULL, generation = order_clock.generation + 1
       RETURNING *`,
      [order.id, kind, order.street_code, t.now, dueAt, warnAt, computed.provisional && !dueAtOverride],
    )) as ClockRow[];
    if (kind === 'unitReply') {
      await t.manager.query('UPDATE work_order SET unit_due_at = $2 WHERE id = $1', [order.id, dueAt]);
    }
    if (row.provisional) await t.manager.query('UPDATE work_order SET deadline_provisional = true WHERE id = $1', [order.id]);
    t.afterCommit(async () => {
      if (row.generation > 1) await this.unschedule(order.id, kind, row.generation - 1);
      await this.schedule(row, t.now);
    });
    return row;
  }

  async stop(t: Tx, orderId: string, kind: OrderClock, at: Date, outcome: 'done' | 'abandoned'): Promise<void> {
    const stopped = returnedRows<{ generation: number }>(
      await t.manager.query(
        `UPDATE order_clock SET stopped_at = $3, outcome = $4 WHERE order_id = $1 AND kind = $2 AND stopped_at IS NULL
         RETURNING generation`,
        [orderId, kind, at, outcome],
      ),
    );
    for (const row of stopped) t.afterCommit(() => this.unschedule(orderId, kind, row.generation));
  }

  async list(m: EntityManager, orderId: string): Promise<Record<string, unknown>[]> {
    return (await m.query(
      `SELECT kind, started_at AS "startedAt", due_at AS "dueAt", warn_at AS "warnAt", provisional,
              stopped_at AS "stoppedAt", outcome, warned_at AS "warnedAt", overdue_at AS "overdueAt"
         FROM order_clock WHERE order_id = $1 ORDER BY started_at`,
      [orderId],
    )) as Record<string, unknown>[];
  }

  private async schedule(row: ClockRow, now: Date): Promise<void> {
    const payload = { orderId: row.order_id, clock: row.kind, generation: row.generation };
    await this.jobs.enqueue('deadline-warning', payload, {
      jobId: warningJobId(row.order_id, row.kind, row.generation),
      delayMs: Math.max(0, new Date(row.warn_at).getTime() - now.getTime()),
    });
    await this.jobs.enqueue('overdue', payload, {
      jobId: overdueJobId(row.order_id, row.kind, row.generation),
      delayMs: Math.max(0, new Date(row.due_at).getTime() - now.getTime()),
    });
  }

  private async unschedule(orderId: string, kind: string, generation: number): Promise<void> {
    await this.jobs.cancel('deadline-warning', warningJobId(orderId, kind, generation));
    await this.jobs.cancel('overdue', overdueJobId(orderId, kind, generation));
  }
}
