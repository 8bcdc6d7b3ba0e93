import type { EntityManager } from 'typeorm';
import { isUuid } from '@app/database';
import { ValidationError, type FieldError } from '@app/errors';

/** Which input field of which action names uploaded files (DESIGN §3: reply attachments, return evidence). */
export const ATTACHMENT_FIELDS: Partial<Record<string, 'attachmentIds' | 'evidenceIds'>> = {
  reply: 'attachmentIds',
  sub_reply: 'attachmentIds',
  request_return: 'evidenceIds',
};

/**
 * Checks and links the files an order action (or an exclusion request) names. This is plain SQL on the
 * `attachment` table rather than a call into `@app/attachments`, because that lib depends on orders (it asks
 * `OrderQueries.visible` who may download) and a seam would add a registration step for two statements.
 * The rule: a file may be used by whoever uploaded it while it is unattached, or again on the order it already
 * belongs to; a file of another order, of another uploader, or of another street is "not found" to the caller.
 */
export const AttachmentRefs = {
  async check(m: EntityManager, use: { streetCode: string; actorId: string; orderId: string }, field: string, ids: unknown): Promise<void> {
    // Shape (array of distinct strings) is the input parser's job; here only ids that could exist are looked up.
    // FOR UPDATE: two actions racing to use one unattached file serialise, and the second sees it taken.
    if (!Array.isArray(ids) || ids.length === 0) return;
    const candidates = ids.filter(isUuid);
    const rows = candidates.length
      ? ((await m.query(
          `SELECT id FROM attachment
            WHERE id = ANY($1::uuid[]) AND street_code = $2
              AND ((uploaded_by = $3 AND order_id IS NULL) OR order_id = $4)
            FOR UPDATE`,
          [candidates, use.streetCode, use.actorId, use.orderId],
        )) as { id: string }[])
      : [];
    const usable = new Set(rows.map((r) => r.id.toLowerCase()));
    const problems: FieldError[] = [];
    ids.forEach((id, i) => {
      if (typeof id === 'string' && !usable.has(id.toLowerCase())) problems.push({ field: `${field}.${i}`, message: '附件不存在、已用于其他工单或不是您上传的，请重新上传' });
    });
    if (problems.length) throw new ValidationError(problems);
  },

  /** Called in the action's transaction after it is applied: from now on the order's readers may download them. */
  async link(m: EntityManager, orderId: string, ids: unknown): Promise<void> {
    if (!Array.isArray(ids) || ids.length === 0) return;
    await m.query(`UPDATE attachment SET order_id = $1 WHERE id = ANY($2::uuid[]) AND order_id IS NULL`, [orderId, ids]);
  },
};
