import { Module } from '@nestjs/common';
import { AuditAnchorModule } from '@app/audit';
import { StatsQueries, StatsRefresher } from '@app/stats';
import { ANALYSIS_CONTENT_PROVIDERS } from './analysis/content/index.js';
import { ContractController } from './api/contract.controller.js';
import { ReportSchedules } from './api/report-schedules.js';
import { ReportsController } from './api/reports.controller.js';
import { RequestReport } from './api/request-report.use-case.js';
import { FEE_PROVIDERS } from './fee/index.js';
import { ServiceContractReader } from './fee/service-contract.reader.js';
import { ReportDueDates } from './jobs/report-due-dates.js';
import { ReportJobRunner } from './jobs/report-job-runner.js';
import { ReportProducers } from './jobs/report-producers.js';
import { ReportSchedule } from './jobs/report-schedule.service.js';
import { AnalysisReportJob, FeeConfirmationJob, MonthlyLedgerJob } from './jobs/report.jobs.js';
import { LEDGER_PROVIDERS } from './ledger/index.js';
import { ReportQueries } from './store/report-queries.js';
import { ReportRequests } from './store/report-requests.js';
import { ReportRunsStore } from './store/report-runs.store.js';

/** HTTP side of 报表: requests, versions, downloads, schedules. */
@Module({
  controllers: [ReportsController, ContractController],
  providers: [RequestReport, ReportRequests, ReportQueries, ReportSchedules, ReportDueDates, ServiceContractReader],
})
export class ReportsModule {}

/** Job side: the `reports` queue's three kinds, reading every figure through the statistics layer. */
@Module({
  imports: [AuditAnchorModule],
  providers: [
    StatsRefresher,
    StatsQueries,
    ReportRunsStore,
    ReportRequests,
    ReportDueDates,
    ReportSchedule,
    ReportProducers,
    ReportJobRunner,
    MonthlyLedgerJob,
    AnalysisReportJob,
    FeeConfirmationJob,
    ...LEDGER_PROVIDERS,
    ...ANALYSIS_CONTENT_PROVIDERS,
    ...FEE_PROVIDERS,
  ],
})
export class ReportsJobsModule {}
