import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { ORDER_STATUS_LABELS, URGENCY_LABELS, type OrderStatus, type Urgency } from '@app/orders/domain/order-status';

/** The desk's tones, as the rest of the desk names them. */
export type Tone = 'info' | 'success' | 'warning' | 'danger' | 'muted';

/** …in antd's status colours, which the theme ties to the desk's blue, green, amber and red. */
const TONE_COLORS: Record<Tone, string> = {
  info: 'processing',
  success: 'success',
  warning: 'warning',
  danger: 'error',
  muted: 'default',
};

export function ToneTag({ tone, title, children }: { tone: Tone; title?: string; children: ReactNode }) {
  return (
    <Tag color={TONE_COLORS[tone]} title={title}>
      {children}
    </Tag>
  );
}

/** Colour by what the state asks of the desk: waiting on us (warning), in hand (info), done (success), gone (muted). */
const STATUS_TONE: Record<OrderStatus, Tone> = {
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
  return <ToneTag tone={STATUS_TONE[status] ?? 'info'}>{ORDER_STATUS_LABELS[status] ?? status}</ToneTag>;
}

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  if (urgency === 'normal') return <span className="muted">{URGENCY_LABELS.normal}</span>;
  return <ToneTag tone={urgency === 'critical' ? 'danger' : 'warning'}>{URGENCY_LABELS[urgency] ?? urgency}</ToneTag>;
}

/**
 * 超期 is a recorded fact per clock (DESIGN §4), shown in red wherever the order appears, naming the clocks that are
 * running past due (e.g. 超期：联系诉求人时限).
 */
export function OverdueTag({ overdue, clocks = [] }: { overdue: boolean; clocks?: readonly string[] }) {
  if (!overdue) return null;
  const text = clocks.length ? `超期：${clocks.join('、')}` : '已超期';
  return (
    <ToneTag tone="danger" title={clocks.length ? text : undefined}>
      {text}
    </ToneTag>
  );
}

export function HungTag({ hung }: { hung: boolean }) {
  return hung ? <ToneTag tone="muted">挂账</ToneTag> : null;
}
