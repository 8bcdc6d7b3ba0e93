import type { ReportFormat, ReportKind, ReportStatus } from '../../api/reports-types';

export const REPORT_KIND_TEXT: Record<ReportKind, string> = {
  'monthly-ledger': '月度工单台账',
  'analysis-report': '民意分析报告',
  'fee-confirmation': '费用确认单',
};

export const REPORT_KIND_HELP: Record<ReportKind, string> = {
  'monthly-ledger': 'Excel：工单明细、分类/社区/承办单位汇总、三率与排名、超期与退单、挂账、值班与考勤',
  'analysis-report': 'Word 与 PDF：总体情况、走势、类型与分类、热点与关键词、社区、三率与排名、时效、典型案例、问题与建议',
  'fee-confirmation': 'Word 与 PDF：合同附件2的服务项目与金额（含人民币大写）、本期应付比例及服务完成情况',
};

export const REPORT_STATUS_TEXT: Record<ReportStatus, string> = {
  queued: '排队中',
  running: '生成中',
  done: '已完成',
  failed: '生成失败',
};

export const REPORT_STATUS_COLOR: Record<ReportStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};

export const FORMAT_TEXT: Record<ReportFormat, string> = { xlsx: 'Excel', docx: 'Word', pdf: 'PDF' };

/** 1.2 MB, 356 KB */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
