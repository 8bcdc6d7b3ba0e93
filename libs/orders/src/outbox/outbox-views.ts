import { maskPhone } from '@app/access';
import { orderReference } from './citizen-sms-text.js';
import type { OutboxRow } from './outbox.repository.js';
import { OUTBOX_KIND_LABELS, OUTBOX_TOPIC_LABELS, outboxStatusLabel } from './outbox-status.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** A message's delivery state, as the order page and the supervisors' list show it. */
export function outboxStateView(row: OutboxRow, options: { withError: boolean }) {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: OUTBOX_KIND_LABELS[row.kind],
    topic: row.topic,
    topicLabel: OUTBOX_TOPIC_LABELS[row.topic],
    status: row.status,
    statusLabel: outboxStatusLabel(row.kind, row.status),
    attempts: row.attempts,
    lastError: options.withError ? row.last_error : null,
    lastAttemptAt: iso(row.last_attempt_at),
    nextAttemptAt: iso(row.next_attempt_at),
    deliveredAt: iso(row.delivered_at),
    exportedAt: iso(row.exported_at),
    doneAt: iso(row.done_at),
    createdAt: iso(row.created_at),
  };
}

export type OutboxListRow = OutboxRow & { upstream_no: string | null; phone_enc: string | null; exported_by_name: string | null; done_by_name: string | null };

/**
 * One line of the supervisors' list: the state, who settled it by hand, the SMS text, and the citizen's phone
 * masked — a supervisor who must call reveals it on the order page, which is audited.
 */
export function outboxListItem(row: OutboxListRow, decryptPhone: (stored: string | null) => string | null) {
  return {
    ...outboxStateView(row, { withError: true }),
    orderId: row.order_id,
    orderRef: orderReference({ upstreamNo: row.upstream_no, id: row.order_id }),
    exportedBy: row.exported_by_name,
    doneBy: row.done_by_name,
    doneNote: row.done_note,
    text: row.kind === 'sms' ? ((row.payload.text as string | undefined) ?? null) : null,
    citizenPhone: row.kind === 'sms' ? maskPhone(decryptPhone(row.phone_enc)) : null,
  };
}
