import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { ConflictError } from '@app/errors';
import { checklistLabel, OrderQueries, ReviewChecklistSource, type OrderRow } from '@app/orders';
import { suggestChecklist } from '../domain/index.js';
import { ReplyScreenings } from '../screening/reply-screenings.service.js';
import { loadRounds } from './order-rounds.js';

export const ReviewQueueQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

/**
 * The reviewer's queue (待初审): replied orders, the most urgent review deadline first (DESIGN §4 review clock), and
 * for one order everything needed to judge it on one screen: the order, its whole timeline, the reply, co-units'
 * sub-replies and attachments, the screening findings and the checklist with the findings' items pre-failed.
 */
@Injectable()
export class ReviewQueue {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly orders: OrderQueries,
    private readonly screenings: ReplyScreenings,
  ) {}

  async list(actor: SessionActor, q: ReviewQueueQuery) {
    const where = `o.street_code = $1 AND o.status = 'replied'`;
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM work_order o WHERE ${where}`, [actor.streetCode])) as { total: number }[];
    const rows = (await this.dataSource.query(
      `SELECT o.id, o.upstream_no AS "upstreamNo", o.type, o.urgency, o.category_path AS category, o.lead_unit_id AS "leadUnitId",
              u.name AS "leadUnitName", o.rework_count AS "reworkCount", o.version, o.reply->>'at' AS "repliedAt",
              c.due_at AS "reviewDueAt", c.overdue_at IS NOT NULL AS "reviewOverdue", c.provisional AS "reviewDueProvisional",
              (SELECT jsonb_array_length(s.findings) FROM reply_screening s WHERE s.order_id = o.id AND s.reply_at = (o.reply->>'at')::timestamptz) AS "findingCount"
         FROM work_order o
         LEFT JOIN order_clock c ON c.order_id = o.id AND c.kind = 'review' AND c.stopped_at IS NULL
         LEFT JOIN unit u ON u.id = o.lead_unit_id
        WHERE ${where}
        ORDER BY c.due_at ASC NULLS LAST, o.updated_at ASC, o.id
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      [actor.streetCode],
    )) as Record<string, unknown>[];
    await this.screenUnscreened(rows);
    return { items: rows, total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * Screening is stored on first sight of a reply; the queue is a sight of it too. Without this the list said 未筛查
   * for every reply no reviewer had opened yet — all demo replies, and each new one until its detail was viewed.
   */
  private async screenUnscreened(rows: Record<string, unknown>[]): Promise<void> {
    const ids = rows.filter((r) => r.findingCount === null && r.repliedAt !== null).map((r) => r.id as string);
    if (ids.length === 0) return;
    const orders = (await this.dataSource.query('SELECT * FROM work_order WHERE id = ANY($1::uuid[])', [ids])) as OrderRow[];
    for (const order of orders) {
      const screening = await this.screenings.forOrder(order);
      const row = rows.find((r) => r.id === order.id)!;
      if (screening) row.findingCount = screening.findings.length;
    }
  }

  async detail(actor: SessionActor, orderId: string) {
    const row = await this.orders.visible(actor, orderId);
    if (row.status !== 'replied') {
      throw new ConflictError('REVIEW_NOT_PENDING', '该工单当前不在待初审状态', { orderId, status: row.status });
    }
    return this.view(actor, row);
  }

  private async view(actor: SessionActor, row: OrderRow) {
    const order = await this.orders.detail(actor, row.id);
    const screening = await this.screenings.forOrder(row);
    const items = await ReviewChecklistSource.active(this.dataSource.manager, actor.streetCode, this.clock.now());
    const text = this.orders.freeTextFor(actor, row);
    const rounds = text((await loadRounds(this.dataSource.manager, [row.id])).get(row.id) ?? []);
    return {
      order,
      reply: order.reply,
      subReplies: order.subReplies,
      attachments: { order: order.attachments, reply: (order.reply as { attachmentIds?: string[] } | null)?.attachmentIds ?? [] },
      screening,
      checklist: suggestChecklist(items, screening?.findings ?? []),
      rounds,
    };
  }

  /**
   * Rounds of handling with every review's verdicts (failed items named) and callbacks, and the exclusion requests:
   * what the unit sees of a rejection (the reasons) and what a reopen kept of the first round.
   */
  async history(actor: SessionActor, orderId: string) {
    const row = await this.orders.visible(actor, orderId);
    const items = await ReviewChecklistSource.active(this.dataSource.manager, actor.streetCode, this.clock.now());
    const text = this.orders.freeTextFor(actor, row);
    const rounds = text((await loadRounds(this.dataSource.manager, [row.id])).get(row.id) ?? []);
    const exclusions = text(await this.dataSource.query(
      `SELECT id, reason, evidence_ids AS "evidenceIds", status, requested_by AS "requestedBy", requested_at AS "requestedAt",
              decided_by AS "decidedBy", decided_at AS "decidedAt", decision_comment AS "decisionComment"
         FROM exclusion_request WHERE order_id = $1 ORDER BY requested_at`,
      [row.id],
    ));
    return {
      orderId: row.id,
      status: row.status,
      assessment: row.assessment,
      reworkCount: row.rework_count,
      currentRound: rounds.length || 1,
      rounds: rounds.map((r) => ({
        ...r,
        reviews: r.reviews.map((v) => ({ ...v, failedItems: v.failedItems.map((code) => ({ item: code, label: checklistLabel(code, items) })) })),
      })),
      exclusions,
    };
  }
}
