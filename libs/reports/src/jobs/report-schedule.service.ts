import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { systemActor } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { beijingDay, configInForce, loadRateConfigs } from '@app/stats';
import { ledgerMonthDue } from '../domain/report-schedule.js';
import type { ReportRunRecord } from '../store/report-run.record.js';
import { ReportRequests } from '../store/report-requests.js';
import { ReportDueDates } from './report-due-dates.js';

/**
 * The schedule's daily checks (DESIGN §9): whether an assessment period or a payment period ended yesterday, for
 * every street. Scheduled runs are masked (whoever may read reports may read them) and keyed, so a retried check
 * starts nothing twice.
 */
@Injectable()
export class ReportSchedule {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly requests: ReportRequests,
    private readonly due: ReportDueDates,
  ) {}

  async startDueLedgers(): Promise<string[]> {
    const started: string[] = [];
    const today = beijingDay(this.clock.now());
    for (const street of await this.streets()) {
      const mode = configInForce(await loadRateConfigs(this.dataSource.manager, street), today).periodMode;
      const month = ledgerMonthDue(today, mode);
      if (!month) continue;
      const { id } = await this.requests.create(systemActor(street, 'reports'), {
        kind: 'monthly-ledger',
        period: { month },
        masked: true,
        scheduledKey: `monthly-ledger:${month}`,
      });
      started.push(id);
    }
    return started;
  }

  async startDueFeeConfirmations(): Promise<string[]> {
    const started: string[] = [];
    const today = beijingDay(this.clock.now());
    for (const street of await this.streets()) {
      const period = await this.due.feePeriodEndedBefore(street, today);
      if (!period) continue;
      const { id } = await this.requests.create(systemActor(street, 'reports'), {
        kind: 'fee-confirmation',
        period,
        masked: true,
        scheduledKey: `fee-confirmation:${period.from}~${period.to}`,
      });
      started.push(id);
    }
    return started;
  }

  /** The analysis report follows the scheduled ledger of the same period. */
  async followLedger(ledger: ReportRunRecord): Promise<string | null> {
    if (ledger.requestedBy || ledger.kind !== 'monthly-ledger') return null;
    const { id } = await this.requests.create(systemActor(ledger.streetCode, 'reports'), {
      kind: 'analysis-report',
      period: ledger.period,
      masked: true,
      scheduledKey: `analysis-report:${ledger.periodKey}`,
    });
    return id;
  }

  private async streets(): Promise<string[]> {
    const rows = (await this.dataSource.query('SELECT code FROM street ORDER BY code')) as { code: string }[];
    return rows.map((r) => r.code);
  }
}
