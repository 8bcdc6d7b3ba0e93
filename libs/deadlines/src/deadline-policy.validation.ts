import {
  DURATION_UNITS,
  ORDER_TYPES,
  POLICY_DURATION_FIELDS,
  URGENCIES,
  validateCategoryOverride,
  validateDeadlinePolicy,
  type DeadlinePolicyRow,
  type OverrideDurationField,
  type OrderType,
  type PolicyDurationField,
  type Urgency,
} from '@app/calendar';
import type { FieldError } from '@app/errors';

export const ORDER_TYPE_LABELS: Record<OrderType, string> = {
  consult: '咨询', help: '求助', complaint: '投诉', report: '举报', suggestion: '建议', praise: '表扬', other: '其他',
};
export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '紧急', critical: '非常紧急' };
const FIELD_LABELS: Record<PolicyDurationField | OverrideDurationField, string> = {
  unitReplyWithin: '承办单位回复时限',
  signWithin: '签收时限',
  contactWithin: '联系市民时限',
  unitReplyBuffer: '初审预留时间',
  unitReplyWithoutUpstream: '无平台时限时的承办回复时限',
  reviewWithin: '初审时限',
};

function pairLabel(type: unknown, urgency: unknown): string {
  const typeLabel = ORDER_TYPE_LABELS[type as OrderType] ?? String(type);
  return `${typeLabel} × ${URGENCY_LABELS[urgency as Urgency] ?? String(urgency)}`;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function durationMessage(fieldPath: string, row: Record<string, unknown>): string {
  const [field, part] = fieldPath.split('.') as [PolicyDurationField | OverrideDurationField, 'unit' | 'amount' | undefined];
  const label = FIELD_LABELS[field] ?? field;
  const duration = record(row[field]);
  if (!part || !duration) return `${label}缺失或格式错误，应为 { unit, amount }`;
  if (part === 'unit') return `${label}的单位应为 ${DURATION_UNITS.join('、')}（分钟、小时、工作日）之一`;
  const { amount, unit } = duration;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return `${label}的数值应为数字`;
  if (amount < 0) return `${label}不能为负数`;
  if (amount === 0) return `${label}必须大于 0`;
  if (unit === 'workingDays') return `${label}按工作日计时必须为整数`;
  return `${label}无效`;
}

/**
 * The calendar lib's policy problems (`validateDeadlinePolicy`) as Chinese field errors naming the row and field
 * (`rows.4.reviewWithin.amount`); problems of the table as a whole (a missing type × urgency) are on `rows`.
 */
export function deadlinePolicyFieldErrors(rows: readonly unknown[]): FieldError[] {
  return validateDeadlinePolicy(rows).map((problem): FieldError => {
    if (problem.row < 0) {
      const missing = ORDER_TYPES.flatMap((type) => URGENCIES.map((urgency) => ({ type, urgency }))).find(
        ({ type, urgency }) => problem.message === `no row for ${type} × ${urgency}`,
      );
      const message = missing ? `缺少“${pairLabel(missing.type, missing.urgency)}”的时限设置` : '时限设置表应为完整的列表';
      return { field: 'rows', message };
    }
    const path = `rows.${problem.row}`;
    const row = record(rows[problem.row]);
    if (!row) return { field: path, message: '每一行应为对象' };
    if (!problem.field) {
      const first = rows.findIndex((other) => record(other)?.type === row.type && record(other)?.urgency === row.urgency);
      return { field: path, message: `“${pairLabel(row.type, row.urgency)}”与 rows.${first} 重复` };
    }
    if (problem.field === 'type') {
      return { field: `${path}.type`, message: `未知的诉求类型，可选值：${ORDER_TYPES.join('、')}` };
    }
    if (problem.field === 'urgency') {
      return { field: `${path}.urgency`, message: `未知的紧急程度，可选值：${URGENCIES.join('、')}` };
    }
    return { field: `${path}.${problem.field}`, message: durationMessage(problem.field, row) };
  });
}

/** Keeps only the policy fields of a validated table, so unknown keys from the client are never stored. */
export function normalizedPolicyRows(rows: readonly unknown[]): DeadlinePolicyRow[] {
  return rows.map((value) => {
    const row = value as DeadlinePolicyRow;
    const pick = (field: PolicyDurationField) => ({ unit: row[field].unit, amount: row[field].amount });
    return {
      type: row.type,
      urgency: row.urgency,
      ...(Object.fromEntries(POLICY_DURATION_FIELDS.map((field) => [field, pick(field)])) as Pick<
        DeadlinePolicyRow,
        PolicyDurationField
      >),
    };
  });
}

/**
 * The calendar lib's problems of one category override (`validateCategoryOverride`) as Chinese field errors, with the
 * same duration messages as the policy table's.
 */
export function categoryOverrideFieldErrors(candidate: Record<string, unknown>): FieldError[] {
  return validateCategoryOverride(candidate).map((problem): FieldError => {
    if (!problem.field) return { field: 'durations', message: '请至少填写一项时限' };
    if (problem.field === 'categoryPrefix') return { field: 'categoryPrefix', message: '请选择问题分类' };
    if (problem.field === 'type') return { field: 'type', message: `未知的诉求类型，可选值：${ORDER_TYPES.join('、')}` };
    if (problem.field === 'urgency') return { field: 'urgency', message: `未知的紧急程度，可选值：${URGENCIES.join('、')}` };
    return { field: problem.field, message: durationMessage(problem.field, candidate) };
  });
}

