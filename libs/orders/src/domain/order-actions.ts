/**
 * The lifecycle actions of DESIGN §3. `extend` is split into the unit's request and the supervisor's decision, and
 * `sub_reply` is the co-unit's (协办单位) contribution to the lead unit's reply.
 */
export const ORDER_ACTIONS = [
  'sign',
  'merge',
  'answer',
  'dispatch',
  'acknowledge',
  'contact',
  'redispatch',
  'unit_return',
  'urge',
  'extend_request',
  'extend_decide',
  'sub_reply',
  'reply',
  'approve',
  'reject',
  'request_return',
  'return_decided',
  'callback',
  'reopen',
  'hang',
  'unhang',
  'reclassify',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export const ORDER_ACTION_LABELS: Readonly<Record<OrderAction, string>> = {
  sign: '签收',
  merge: '合并重复件',
  answer: '直接答复',
  dispatch: '派单',
  acknowledge: '接收',
  contact: '联系市民',
  redispatch: '改派',
  unit_return: '退回街道',
  urge: '催办',
  extend_request: '申请延期',
  extend_decide: '延期审批',
  sub_reply: '协办回复',
  reply: '回复',
  approve: '初审通过',
  reject: '初审驳回',
  request_return: '申请退单',
  return_decided: '退单结果',
  callback: '回访',
  reopen: '重办',
  hang: '挂账',
  unhang: '取消挂账',
  reclassify: '更正分类',
};

export function isOrderAction(value: unknown): value is OrderAction {
  return typeof value === 'string' && (ORDER_ACTIONS as readonly string[]).includes(value);
}
