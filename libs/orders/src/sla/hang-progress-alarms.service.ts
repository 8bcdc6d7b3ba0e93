import { Inject, Injectable } from '@nestjs/common';
import { HANG_PROGRESS_ALARM } from '../domain/order-effects.js';
import type { DataSource } from 'typeorm';
import { systemActor } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, returnedRows, TransactionRunner, type Tx } from '@app/database';
import { JobQueue } from '@app/queue';
import { Rooms } from '@app/realtime';
import { OrderRepository } from '../persistence/order.repository.js';
import type { OrderRow } from '../persistence/order-row.js';

/** The clock name 挂账 progress alarms carry in realtime events, beside the SLA clocks of DESIGN §4. */
export const HANG_PROGRESS_CLOCK = HANG_PROGRESS_ALARM;

/** Job id fixed per (order, progress date): scheduling the same date twice is a no-op. */
export function hangProgressJobId(orderId: string, dueAt: Date): string {
  return `hang-progress-${orderId}-${dueAt.getTime()}`;
}

/**
 * 挂账 (long-pending) orders promise progress by a date (DESIGN §3). When that date passes without a progress
 * report, the supervisors and the responsible unit are alarmed once, and the fact goes on the timeline. A report
 * (hanging again with a new date) or lifting the hang makes earlier jobs stale: they find a different date and do
 * nothing, so they need not be cancelled.
 */
@Injectable()
export class HangProgressAlarms {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly jobs: JobQueue,
  ) {}

  /** Called by the action's effects: the delayed job is enqueued after commit. */
  schedule(t: Tx, orderId: string, dueAt: Date): void {
    t.afterCommit(async () => {
      await this.jobs.enqueue('hang-progress-due', { orderId, dueAt: dueAt.toISOString() }, {
        jobId: hangProgressJobId(orderId, dueAt),
        delayMs: Math.max(0, dueAt.getTime() - t.now.getTime()),
      });
    });
  }

  /** Returns whether the alarm was raised now. */
  async raise(orderId: string, dueAtIso: string): Promise<boolean> {
    const [probe] = (await this.dataSource.query('SELECT street_code FROM work_order WHERE id = $1', [orderId])) as { street_code: string }[];
    if (!probe) return false;
    return this.tx.run(systemActor(probe.street_code, 'hang-progress'), async (t) => {
      const [order] = (await t.manager.query('SELECT * FROM work_order WHERE id = $1 FOR UPDATE', [orderId])) as OrderRow[];
      const hang = order?.hang as { nextProgressAt?: string; responsibleUnitId?: string | null; plan?: string } | null;
      if (!order || order.status !== 'dispatched' || !hang?.nextProgressAt) return false;
      const dueAt = new Date(hang.nextProgressAt);
      if (dueAt.getTime() !== new Date(dueAtIso).getTime() || t.now < dueAt) return false;
      const inserted = returnedRows<{ order_id: string }>(
        await t.manager.query(
          `INSERT INTO hang_progress_alarm (order_id, due_at, street_code, raised_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING order_id`,
          [orderId, dueAt, order.street_code, t.now],
        ),
      );
      if (inserted.length === 0) return false;
      await OrderRepository.appendEvent(t.manager, order.street_code, {
        orderId, action: 'hang_progress_overdue', actorId: null, actorRole: 'system', actorUnitId: null, at: t.now,
        fromStatus: order.status, toStatus: order.status,
        payload: { nextProgressAt: dueAt.toISOString(), responsibleUnitId: hang.responsibleUnitId ?? order.lead_unit_id },
      });
      t.audit({ action: 'order.hang_progress_overdue', entityType: 'order', entityId: orderId, after: { nextProgressAt: dueAt.toISOString() } });
      t.emit('order.overdue', hangAlarmRooms(order, hang.responsibleUnitId ?? null), {
        orderId, version: order.version, status: order.status, upstreamNo: order.upstream_no, orderNo: order.upstream_no ?? order.local_no,
        clock: HANG_PROGRESS_CLOCK, dueAt: dueAt.toISOString(),
      });
      return true;
    });
  }

  /** Every hung order whose progress date passed without its alarm. */
  async sweep(): Promise<{ alarms: number }> {
    const now = this.clock.now();
    const due = (await this.dataSource.query(
      `SELECT o.id, o.hang->>'nextProgressAt' AS due FROM work_order o
        WHERE o.hang IS NOT NULL AND o.status = 'dispatched' AND (o.hang->>'nextProgressAt')::timestamptz <= $1
          AND NOT EXISTS (SELECT 1 FROM hang_progress_alarm a WHERE a.order_id = o.id AND a.due_at = (o.hang->>'nextProgressAt')::timestamptz)
        LIMIT 1000`,
      [now],
    )) as { id: string; due: string }[];
    let alarms = 0;
    for (const d of due) if (await this.raise(d.id, d.due)) alarms++;
    return { alarms };
  }
}

/** Supervisors (who hang and follow up) and the units answerable for the plan. */
function hangAlarmRooms(order: OrderRow, responsibleUnitId: string | null): string[] {
  const units = new Set([responsibleUnitId, order.lead_unit_id].filter((u): u is string => !!u));
  return [Rooms.role('supervisor'), ...[...units].map((u) => Rooms.unit(u))];
}
