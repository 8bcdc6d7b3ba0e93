import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobContext, type JobHandler, type JobPayload } from '@app/queue';
import { ReportJobRunner } from './report-job-runner.js';
import { ReportSchedule } from './report-schedule.service.js';

/** `reports` queue (DESIGN §9): the three kinds, each a requested run or the schedule's daily check. */
@Injectable()
@HandlesJob('monthly-ledger')
export class MonthlyLedgerJob implements JobHandler<'monthly-ledger'> {
  constructor(
    private readonly runner: ReportJobRunner,
    private readonly schedule: ReportSchedule,
  ) {}

  async handle({ reportId }: JobPayload<'monthly-ledger'>, ctx: JobContext): Promise<unknown> {
    if (!reportId) return { started: await this.schedule.startDueLedgers() };
    const result = await this.runner.run('monthly-ledger', reportId, ctx);
    const run = await this.runner.find(reportId);
    if (run?.status === 'done') await this.schedule.followLedger(run);
    return result;
  }
}

@Injectable()
@HandlesJob('analysis-report')
export class AnalysisReportJob implements JobHandler<'analysis-report'> {
  constructor(private readonly runner: ReportJobRunner) {}

  async handle({ reportId }: JobPayload<'analysis-report'>, ctx: JobContext): Promise<unknown> {
    if (!reportId) return { skipped: 'the analysis report is started by the ledger or on demand' };
    return this.runner.run('analysis-report', reportId, ctx);
  }
}

@Injectable()
@HandlesJob('fee-confirmation')
export class FeeConfirmationJob implements JobHandler<'fee-confirmation'> {
  constructor(
    private readonly runner: ReportJobRunner,
    private readonly schedule: ReportSchedule,
  ) {}

  async handle({ reportId }: JobPayload<'fee-confirmation'>, ctx: JobContext): Promise<unknown> {
    if (!reportId) return { started: await this.schedule.startDueFeeConfirmations() };
    return this.runner.run('fee-confirmation', reportId, ctx);
  }
}
