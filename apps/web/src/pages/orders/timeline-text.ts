import { ORDER_ACTION_LABELS, isOrderAction } from '@app/orders/domain/order-actions';
import { ORDER_CLOCK_LABELS, type OrderClock } from '@app/orders/domain/order-effects';
import {
  CHANNEL_LABELS,
  CONTACT_METHOD_LABELS,
  REPLY_RESULT_LABELS,
  RETURN_REASON_LABELS,
  SATISFACTION_LABELS,
  UNIT_RETURN_REASON_LABELS,
  type Channel,
} from '@app/orders/domain/order-status';
import { checklistLabel } from '@app/orders/domain/review-checklist';
import { formatFull } from '../../lib/shanghai-time';

/**
 * Timeline rows that are not lifecycle actions: facts recorded by intake, the clocks and the platform sync. They
 * are not in the domain's action table, so they are named here; an unknown one shows its code rather than nothing.
 */
const SYSTEM_EVENT_LABELS: Record<string, string> = {
  create: '录入工单',
  overdue: '超时',
  hang_progress_overdue: '挂账进展逾期',
  upstream_update: '平台更新',
  duplicate_suspected: '疑似重复件',
  duplicate_merged: '合并重复件',
  duplicate_dismissed: '排除重复',
  classification_override: '修改分类',
  deadline_recomputed: '时限已按法定节假日安排重新计算',
};

export function timelineActionLabel(action: string): string {
  return isOrderAction(action) ? ORDER_ACTION_LABELS[action] : (SYSTEM_EVENT_LABELS[action] ?? action);
}

/** Payload fields worth showing, in reading order, with their Chinese names. Ids and internal flags are left out. */
const FIELD_LABELS: [key: string, label: string][] = [
  ['channel', '来源'],
  ['instructions', '派单要求'],
  ['leadUnit', '主办单位'],
  ['coUnits', '协办单位'],
  ['reason', '原因'],
  ['text', '说明'],
  ['content', '内容'],
  ['result', '办理结果'],
  ['contacted', '已联系诉求人'],
  ['contactedAt', '联系时间'],
  ['contactMethod', '联系方式'],
  ['method', '联系方式'],
  ['contactedBy', '联系人'],
  ['summary', '联系情况'],
  ['newDueAt', '申请延至'],
  ['approved', '同意'],
  ['grantedDueAt', '批准延至'],
  ['accepted', '平台同意退单'],
  ['solved', '已解决'],
  ['satisfaction', '满意度'],
  ['valid', '有效回访'],
  ['plan', '挂账计划'],
  ['nextProgressAt', '下次进展'],
  ['checklist', '审核结果'],
  ['comment', '意见'],
  ['note', '备注'],
  ['clock', '时限'],
  ['dueAt', '截止'],
  ['before', '原截止'],
  ['after', '新截止'],
  ['year', '节假日安排年份'],
  ['newUpstreamDueAt', '新平台时限'],
  ['clocks', '时限结果'],
];

const CODE_LABELS: Record<string, Readonly<Record<string, string>>> = {
  result: REPLY_RESULT_LABELS,
  contactMethod: CONTACT_METHOD_LABELS,
  method: CONTACT_METHOD_LABELS,
  satisfaction: SATISFACTION_LABELS,
  channel: CHANNEL_LABELS as Readonly<Record<Channel, string>>,
  clock: ORDER_CLOCK_LABELS as Readonly<Record<OrderClock, string>>,
};

/** `原因：非本单位职责` lines for one timeline entry. `unitName` turns unit ids into names. */
export function describePayload(action: string, payload: Record<string, unknown> | null, unitName: (id: string) => string): string[] {
  if (!payload) return [];
  const lines: string[] = [];
  for (const [key, label] of FIELD_LABELS) {
    const value = payload[key];
    if (value === undefined || value === null || value === '') continue;
    const shown = showValue(action, key, value, unitName);
    if (shown) lines.push(`${label}：${shown}`);
  }
  return lines;
}

function showValue(action: string, key: string, value: unknown, unitName: (id: string) => string): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (key === 'leadUnit') return unitName((value as { id: string }).id);
  if (key === 'coUnits') return Array.isArray(value) ? value.map((u: { id: string }) => unitName(u.id)).join('、') : '';
  if (key === 'checklist' && Array.isArray(value)) {
    const failed = value.filter((e: { verdict: string }) => e.verdict === 'fail').map((e: { item: string }) => checklistLabel(e.item));
    return failed.length ? `未通过：${failed.join('、')}` : '全部通过';
  }
  if (key === 'clocks' && Array.isArray(value)) return value.map(describeClockStop).join('；');
  if (key === 'reason' && typeof value === 'string') {
    const table: Readonly<Record<string, string>> = action === 'unit_return' ? UNIT_RETURN_REASON_LABELS : action === 'request_return' ? RETURN_REASON_LABELS : {};
    return table[value] ?? value;
  }
  if (typeof value === 'string') {
    if (CODE_LABELS[key]) return CODE_LABELS[key][value] ?? value;
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatFull(value);
    return value;
  }
  return typeof value === 'number' ? String(value) : '';
}

/** `联系诉求人时限 按时` or `承办单位回复时限 超时 5 小时 33 分`: how a clock the action stopped ended (DESIGN §4). */
function describeClockStop(stop: { clock: string; late: boolean; lateMinutes?: number }): string {
  const name = (ORDER_CLOCK_LABELS as Readonly<Record<string, string>>)[stop.clock] ?? stop.clock;
  return stop.late ? `${name} 超时 ${minutesInWords(stop.lateMinutes ?? 0)}` : `${name} 按时`;
}

export function minutesInWords(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days ? `${days} 天` : '', hours ? `${hours} 小时` : '', mins || (!days && !hours) ? `${mins} 分` : ''];
  return parts.filter(Boolean).join(' ');
}
