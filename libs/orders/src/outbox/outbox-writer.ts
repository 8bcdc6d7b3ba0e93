import { Injectable } from '@nestjs/common';
import type { Tx } from '@app/database';
import type { OrderDecision, UpstreamReport } from '../domain/index.js';
import type { OrderRow } from '../persistence/order-row.js';
import { extensionNoticeText } from './citizen-sms-text.js';
import { OutboxChannels } from './outbox-channels.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { OutboxRepository, type NewOutboxMessage } from './outbox.repository.js';
import { initialOutboxStatus } from './outbox-status.js';
import { upstreamReportPayload } from './upstream-report-payloads.js';

/**
 * Writes the effects that leave the desk into the outbox, in the action's own transaction: the report exists if
 * and only if the action committed. Delivery starts after the commit; the sweep covers a lost start.
 */
@Injectable()
export class OutboxWriter {
  constructor(
    private readonly channels: OutboxChannels,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  /** The platform knows an order only by its number: a desk-born order (walk-in, 主动发现) has nothing to report. */
  async sendUpstream(t: Tx, order: OrderRow, what: UpstreamReport, decision: OrderDecision): Promise<void> {
    if (!order.upstream_no) return;
    const payload = await upstreamReportPayload(t.manager, order, what, decision);
    await this.add(t, { order, kind: 'platform', topic: what, payload });
  }

  /** Art. 15: the citizen is told of the new limit; without a phone on record there is nobody to tell. */
  async informCitizen(t: Tx, order: OrderRow, decision: OrderDecision): Promise<void> {
    if (!order.citizen_phone_enc) return;
    const dueAt = new Date(decision.event.payload.grantedDueAt as Date | string);
    // The citizen quotes the number they are given: the platform's, else the desk's own readable one.
    const [street] = (await t.manager.query('SELECT name FROM street WHERE code = $1', [order.street_code])) as { name: string }[];
    const text = extensionNoticeText({ streetName: street?.name ?? '街道办事处', order: { upstreamNo: order.upstream_no ?? order.local_no, id: order.id }, dueAt });
    await this.add(t, { order, kind: 'sms', topic: 'extension_notice', payload: { text, dueAt } });
  }

  private async add(t: Tx, msg: { order: OrderRow } & Pick<NewOutboxMessage, 'kind' | 'topic' | 'payload'>): Promise<void> {
    const row = await OutboxRepository.insert(t.manager, {
      streetCode: msg.order.street_code,
      orderId: msg.order.id,
      kind: msg.kind,
      topic: msg.topic,
      payload: msg.payload,
      status: initialOutboxStatus(this.channels.configured(msg.kind)),
      createdBy: t.actor.id,
      at: t.now,
    });
    if (row.status === 'pending') t.afterCommit(() => this.dispatcher.enqueue(row.id, row.round));
  }
}
