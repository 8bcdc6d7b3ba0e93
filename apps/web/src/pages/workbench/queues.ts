import { OPEN_STATUSES } from '@app/orders/domain/order-status';
import { ORDER_CLOCK_LABELS, type OrderClock } from '@app/orders/domain/order-effects';
import type { OrderListQuery } from '../../api/order-types';
import { beijingDayStart, toBeijingInput } from '../../lib/beijing-input';

/** A number on the home page: what it counts (`query`) and the 工单 list filtered the same way (`href`). */
export interface QueueDefinition {
  key: string;
  label: string;
  /** What the count means, for the link's title. */
  hint: string;
  query: OrderListQuery;
  href: string;
  /** Red when not zero (late work), rather than the brand blue. */
  alert?: boolean;
}

export type QueueKey =
  | 'toSign' | 'toDispatch' | 'overdue' | 'toReview' | 'returnPending' | 'extensionPending'
  | 'toAcknowledge' | 'toContact' | 'toReply' | 'reworked' | 'nearDue' | 'unitOverdue'
  | 'toCallback' | 'reviewOverdue' | 'open';

const OPEN = OPEN_STATUSES.join(',');

/**
 * The queues of the home pages. A unit's queues name the unit (`unitId`): its staff also see orders that moved on to
 * another unit (data scope), which are no longer theirs to act on.
 */
export function queue(key: QueueKey, unitId: string | null = null): QueueDefinition {
  const unit = unitId ? { unitId } : {};
  const unitHref = unitId ? `&unitId=${encodeURIComponent(unitId)}` : '';
  switch (key) {
    case 'toSign':
      return { key, label: '待签收', hint: '状态为待签收的工单', query: { status: ['new'] }, href: '/orders?status=new' };
    case 'toDispatch':
      return { key, label: '待派单', hint: '已签收、尚未派出的工单（含承办单位退回的）', query: { status: ['signed'] }, href: '/orders?status=signed' };
    case 'overdue':
      // Open orders only: a closed order that once ran late is history, not work to do.
      return { key, label: '超期', hint: '尚未办结、已超过时限的工单', query: { status: [...OPEN_STATUSES], overdue: true }, href: `/orders?status=${OPEN}&overdue=true`, alert: true };
    case 'open':
      return { key, label: '在办', hint: '尚未办结的工单', query: { status: [...OPEN_STATUSES] }, href: `/orders?status=${OPEN}` };
    case 'toReview':
      return { key, label: '待初审', hint: '承办单位已回复、等待初审的工单', query: { status: ['replied'] }, href: '/orders?status=replied' };
    case 'returnPending':
      return { key, label: '退单审核中', hint: '已向平台申请退单、等待登记平台结果的工单', query: { status: ['return_pending'] }, href: '/orders?status=return_pending' };
    case 'extensionPending':
      return {
        key, label: '延期待审批', hint: '承办单位申请延期、等待值班长审批的工单',
        query: { status: ['dispatched'], extensionPending: true }, href: '/orders?status=dispatched&extensionPending=true',
      };
    case 'toAcknowledge':
      return {
        key, label: '待接收', hint: '已派给本单位、尚未接收的工单',
        query: { status: ['dispatched'], ...unit, acknowledged: false }, href: `/orders?status=dispatched${unitHref}&acknowledged=false`,
      };
    case 'toContact':
      return {
        key, label: '待联系', hint: '尚未联系诉求人的工单（联系时限在走）',
        query: { status: ['dispatched'], ...unit, runningClock: 'contact' }, href: `/orders?status=dispatched${unitHref}&runningClock=contact`,
      };
    case 'toReply':
      return { key, label: '待回复', hint: '本单位办理中、尚未回复的工单', query: { status: ['dispatched'], ...unit }, href: `/orders?status=dispatched${unitHref}` };
    case 'reworked':
      return {
        key, label: '驳回重办', hint: '回复被初审驳回或工单重办、需要重新办理的工单',
        query: { status: ['dispatched'], ...unit, reworked: true }, href: `/orders?status=dispatched${unitHref}&reworked=true`,
      };
    case 'nearDue':
      return {
        key, label: '临近时限', hint: '时限已过四分之三、尚未到期的工单',
        query: { status: ['dispatched'], ...unit, nearDue: true }, href: `/orders?status=dispatched${unitHref}&nearDue=true&sort=unitDueAt`,
      };
    case 'unitOverdue':
      return {
        key, label: '超期', hint: '本单位办理中、已超过时限的工单',
        query: { status: ['dispatched'], ...unit, overdue: true }, href: `/orders?status=dispatched${unitHref}&overdue=true`, alert: true,
      };
    case 'toCallback':
      return { key, label: '待回访', hint: '已办结、尚未回访的工单', query: { status: ['closed'] }, href: '/orders?status=closed' };
    case 'reviewOverdue':
      return overdueClockQueue('review');
  }
}

/** 签收时限超时 and the like: open orders whose named clock runs past due. */
export function overdueClockQueue(clock: OrderClock, unitId: string | null = null): QueueDefinition {
  return {
    key: `overdue-${clock}`,
    label: `${ORDER_CLOCK_LABELS[clock]}超时`,
    hint: `${ORDER_CLOCK_LABELS[clock]}已过、仍未完成的工单`,
    query: { overdueClock: clock, ...(unitId ? { unitId } : {}) },
    href: `/orders?overdue=${clock}${unitId ? `&unitId=${encodeURIComponent(unitId)}` : ''}`,
    alert: true,
  };
}

/** 今日受理 / 本月受理: orders received in Beijing's today or this month so far. */
export function receivedQueue(period: 'today' | 'month', now: Date = new Date()): QueueDefinition {
  const today = toBeijingInput(now).slice(0, 10);
  const first = period === 'today' ? today : `${today.slice(0, 8)}01`;
  return {
    key: `received-${period}`,
    label: period === 'today' ? '今日受理' : '本月受理',
    hint: period === 'today' ? '今天（北京时间）受理的工单' : '本月 1 日至今受理的工单',
    query: { from: beijingDayStart(first), to: beijingDayStart(today, true) },
    href: `/orders?from=${first}&to=${today}`,
  };
}
