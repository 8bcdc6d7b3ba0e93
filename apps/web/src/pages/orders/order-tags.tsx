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

/** 超期 is a recorded fact (DESIGN §4), shown in red wherever the order appears. */
export function OverdueTag({ overdue }: { overdue: boolean }) {
  return overdue ? <span className="tag tag--danger">已超期</span> : null;
}

export function HungTag({ hung }: { hung: boolean }) {
  return hung ? <span className="tag tag--muted">挂账</span> : null;
}
