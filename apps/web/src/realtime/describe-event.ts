import { ORDER_ACTION_LABELS, type OrderAction } from '@app/orders/domain/order-actions';
import { ALARM_SUBJECT_LABELS } from '@app/orders/domain/order-effects';
import { ORDER_STATUS_LABELS, type OrderStatus } from '@app/orders/domain/order-status';
import { formatShort } from '../lib/shanghai-time';
import type { DeskEvent } from './desk-socket';

/** Chinese kind of each event, for the feed's tag. */
export const EVENT_KIND_LABELS: Record<DeskEvent['name'], string> = {
  'order.created': '新工单',
  'order.changed': '工单变更',
  'order.deadline-warning': '时限预警',
  'order.overdue': '已超时',
  'roster.published': '排班发布',
  'roster.gap': '排班缺口',
  'roster.handover': '交接班',
  'report.progress': '报表进度',
  'report.ready': '报表完成',
  'import.progress': '导入进度',
  'job.finished': '后台任务',
};

/** Severity drives the tag colour in the feed. */
export function eventTone(event: DeskEvent): 'info' | 'warning' | 'danger' | 'success' {
  switch (event.name) {
    case 'order.overdue':
    case 'roster.gap':
      return 'danger';
    case 'order.deadline-warning':
    case 'roster.handover':
      return 'warning';
    case 'report.ready':
    case 'roster.published':
      return 'success';
    case 'job.finished':
      return event.payload.ok ? 'success' : 'danger';
    default:
      return 'info';
  }
}

/** One line of Chinese text for an event. Unknown codes fall back to the code itself rather than hiding it. */
export function describeEvent(event: DeskEvent): string {
  switch (event.name) {
    case 'order.created':
      return `新工单 ${orderRef(event.payload)}，状态：${statusLabel(event.payload.status)}`;
    case 'order.changed': {
      const action = event.payload.action ? `${actionLabel(event.payload.action)}，` : '';
      return `工单 ${orderRef(event.payload)} ${action}当前状态：${statusLabel(event.payload.status)}`;
    }
    case 'order.deadline-warning':
      return `工单 ${orderRef(event.payload)} 的${clockLabel(event.payload.clock)}将于 ${formatShort(event.payload.dueAt)} 到期`;
    case 'order.overdue':
      return `工单 ${orderRef(event.payload)} 的${clockLabel(event.payload.clock)}已于 ${formatShort(event.payload.dueAt)} 超时`;
    case 'roster.published':
      return `${event.payload.month} 排班已发布（第 ${event.payload.version} 版）`;
    case 'roster.gap':
      return `${event.payload.date} ${event.payload.from}–${event.payload.to} 排班缺口：${event.payload.missing}`;
    case 'roster.handover':
      return `${event.payload.date} ${event.payload.shiftCode} 班交接单已生成：未结工单 ${event.payload.openOrders} 件，临近时限 ${event.payload.nearDueClocks} 项，请接班人员确认`;
    case 'report.progress':
    case 'import.progress': {
      const { done, total, message } = event.payload;
      return `${message ?? event.payload.kind}：${total ? `${done}/${total}` : `已处理 ${done}`}`;
    }
    case 'report.ready':
      return `报表已生成：${event.payload.kind}（${event.payload.period}）`;
    case 'job.finished':
      return event.payload.ok
        ? `后台任务 ${event.payload.jobName} 已完成`
        : `后台任务 ${event.payload.jobName} 失败：${event.payload.error ?? '未知错误'}`;
    default:
      // An event type newer than this page: show its name rather than nothing.
      return (event as { name: string }).name;
  }
}

function orderRef(payload: { upstreamNo?: string | null; orderId: string }): string {
  return payload.upstreamNo || payload.orderId.slice(0, 8);
}

function statusLabel(status: string): string {
  return ORDER_STATUS_LABELS[status as OrderStatus] ?? status;
}

function actionLabel(action: string): string {
  return ORDER_ACTION_LABELS[action as OrderAction] ?? action;
}

function clockLabel(clock: string): string {
  return ALARM_SUBJECT_LABELS[clock] ?? clock;
}
