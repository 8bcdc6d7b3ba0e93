import { ORDER_STATUS_LABELS, URGENCY_LABELS, type OrderStatus, type Urgency } from '@app/orders/domain/order-status';

/** Colour by what the state asks of the desk: waiting on us (warning), in hand (info), done (success), gone (muted). */
const STATUS_TONE: Record<OrderStatus, string> = {
  new: 'warning',
  signed: 'warning',
  dispatched: 'info',
  replied: 'warning',
  closed: 'success',
  visited: 'success',
  return_pending: 'info',
  returned: 'muted',
  merged: 'muted',
};

export function StatusTag({ status }: { status: OrderStatus }) {
  return <span className={`tag tag--${STATUS_TONE[status] ?? 'info'}`}>{ORDER_STATUS_LABELS[status] ?? status}</span>;
}

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  if (urgency === 'normal') return <span className="muted">{URGENCY_LABELS.normal}</span>;
  return <span className={`tag tag--${urgency === 'critical' ? 'danger' : 'warning'}`}>{URGENCY_LABELS[urgency] ?? urgency}</span>;
}

/**
 * 超期 is a recorded fact per clock (DESIGN §4), shown in red wherever the order appears, naming the clocks that are
 * running past due (e.g. 超期：联系诉求人时限).
 */
export function OverdueTag({ overdue, clocks = [] }: { overdue: boolean; clocks?: readonly string[] }) {
  if (!overdue) return null;
  return <span className="tag tag--danger" title={clocks.length ? `超期：${clocks.join('、')}` : undefined}>{clocks.length ? `超期：${clocks.join('、')}` : '已超期'}</span>;
}

export function HungTag({ hung }: { hung: boolean }) {
  return hung ? <span className="tag tag--muted">挂账</span> : null;
}
