import { HANG_PROGRESS_ALARM, ORDER_CLOCKS, UPSTREAM_LIMIT_ALARM, type OrderClock } from '@app/orders/domain/order-effects';
import { clockLabel } from '../realtime/describe-event';
import type { AlarmGroup } from './alarm-groups';

/** "29 条工单签收时限预警" / "3 条工单联系诉求人时限已超时". */
export function alarmTitle(group: AlarmGroup): string {
  const subject = clockLabel(group.clock);
  const count = group.alarms.length;
  return group.kind === 'warning' ? `${count} 条工单${subject}预警` : `${count} 条工单${subject}已超时`;
}

/**
 * Where the notice's link leads: the 工单 list with the filter the list has for it, so the user lands on those orders.
 * Overdue clocks have their own filter (超期: which clock); a warning's orders are found in the queue that clock
 * belongs to, soonest due first.
 */
export function alarmHref(group: AlarmGroup): string {
  if (group.clock === HANG_PROGRESS_ALARM) return '/hung';
  if (group.clock === UPSTREAM_LIMIT_ALARM) return '/orders?status=new,signed&overdue=true&sort=upstreamDueAt';
  if (!(ORDER_CLOCKS as readonly string[]).includes(group.clock)) return '/orders';
  if (group.kind === 'overdue') return `/orders?overdue=${group.clock}`;
  return WARNING_QUEUES[group.clock as OrderClock];
}

const WARNING_QUEUES: Readonly<Record<OrderClock, string>> = {
  // The sign clock runs from receipt: the oldest calls first are the nearest to it.
  sign: '/orders?status=new&sort=receivedAt',
  contact: '/orders?status=dispatched&sort=unitDueAt',
  unitReply: '/orders?status=dispatched&sort=unitDueAt',
  review: '/orders?status=replied&sort=receivedAt',
};
