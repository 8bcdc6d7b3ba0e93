// Type only: the job map has no imports of its own, so the web can name its jobs without a path alias.
import type { JobName } from '../../../../libs/platform/queue/src/job-map';

/** The background jobs in the admin's words (DESIGN §9); a job added to the map fails the web's type check here. */
export const JOB_LABELS: Readonly<Record<JobName, string>> = {
  'audit-verify': '审计链校验',
  'audit-anchor': '审计链锚点',
  housekeeping: '日常清理',
  'deadline-warning': '时限预警',
  overdue: '超时告警',
  'sla-sweep': '时限巡检',
  'hang-progress-due': '挂账进展提醒',
  'hang-progress-sweep': '挂账进展巡检',
  'recompute-provisional-clocks': '按节假日安排重算时限',
  'upstream-import': '平台工单导入',
  'shift-handover': '交接班汇总',
  'roster-generate': '排班生成',
  'outbox-deliver': '平台同步与短信发送',
  'outbox-sweep': '待发消息巡检',
  'stats-refresh': '统计数据更新',
  'monthly-ledger': '月度工单台账',
  'analysis-report': '民意分析报告',
  'fee-confirmation': '费用确认单',
};

export function jobLabel(name: string): string {
  return (JOB_LABELS as Readonly<Record<string, string>>)[name] ?? '后台任务';
}
