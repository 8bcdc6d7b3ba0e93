import type { ReportPeriodRequest } from './report-period.js';
import type { ReportFormat, ReportKind } from './report-kind.js';

/**
 * What the reports API answers, typed once for the server and the 报表 page (which imports these types by path).
 */
export type ReportStatus = 'queued' | 'running' | 'done' | 'failed';

/** A `report_run` as the API lists it. */
export interface ReportRunRecord {
  id: string;
  streetCode: string;
  kind: ReportKind;
  periodKey: string;
  period: ReportPeriodRequest;
  periodLabel: string;
  masked: boolean;
  status: ReportStatus;
  version: number | null;
  progressDone: number;
  progressTotal: number | null;
  progressMessage: string | null;
  attempts: number;
  errorCode: string | null;
  errorMessage: string | null;
  requestedBy: string | null;
  requestedByName: string | null;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  files: ReportFileInfo[];
}

export interface ReportFileInfo {
  format: ReportFormat;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}


export interface ReportScheduleView {
  kind: ReportKind;
  label: string;
  /** In words, for the page. */
  rule: string;
  /** The daily check's cron (Asia/Shanghai) and its next run. */
  pattern: string | null;
  nextCheckAt: string | null;
  /** When the next report of this kind will actually be produced, and for which period. */
  nextRunAt: string | null;
  nextPeriod: string | null;
}
