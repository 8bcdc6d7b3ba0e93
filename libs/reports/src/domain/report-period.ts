/** The period a report covers, as the statistics API takes it: an assessment month, or a range of Beijing days. */
export type ReportPeriodRequest = { month: string } | { from: string; to: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})~(\d{4}-\d{2}-\d{2})$/;

/**
 * A report's period as people write it: an assessment month 'YYYY-MM', or a range of Beijing days
 * 'YYYY-MM-DD~YYYY-MM-DD' (both included). Null when it is neither; day validity is checked by the statistics layer.
 */
export function parseReportPeriod(text: string): ReportPeriodRequest | null {
  if (MONTH.test(text)) return { month: text };
  const m = RANGE.exec(text);
  return m ? { from: m[1], to: m[2] } : null;
}

/** The period's key in the run table: the same string `parseReportPeriod` reads. */
export function reportPeriodKey(p: ReportPeriodRequest): string {
  return 'month' in p ? p.month : `${p.from}~${p.to}`;
}
