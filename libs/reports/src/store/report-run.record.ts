import type { ReportFormat } from '../domain/report-kind.js';

export type { ReportFileInfo, ReportRunRecord, ReportStatus } from '../domain/report-views.js';

/** One finished file of a run, before it is stored. */
export interface ProducedFile {
  format: ReportFormat;
  fileName: string;
  path: string;
}

export const RUN_COLUMNS = `r.id, r.street_code AS "streetCode", r.kind, r.period_key AS "periodKey", r.period, r.period_label AS "periodLabel",
  r.masked, r.status, r.version, r.progress_done AS "progressDone", r.progress_total AS "progressTotal",
  r.progress_message AS "progressMessage", r.attempts, r.error_code AS "errorCode", r.error_message AS "errorMessage",
  r.requested_by AS "requestedBy", u.display_name AS "requestedByName", r.requested_at AS "requestedAt",
  r.started_at AS "startedAt", r.finished_at AS "finishedAt",
  COALESCE((SELECT json_agg(json_build_object('format', f.format, 'fileName', f.file_name, 'contentType', f.content_type,
                                              'size', f.size, 'sha256', f.sha256) ORDER BY f.format)
              FROM report_file f WHERE f.report_id = r.id), '[]'::json) AS files`;

export const RUN_FROM = 'report_run r LEFT JOIN app_user u ON u.id = r.requested_by';
