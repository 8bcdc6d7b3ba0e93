import { ALARM_SUBJECT_LABELS, type NotifyTopic } from '@app/orders/domain/order-effects';
import { ORDER_STATUS_LABELS, type OrderStatus } from '@app/orders/domain/order-status';
import { describeTimeLeft } from '../lib/beijing-input';
import { formatShort } from '../lib/shanghai-time';
import { timelineActionLabel } from '../pages/orders/timeline-text';
import type { DeskEvent } from './desk-socket';
import { jobLabel } from './job-labels';

/** Chinese kind of each event, for the feed's tag. */
export const EVENT_KIND_LABELS: Record<DeskEvent['name'], string> = {
  'order.created': '新工单',
  'orders.created': '新工单',
  'order.changed': '工单变更',
  'order.deadline-warning': '时限预警',
  'order.overdue': '已超时',
  'roster.published': '排班发布',
  'roster.gap': '排班缺口',
  'roster.handover': '交接班',
  'roster.generation': '排班生成',
  'report.progress': '报表进度',
  'report.ready': '报表完成',
  'import.progress': '导入进度',
  'job.finished': '后台任务',
  'session.ended': '登录状态',
};

/**
 * What a notification about an order tells its audience (`order.changed` with `action:topic`): the topic says why
 * this user hears it, which the action alone does not (a unit hears `dispatch` as 新派单).
 */
const TOPIC_LABELS: Readonly<Record<NotifyTopic, string>> = {
  'order.assigned': '派给本单位',
  'order.withdrawn': '已从本单位收回',
  'order.urged': '被催办',
  'order.returned_by_unit': '被承办单位退回街道',
  'order.extension_requested': '延期申请待审批',
  'order.extension_decided': '延期申请已审批',
  'order.sub_reply_received': '收到协办单位回复',
  'order.reply_submitted': '承办回复待初审',
  'order.reply_approved': '回复已通过初审',
  'order.reply_rejected': '回复被驳回，需重新办理',
  'order.return_decided': '退单结果已登记',
  'order.reopened': '工单重办',
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

/** Names the events carry only as codes, looked up by the caller where it can (shift templates need roster.read). */
export interface EventNames {
  shiftName?: (code: string) => string | undefined;
}

/** One line of Chinese text for an event: every code named, every duration in words. */
export function describeEvent(event: DeskEvent, names: EventNames = {}): string {
  switch (event.name) {
    case 'order.created':
      return `${orderRef(event.payload)}已录入，状态：${statusLabel(event.payload.status)}`;
    case 'orders.created':
      return `${event.payload.source === 'import' ? '导入' : '录入'}新工单 ${event.payload.count} 件，状态：待签收`;
    case 'order.changed': {
      return `${orderRef(event.payload)}${changeLabel(event.payload.action)}，当前状态：${statusLabel(event.payload.status)}`;
    }
    case 'order.deadline-warning': {
      const left = describeTimeLeft(event.payload.dueAt, Date.parse(event.payload.at));
      return `${orderRef(event.payload)}的${clockLabel(event.payload.clock)}${left.overdue ? '已到' : left.text}（${formatShort(event.payload.dueAt)} 到期）`;
    }
    case 'order.overdue': {
      const late = describeTimeLeft(event.payload.dueAt, Date.parse(event.payload.at));
      // Raised on time the lateness is "0 分钟": say that it has just run out instead.
      const how = late.overdue && late.text !== '已超时 0 分钟' ? late.text : '已到期';
      return `${orderRef(event.payload)}的${clockLabel(event.payload.clock)}${how}（截止 ${formatShort(event.payload.dueAt)}）`;
    }
    case 'roster.published':
      return `${event.payload.month} 排班已发布（第 ${event.payload.version} 版）`;
    case 'roster.gap':
      return `${event.payload.date} ${event.payload.from}–${event.payload.to} 排班缺口：${event.payload.missing}`;
    case 'roster.handover': {
      const shift = names.shiftName?.(event.payload.shiftCode) ?? '班次';
      return `${event.payload.date} ${shift}交接单已生成：未结工单 ${event.payload.openOrders} 件，临近时限 ${event.payload.nearDueClocks} 项，请接班人员确认`;
    }
    case 'roster.generation': {
      const { month, status, gap } = event.payload;
      if (status === 'done') return `${month} 排班草稿已生成`;
      if (status === 'failed') return `${month} 排班生成失败：${event.payload.message ?? '未知错误'}`;
      if (status === 'cancelled') return `${month} 排班生成已取消`;
      return `${month} 排班生成中${gap === null ? '' : `，与最优界差距 ${(gap * 100).toFixed(1)}%`}`;
    }
    case 'report.progress':
    case 'import.progress': {
      const { done, total, message } = event.payload;
      return `${message ?? jobLabel(event.payload.kind)}：${total ? `${done}/${total}` : `已处理 ${done}`}`;
    }
    case 'report.ready':
      return `报表已生成（${event.payload.period}）`;
    case 'job.finished':
      return event.payload.ok
        ? `后台任务「${jobLabel(event.payload.jobName)}」已完成`
        : `后台任务「${jobLabel(event.payload.jobName)}」失败：${event.payload.error ?? '未知错误'}`;
    case 'session.ended':
      return '本次登录已在服务器端结束，请重新登录';
    default:
      // An event type newer than this page: say so rather than show its code.
      return '收到一条新消息（请刷新页面查看）';
  }
}

/** 工单 2611250001 — or, for an order entered by hand without the platform's number, just 工单. */
export function orderRef(payload: { upstreamNo?: string | null; orderNo?: string | null }): string {
  const no = payload.orderNo ?? payload.upstreamNo;
  return no ? `工单 ${no} ` : '工单';
}

/** `reply:order.reply_submitted` → 承办回复待初审; a plain action → 有新进展：回复 (平台更新, …). */
function changeLabel(action: string | undefined): string {
  if (!action) return '已更新';
  const [name, topic] = action.split(':');
  if (topic && topic in TOPIC_LABELS) return TOPIC_LABELS[topic as NotifyTopic];
  const label = timelineActionLabel(name);
  // The timeline's table names what it knows and echoes the rest; a code never reaches the feed.
  return label === name ? '已更新' : `有新进展：${label}`;
}

function statusLabel(status: string): string {
  return ORDER_STATUS_LABELS[status as OrderStatus] ?? '状态已变更';
}

export function clockLabel(clock: string): string {
  return ALARM_SUBJECT_LABELS[clock] ?? '时限';
}
