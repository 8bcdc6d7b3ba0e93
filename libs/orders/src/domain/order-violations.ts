import type { Permission, Role } from '@app/access';
import type { FieldError } from './input-reader.js';
import { ORDER_ACTION_LABELS, type OrderAction } from './order-actions.js';
import { ORDER_STATUS_LABELS, type OrderStatus } from './order-status.js';

/**
 * Why an action is refused. The kind tells the API layer the HTTP status: forbidden → 403, not_in_scope → 404
 * (unit staff must not learn that an order outside their unit exists), illegal_transition → 409, rule → the
 * rule's own `httpStatus`, invalid_input → 400. Codes are stable; messages are the Chinese text users see.
 */
export type OrderViolation = ForbiddenViolation | NotInScopeViolation | IllegalTransitionViolation | RuleViolation;

export interface ForbiddenViolation {
  kind: 'forbidden';
  code: 'ORDER_ACTION_FORBIDDEN';
  message: string;
  details: { action: OrderAction; role: Role; permission: Permission };
}

export interface NotInScopeViolation {
  kind: 'not_in_scope';
  code: 'ORDER_NOT_FOUND';
  message: string;
  details: { orderId: string };
}

export interface IllegalTransitionViolation {
  kind: 'illegal_transition';
  code: 'ORDER_ILLEGAL_TRANSITION';
  message: string;
  details: { action: OrderAction; status: OrderStatus; allowedActions: OrderAction[] };
}

export interface RuleViolation {
  kind: 'rule';
  code: OrderRuleCode;
  message: string;
  httpStatus: 400 | 403 | 409;
  details: Record<string, unknown>;
}

/** Shape errors in the input; same code and details as `@app/errors`' ValidationError. */
export interface InvalidInput {
  kind: 'invalid_input';
  code: 'VALIDATION_FAILED';
  message: string;
  details: { fields: FieldError[] };
}

/**
 * Every business rule a guard can enforce. 400: the input breaks the rule; 403: this person may not, though the
 * role may (e.g. not the lead unit); 409: the order's current facts forbid it.
 */
export const ORDER_RULES = {
  ORDER_NOT_LEAD_UNIT: { httpStatus: 403, message: '只有主办单位可以执行此操作' },
  ORDER_NOT_HANDLING_UNIT: { httpStatus: 403, message: '只有当前承办（主办或协办）单位可以执行此操作' },
  ORDER_NOT_CO_UNIT: { httpStatus: 403, message: '只有协办单位可以提交协办回复' },
  ORDER_NO_CO_UNITS: { httpStatus: 409, message: '该工单没有协办单位' },
  ORDER_SUB_REPLY_UNIT_REQUIRED: { httpStatus: 400, message: '代协办单位录入时须指明协办单位' },
  ORDER_ALREADY_ACKNOWLEDGED: { httpStatus: 409, message: '本单位已接收该工单' },
  ORDER_NO_CITIZEN: { httpStatus: 409, message: '主动发现的工单没有诉求人，无需联系' },
  ORDER_CATEGORY_UNCHANGED: { httpStatus: 400, message: '新分类与当前分类相同' },
  ORDER_DISPATCH_NOT_GRANTED: { httpStatus: 403, message: '当前班次未授予派单权限，请由值班长派单' },
  ORDER_ANSWER_ONLY_CONSULT: { httpStatus: 409, message: '只有咨询类工单可以由坐席直接答复' },
  // The issue asks for a 409: the unit chosen is valid, the order's category is what forbids it.
  ORDER_COMMUNITY_DUTY_RULE: {
    httpStatus: 409,
    message: '依据《北京市接诉即办工作条例》第十七条，社区只能主办社区职责清单内的事项，可作为协办单位',
  },
  ORDER_REDISPATCH_UNCHANGED: { httpStatus: 400, message: '改派后的承办单位与当前相同' },
  ORDER_EXTENSION_PENDING: { httpStatus: 409, message: '已有待审批的延期申请' },
  ORDER_NO_EXTENSION_PENDING: { httpStatus: 409, message: '没有待审批的延期申请' },
  ORDER_EXTENSION_NOT_LATER: { httpStatus: 400, message: '延期后的时限必须晚于当前办理时限' },
  ORDER_EXTENSION_BEYOND_UPSTREAM_LIMIT: {
    httpStatus: 409,
    message: '延期后的时限超过平台办理时限，须先经平台批准延期（第十五条）',
  },
  ORDER_DATE_NOT_IN_FUTURE: { httpStatus: 400, message: '该时间必须晚于当前时间' },
  ORDER_DATE_IN_FUTURE: { httpStatus: 400, message: '该时间不能晚于当前时间' },
  ORDER_NOT_HUNG: { httpStatus: 409, message: '该工单未挂账' },
  ORDER_MERGE_INTO_SELF: { httpStatus: 400, message: '不能将工单合并到自身' },
  ORDER_MERGE_MASTER_FINAL: { httpStatus: 409, message: '不能合并到已合并或已退回的工单' },
  ORDER_MERGE_MASTER_CLOSED_TOO_LONG: { httpStatus: 409, message: '主工单办结已超过 30 天，不能合并，请按新诉求办理' },
  // 409: the reviewer's own verdicts on this reply forbid approving it (issues 5 and 9): an item failed, judged n/a
  // where that is not allowed, or not judged. The message names the items and why; details.failedItems has a reason each.
  ORDER_REVIEW_ITEM_FAILED: { httpStatus: 409, message: '有审核项未通过，不能初审通过' },
  ORDER_REVIEW_NA_NOT_ALLOWED: { httpStatus: 400, message: '该审核项不能判定为不适用' },
  ORDER_REJECT_WITHOUT_FAILED_ITEM: { httpStatus: 400, message: '驳回须至少标明一项未通过的审核项' },
  ORDER_HANG_UNIT_NOT_HANDLING: { httpStatus: 400, message: '挂账责任单位须为该工单的主办或协办单位' },
  ORDER_ASSESSMENT_EXCLUDED: { httpStatus: 409, message: '该工单已批准剔除考核，回访不能更改考核范围' },
} as const satisfies Record<string, { httpStatus: 400 | 403 | 409; message: string }>;

export type OrderRuleCode = keyof typeof ORDER_RULES;

/** `message` replaces the rule's general text when the refusal can say more (e.g. which item failed). */
export function ruleViolation(code: OrderRuleCode, details: Record<string, unknown> = {}, message?: string): RuleViolation {
  const rule = ORDER_RULES[code];
  return { kind: 'rule', code, message: message ?? rule.message, httpStatus: rule.httpStatus, details };
}

export function forbidden(action: OrderAction, role: Role, permission: Permission): ForbiddenViolation {
  return {
    kind: 'forbidden',
    code: 'ORDER_ACTION_FORBIDDEN',
    message: '没有执行此操作的权限',
    details: { action, role, permission },
  };
}

export function notInScope(orderId: string): NotInScopeViolation {
  return { kind: 'not_in_scope', code: 'ORDER_NOT_FOUND', message: '工单不存在', details: { orderId } };
}

export function illegalTransition(
  action: OrderAction,
  status: OrderStatus,
  allowedActions: OrderAction[],
): IllegalTransitionViolation {
  return {
    kind: 'illegal_transition',
    code: 'ORDER_ILLEGAL_TRANSITION',
    message: `工单当前状态为“${ORDER_STATUS_LABELS[status]}”，不能${ORDER_ACTION_LABELS[action]}`,
    details: { action, status, allowedActions },
  };
}

export function invalidInput(fields: FieldError[]): InvalidInput {
  return {
    kind: 'invalid_input',
    code: 'VALIDATION_FAILED',
    message: '请求参数有误：' + fields.map((f) => `${f.field}（${f.message}）`).join('；'),
    details: { fields },
  };
}
