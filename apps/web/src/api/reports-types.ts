// Types only: defined once in libs/reports (what its API answers); the page names them without a path alias.
import type { ReportFormat, ReportKind } from '../../../../libs/reports/src/domain/report-kind';
import type { ReportPeriodRequest } from '../../../../libs/reports/src/domain/report-period';
import type { ReportFileInfo, ReportRunRecord, ReportScheduleView, ReportStatus } from '../../../../libs/reports/src/domain/report-views';

export type { ReportFormat, ReportKind, ReportStatus };
export type ReportFile = ReportFileInfo;
export type ReportRun = Omit<ReportRunRecord, 'streetCode' | 'period'>;
export type ReportSchedule = ReportScheduleView;
export type ReportPeriodInput = ReportPeriodRequest;

export interface ReportRunList {
  items: ReportRun[];
  total: number;
  page: number;
  pageSize: number;
}
