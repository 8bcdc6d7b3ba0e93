import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { JobQueue } from '@app/queue';
import { loadRateConfigs, resolveRequest } from '@app/stats';
import type { ReportKind } from '../domain/report-kind.js';
import { reportPeriodKey } from '../domain/report-period.js';
import type { ReportPeriodRequest } from '../domain/report-run.js';

export interface NewReportRun {
  kind: ReportKind;
  period: ReportPeriodRequest;
  masked: boolean;
  /** Set for runs the schedule starts: one run per key, however often the schedule's job is retried. */
  scheduledKey?: string;
}

/**
 * Records a requested run and queues its job after commit. The period is read the way the statistics layer reads
 * it (assessment month under the street's period mode, or a range of days), so the label is the page's label. The
 * request body has checked that the days exist.
 */
@Injectable()
export class ReportRequests {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly jobs: JobQueue,
  ) {}

  /** The new run's id; for a scheduled key already used, the existing run's id and `created: false`. */
  async create(actor: Actor, input: NewReportRun): Promise<{ id: string; created: boolean }> {
    const label = await this.labelOf(actor.streetCode, input.period);
    const periodKey = reportPeriodKey(input.period);
    return this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        `INSERT INTO report_run (street_code, kind, period_key, period, period_label, masked, requested_by, scheduled_key, requested_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9)
         ON CONFLICT (street_code, scheduled_key) WHERE scheduled_key IS NOT NULL DO NOTHING
         RETURNING id`,
        [actor.streetCode, input.kind, periodKey, JSON.stringify(input.period), label, input.masked, actor.id, input.scheduledKey ?? null, t.now],
      )) as { id: string }[];
      if (!row) {
        const [existing] = (await t.manager.query(`SELECT id, status FROM report_run WHERE street_code = $1 AND scheduled_key = $2`, [
          actor.streetCode,
          input.scheduledKey,
        ])) as { id: string; status: string }[];
        // A schedule retried after a crash: make sure the unfinished run is queued (the job id makes it idempotent).
        if (existing.status === 'queued' || existing.status === 'running') t.afterCommit(() => this.enqueue(input.kind, existing.id));
        return { id: existing.id, created: false };
      }
      t.audit({ action: 'report.request', entityType: 'report_run', entityId: row.id, after: { kind: input.kind, period: periodKey, masked: input.masked, scheduled: Boolean(input.scheduledKey) } });
      t.afterCommit(() => this.enqueue(input.kind, row.id));
      return { id: row.id, created: true };
    });
  }

  async enqueue(kind: ReportKind, reportId: string): Promise<void> {
    await this.jobs.enqueue(kind, { reportId }, { jobId: `report-${reportId}` });
  }

  private async labelOf(streetCode: string, period: ReportPeriodRequest): Promise<string> {
    const configs = await loadRateConfigs(this.dataSource.manager, streetCode);
    return resolveRequest(period, configs, this.clock.now()).period.label;
  }
}
