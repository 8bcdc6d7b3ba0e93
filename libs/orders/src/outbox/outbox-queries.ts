import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { can } from '@app/access';
import type { SessionActor } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { CitizenPii } from '../pii/citizen-pii.js';
import type { OrderRow } from '../persistence/order-row.js';
import { OutboxRepository } from './outbox.repository.js';
import { OUTBOX_KINDS, OUTBOX_STATUSES, OUTBOX_TOPICS } from './outbox-status.js';
import { outboxListItem, outboxStateView, type OutboxListRow } from './outbox-views.js';

const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z.string().transform((v) => v.split(',').filter(Boolean)).pipe(z.array(z.enum(values)));

export const OutboxListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: csv(OUTBOX_STATUSES).optional(),
  kind: z.enum(OUTBOX_KINDS).optional(),
  topic: csv(OUTBOX_TOPICS).optional(),
  orderId: z.uuid().optional(),
});
export type OutboxListQuery = z.infer<typeof OutboxListQuery>;

/** Reading the outbox: the supervisors' list (newest first) and the order page's 同步状态. */
@Injectable()
export class OutboxQueries {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  async list(actor: SessionActor, q: OutboxListQuery) {
    const where = ['m.street_code = $1'];
    const params: unknown[] = [actor.streetCode];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (q.status?.length) add('m.status = ANY(?)', q.status);
    if (q.kind) add('m.kind = ?', q.kind);
    if (q.topic?.length) add('m.topic = ANY(?)', q.topic);
    if (q.orderId) add('m.order_id = ?', q.orderId);
    const clause = where.join(' AND ');
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM outbox_message m WHERE ${clause}`, params)) as { total: number }[];
    const rows = (await this.dataSource.query(
      `SELECT m.*, o.upstream_no, o.citizen_phone_enc AS phone_enc, eu.display_name AS exported_by_name, du.display_name AS done_by_name
         FROM outbox_message m
         JOIN work_order o ON o.id = m.order_id
         LEFT JOIN app_user eu ON eu.id = m.exported_by
         LEFT JOIN app_user du ON du.id = m.done_by
        WHERE ${clause}
        ORDER BY m.created_at DESC, m.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    )) as OutboxListRow[];
    return { items: rows.map((r) => outboxListItem(r, (stored) => this.pii.decrypt(stored))), total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * The order page's part: every reader of the order sees whether its reports reached the platform and the
   * citizen was told; the outside system's error text is for the outbox's readers only. No phone here.
   */
  async forOrder(order: OrderRow, actor: SessionActor) {
    const rows = await OutboxRepository.forOrder(this.dataSource.manager, order.id);
    const withError = can(actor.role, 'outbox.read');
    return { items: rows.map((r) => outboxStateView(r, { withError })), mayManage: can(actor.role, 'outbox.manage') };
  }
}
