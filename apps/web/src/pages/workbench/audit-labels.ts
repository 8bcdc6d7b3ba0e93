import { timelineActionLabel } from '../orders/timeline-text';

/**
 * Audit actions in the admin's words. Order actions are `order.<timeline action>` and take the timeline's names; the
 * rest are listed here. An action not listed shows the name of its area (排班操作 …), never its code.
 */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.login_failed': '登录失败',
  'auth.account_locked': '账号被锁定',
  'auth.refresh_reuse': '会话凭证被重复使用（已注销会话）',
  'user.create': '新建用户',
  'user.unlock': '解除锁定',
  'user.enable': '启用账号',
  'user.disable': '停用账号',
  'user.password_reset': '重置密码',
  'audit.verify_requested': '申请校验审计链',
  'audit.chain_broken': '审计链校验发现异常',
  'attachment.upload': '上传附件',
  'attachment.download': '下载附件',
  'calendar.holidays.replace': '录入节假日安排',
  'calendar.seed': '初始化节假日安排',
  'deadline_policy.replace': '修改时限策略',
  'deadline_override.create': '新增分类时限',
  'deadline_override.update': '修改分类时限',
  'deadline_override.delete': '删除分类时限',
  'import.upload': '上传导入文件',
  'import.finish': '导入完成',
  'import.fail': '导入失败',
  'order.pii.reveal': '查看诉求人信息',
  'order.exclusion.request': '申请剔除考核',
  'order.exclusion.decide': '剔除考核审批',
  'outbox.retry': '重发待发消息',
  'outbox.mark_done': '待发消息标记为已处理',
  'outbox.export_replies': '导出回复',
  'reply.screened': '回复自动筛查',
  'reply_template.create': '新建常用答复',
  'reply_template.update': '修改常用答复',
  'review.checklist.create': '新增初审要点',
  'review.checklist.update': '修改初审要点',
  'review.phrase.add': '新增筛查词',
  'review.phrase.remove': '删除筛查词',
  'roster.generate': '生成排班',
  'roster.publish': '发布排班',
  'roster.copy': '复制排班',
  'roster.edit': '调整排班',
  'roster.check_in': '签到',
  'roster.check_out': '签退',
  'roster.swap.request': '申请换班',
  'roster.swap.approve': '批准换班',
  'roster.swap.reject': '驳回换班',
  'roster.sick_call': '报告病假',
  'roster.sick_call.cover': '安排顶班',
  'roster.handover.prepare': '生成交接单',
  'roster.handover.note': '填写交接备注',
  'roster.handover.confirm': '确认交接',
  'roster.template.save': '保存班次模板',
  'roster.demand.save': '保存排班需求',
  'roster.demand.override.add': '新增临时排班需求',
  'roster.demand.override.remove': '删除临时排班需求',
  'roster.staff.create': '新增排班人员',
  'roster.staff.update': '修改排班人员',
  'roster.staff.absence.add': '登记请假',
  'roster.staff.absence.remove': '取消请假',
  'seed.demo': '生成演示数据',
  'seed.demo_orders': '生成演示工单',
  'seed.demo_rostering': '生成演示排班',
  'system.pii_key_rotated': '更换个人信息密钥（重新加密）',
  'user.update': '修改用户',
  'audit.exported': '导出审计日志',
  'job.retried': '重试后台任务',
  'street.add': '新增街道',
  'stats.rate_config.save': '保存计分设置',
  'reference.unit.create': '新增承办单位',
  'reference.unit.update': '修改承办单位',
  'reference.community.create': '新增社区',
  'reference.community.update': '修改社区',
  'reference.duty_categories.save': '保存社区职责清单',
  'reference.category.create': '新增诉求分类',
  'reference.category.update': '修改诉求分类',
  'reference.routing_rule.create': '新增派单规则',
  'reference.routing_rule.update': '修改派单规则',
  'reference.routing_rule.delete': '删除派单规则',
  'reference.keyword_rule.create': '新增关键词规则',
  'reference.keyword_rule.update': '修改关键词规则',
  'reference.keyword_rule.delete': '删除关键词规则',
  'stats.stop_words.replace': '修改停用词',
  'report.request': '申请生成报表',
  'report.complete': '报表生成完成',
  'report.fail': '报表生成失败',
  'report.download': '下载报表',
};

const AREA_LABELS: Readonly<Record<string, string>> = {
  auth: '登录与会话',
  user: '用户管理',
  order: '工单',
  roster: '排班',
  review: '审核设置',
  outbox: '待发消息',
  import: '导入',
  calendar: '节假日',
  audit: '审计',
  seed: '演示数据',
  reference: '基础资料',
  report: '报表',
  stats: '统计设置',
  job: '后台任务',
};

export function auditActionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const [area, ...rest] = action.split('.');
  if (area === 'order' && rest.length === 1) {
    const label = timelineActionLabel(rest[0]);
    if (label !== rest[0]) return label;
  }
  return `${AREA_LABELS[area] ?? '系统'}操作`;
}

/** What an audit record is about, in the admin's words; an unlisted kind shows 其他 (its code stays in the tooltip). */
const ENTITY_LABELS: Readonly<Record<string, string>> = {
  order: '工单', attachment: '附件', audit_log: '审计日志', audit_verification: '审计校验', category: '诉求分类',
  community: '社区', community_duty_category: '社区职责清单', coverage_demand: '排班需求', coverage_override: '临时排班需求',
  deadline_policy: '时限策略', category_deadline_override: '分类时限', holiday_year: '节假日安排', job: '后台任务', order_import: '导入', outbox_message: '待发消息',
  pii_key: '个人信息密钥', reply_template: '常用答复', report_run: '报表', review_checklist_item: '初审要点', roster: '排班表',
  roster_attendance: '签到记录', roster_generation: '排班生成', roster_sick_call: '病假', roster_staff: '排班人员',
  roster_swap_request: '换班申请', keyword_rule: '关键词规则', routing_rule: '派单规则', screening_phrase: '筛查词', session: '会话',
  shift_handover: '交接班', shift_template: '班次模板', stats_rate_config: '计分设置', stop_word: '停用词', street: '街道', unit: '承办单位', user: '用户',
};

export function auditEntityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? '其他';
}
