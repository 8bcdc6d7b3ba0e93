/**
 * The vocabulary of a work order (DESIGN §2, §3): states, types, urgencies, channels, assessment scopes and the
 * reason/result codes of the lifecycle actions. Codes are English and stable (stored, sent over the API); the
 * Chinese labels are what the UI shows.
 */

/** Whether `value` is one of the codes of `list` (narrows the type). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

// ── states (DESIGN §3: 派 接 退 办 馈 访) ────────────────────────────────────────────────────────────────────────

export const ORDER_STATUSES = [
  'new',
  'signed',
  'dispatched',
  'replied',
  'closed',
  'visited',
  'return_pending',
  'returned',
  'merged',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  new: '待签收',
  signed: '待派单',
  dispatched: '办理中',
  replied: '待初审',
  closed: '已办结',
  visited: '已回访',
  return_pending: '退单审核中',
  returned: '已退回',
  merged: '已合并',
};

/** No action leads out of these: the order went back to the platform, or lives on as its master (merged). */
export const TERMINAL_STATUSES: readonly OrderStatus[] = ['returned', 'merged'];

/** The street still owes work on these; closed and visited orders are done unless the platform reopens them. */
export const OPEN_STATUSES: readonly OrderStatus[] = ['new', 'signed', 'dispatched', 'replied', 'return_pending'];

export function isTerminalStatus(status: OrderStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export function isOpenStatus(status: OrderStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

// ── order attributes (DESIGN §2) ──────────────────────────────────────────────────────────────────────────────

export const ORDER_TYPES = ['consult', 'help', 'complaint', 'report', 'suggestion', 'praise', 'other'] as const;
export type OrderType = (typeof ORDER_TYPES)[number];
export const ORDER_TYPE_LABELS: Readonly<Record<OrderType, string>> = {
  consult: '咨询',
  help: '求助',
  complaint: '投诉',
  report: '举报',
  suggestion: '建议',
  praise: '表扬',
  other: '其他',
};

export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  normal: '一般',
  urgent: '紧急',
  critical: '非常紧急',
};

export const CHANNELS = ['hotline', 'web', 'app', 'mail', 'proactive'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  hotline: '热线电话',
  web: '网站',
  app: '移动端',
  mail: '信件',
  proactive: '主动发现',
};

/** Which of the three rates (DESIGN §8) an order counts in. */
export const ASSESSMENT_SCOPES = ['full', 'response_only', 'excluded'] as const;
export type AssessmentScope = (typeof ASSESSMENT_SCOPES)[number];
export const ASSESSMENT_SCOPE_LABELS: Readonly<Record<AssessmentScope, string>> = {
  full: '三率全考核',
  response_only: '只评价响应率',
  excluded: '剔除',
};

/** Kinds of handling unit (reference data). `community` matters to the Art. 17 duty rule. */
export const UNIT_KINDS = ['office', 'center', 'enforcement', 'community', 'property', 'utility', 'police'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  office: '科室',
  center: '中心',
  enforcement: '执法队',
  community: '社区居委会',
  property: '物业',
  utility: '公用事业单位',
  police: '派出所',
};

// ── reasons and results of lifecycle actions ───────────────────────────────────────────────────────────────────

/** Why the street asks the platform to take an order back (request_return 申请退单). */
export const RETURN_REASONS = ['outside_jurisdiction', 'not_our_duty', 'insufficient_info', 'duplicate', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];
export const RETURN_REASON_LABELS: Readonly<Record<ReturnReason, string>> = {
  outside_jurisdiction: '非本辖区',
  not_our_duty: '非本单位职责',
  insufficient_info: '信息不全',
  duplicate: '重复诉求',
  other: '其他',
};

/** Why a unit hands an order back to the street desk (unit_return 退回街道). */
export const UNIT_RETURN_REASONS = ['not_our_duty', 'outside_area', 'wrong_category', 'insufficient_info', 'other'] as const;
export type UnitReturnReason = (typeof UNIT_RETURN_REASONS)[number];
export const UNIT_RETURN_REASON_LABELS: Readonly<Record<UnitReturnReason, string>> = {
  not_our_duty: '非本单位职责',
  outside_area: '不在本单位管辖范围',
  wrong_category: '问题分类有误',
  insufficient_info: '信息不全',
  other: '其他',
};

export const REPLY_RESULTS = ['solved', 'partly', 'explained_unsolvable'] as const;
export type ReplyResult = (typeof REPLY_RESULTS)[number];
/** DESIGN §3 writes "explained-unsolvable"; units and the platform also say just "explained". */
export const REPLY_RESULT_ALIASES: Readonly<Record<string, ReplyResult>> = {
  'explained-unsolvable': 'explained_unsolvable',
  explained: 'explained_unsolvable',
};
export const REPLY_RESULT_LABELS: Readonly<Record<ReplyResult, string>> = {
  solved: '已解决',
  partly: '部分解决',
  explained_unsolvable: '已解释说明（暂无法解决）',
};

/** How the handler reached the citizen (reply: "contacted? when? how"). */
export const CONTACT_METHODS = ['phone', 'visit', 'sms', 'other'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Readonly<Record<ContactMethod, string>> = {
  phone: '电话',
  visit: '上门',
  sms: '短信',
  other: '其他',
};

export const SATISFACTIONS = ['satisfied', 'basically', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS: Readonly<Record<Satisfaction, string>> = {
  satisfied: '满意',
  basically: '基本满意',
  dissatisfied: '不满意',
};
