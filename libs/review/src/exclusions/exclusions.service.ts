import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError } from '@app/errors';
import { AttachmentRefs, OrderWriter } from '@app/orders';

export const RequestExclusionBody = z.object({
  reason: z.string().trim().min(4).max(1000),
  evidenceIds: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
});
export const DecideExclusionBody = z.object({
  approved: z.boolean(),
  comment: z.string().trim().max(500).optional(),
});
export const ExclusionListQuery = z.object({ status: z.enum(['pending', 'approved', 'refused']).optional() });

/** Orders that have ended (merged into another, returned to the platform) are not assessed at all. */
const NOT_EXCLUDABLE = ['merged', 'returned'];

/**
 * 剔除申请: a reviewer asks, with a reason and evidence, that an order leave the assessment; a supervisor decides.
 * An approved exclusion sets the order's scope to `excluded`: it leaves the three rates' denominators and stays in
 * volume counts (DESIGN §8). Request and decision go on the order's timeline and the audit trail.
 */
@Injectable()
export class Exclusions {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly writer: OrderWriter,
  ) {}

  list(actor: SessionActor, status?: string) {
    return this.dataSource.query(
      `SELECT x.id, x.order_id AS "orderId", o.upstream_no AS "upstreamNo", x.reason, x.evidence_ids AS "evidenceIds", x.status,
              x.requested_by AS "requestedBy", x.requested_at AS "requestedAt", x.decided_by AS "decidedBy", x.decided_at AS "decidedAt",
              x.decision_comment AS "decisionComment", o.assessment
         FROM exclusion_request x JOIN work_order o ON o.id = x.order_id
        WHERE x.street_code = $1 AND ($2::text IS NULL OR x.status = $2) ORDER BY x.requested_at DESC LIMIT 500`,
      [actor.streetCode, status ?? null],
    );
  }

  request(actor: SessionActor, orderId: string, body: z.infer<typeof RequestExclusionBody>) {
    return this.tx.run(actor, async (t) => {
      const order = await this.writer.load(t, orderId, { lock: true });
      if (NOT_EXCLUDABLE.includes(order.status)) {
        throw new ConflictError('EXCLUSION_ORDER_FINAL', '已合并或已退回的工单不参与考核，无需剔除', { orderId, status: order.status });
      }
      if (order.assessment === 'excluded') throw new ConflictError('EXCLUSION_ALREADY_EXCLUDED', '该工单已剔除考核', { orderId });
      const [pending] = (await t.manager.query(`SELECT id FROM exclusion_request WHERE order_id = $1 AND status = 'pending'`, [orderId])) as { id: string }[];
      if (pending) throw new ConflictError('EXCLUSION_PENDING', '该工单已有待审批的剔除申请', { orderId, requestId: pending.id });
      // Evidence is uploaded files (POST /api/attachments): the requester's own, or files already on this order.
      await AttachmentRefs.check(t.manager, { streetCode: actor.streetCode, actorId: actor.id, orderId }, 'evidenceIds', body.evidenceIds);
      const [row] = (await t.manager.query(
        `INSERT INTO exclusion_request (street_code, order_id, reason, evidence_ids, status, requested_by, requested_at, previous_assessment)
         VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7) RETURNING id`,
        [actor.streetCode, orderId, body.reason, body.evidenceIds, actor.id, t.now, order.assessment],
      )) as { id: string }[];
      await AttachmentRefs.link(t.manager, orderId, body.evidenceIds);
      await this.writer.record(t, order, 'exclusion_request', { requestId: row.id, reason: body.reason, evidenceIds: body.evidenceIds }, { action: 'order.exclusion.request' });
      return { id: row.id, status: 'pending' };
    });
  }

  decide(actor: SessionActor, requestId: string, body: z.infer<typeof DecideExclusionBody>) {
    return this.tx.run(actor, async (t) => {
      const [request] = (await t.manager.query(
        `SELECT id, order_id, status, previous_assessment FROM exclusion_request WHERE id = $1 AND street_code = $2 FOR UPDATE`,
        [requestId, actor.streetCode],
      )) as { id: string; order_id: string; status: string; previous_assessment: string }[];
      if (!request) throw new NotFoundError('EXCLUSION_NOT_FOUND', '剔除申请不存在', { requestId });
      if (request.status !== 'pending') throw new ConflictError('EXCLUSION_ALREADY_DECIDED', '该剔除申请已审批', { requestId, status: request.status });
      const order = await this.writer.load(t, request.order_id, { lock: true });
      const status = body.approved ? 'approved' : 'refused';
      await t.manager.query(
        `UPDATE exclusion_request SET status = $2, decided_by = $3, decided_at = $4, decision_comment = $5 WHERE id = $1`,
        [requestId, status, actor.id, t.now, body.comment ?? null],
      );
      const payload = { requestId, approved: body.approved, comment: body.comment, previousAssessment: order.assessment };
      const audit = { action: 'order.exclusion.decide', after: { requestId, status } };
      // The order changes only when approved; its version moves so open screens refresh (DESIGN §3 versioning).
      const updated = body.approved
        ? await this.writer.change(t, order, {
            version: order.version,
            changes: { assessment: 'excluded' },
            event: { action: 'exclusion_decided', payload: { ...payload, assessment: 'excluded' } },
            audit,
          })
        : order;
      if (!body.approved) await this.writer.record(t, order, 'exclusion_decided', { ...payload, assessment: order.assessment }, audit);
      return { id: requestId, status, orderId: order.id, assessment: updated.assessment, version: updated.version };
    });
  }
}
