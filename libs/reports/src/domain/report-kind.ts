/** The reports the desk produces (DESIGN §9, queue `reports`), defined once for the jobs, the API and the page. */
export const REPORT_KINDS = ['monthly-ledger', 'analysis-report', 'fee-confirmation'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  'monthly-ledger': '月度工单台账',
  'analysis-report': '民意分析报告',
  'fee-confirmation': '费用确认单',
};

/** The files one version of a report consists of. */
export type ReportFormat = 'xlsx' | 'docx' | 'pdf';

export const REPORT_FORMATS: Record<ReportKind, readonly ReportFormat[]> = {
  'monthly-ledger': ['xlsx'],
  'analysis-report': ['docx', 'pdf'],
  'fee-confirmation': ['docx', 'pdf'],
};

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
