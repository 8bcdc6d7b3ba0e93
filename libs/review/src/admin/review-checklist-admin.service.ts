import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { returnedRows, TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError } from '@app/errors';
import { CHECKLIST_ITEM_CODE, ReviewChecklistSource } from '@app/orders';

export const CreateChecklistItemBody = z.object({
  code: z.string().regex(CHECKLIST_ITEM_CODE, '编码须为小写字母开头的字母、数字、下划线（2–48 位）'),
  label: z.string().trim().min(2).max(100),
  position: z.number().int().min(0).max(10_000).optional(),
  /** 不适用 is an acceptable verdict for the item (DESIGN §6); off unless said. */
  naAllowed: z.boolean().default(false),
});
export const UpdateChecklistItemBody = z.object({
  version: z.number().int().min(1),
  label: z.string().trim().min(2).max(100).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
  naAllowed: z.boolean().optional(),
});

const COLUMNS = `id, code, label, position, active, na_allowed AS "naAllowed", version, updated_at AS "updatedAt"`;

/**
 * The admin's review checklist (DESIGN §6). Items are deactivated, never deleted: past reviews name them by code.
 * A change applies to the next approve/reject, which reads the list inside its own transaction.
 */
@Injectable()
export class ReviewChecklistAdmin {
  constructor(private readonly tx: TransactionRunner) {}

  list(actor: SessionActor) {
    return this.tx.run(actor, async (t) => {
      await ReviewChecklistSource.ensureDefaults(t.manager, actor.streetCode, t.now);
      return t.manager.query(`SELECT ${COLUMNS} FROM review_checklist_item WHERE street_code = $1 ORDER BY position, code`, [actor.streetCode]);
    });
  }

  create(actor: SessionActor, body: z.infer<typeof CreateChecklistItemBody>) {
    return this.tx.run(actor, async (t) => {
      await ReviewChecklistSource.ensureDefaults(t.manager, actor.streetCode, t.now);
      const [{ next }] = (await t.manager.query(
        'SELECT coalesce(max(position), 0) + 10 AS next FROM review_checklist_item WHERE street_code = $1',
        [actor.streetCode],
      )) as { next: number }[];
      const rows = (await t.manager.query(
        `INSERT INTO review_checklist_item (street_code, code, label, position, na_allowed, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (street_code, code) DO NOTHING RETURNING ${COLUMNS}`,
        [actor.streetCode, body.code, body.label, body.position ?? next, body.naAllowed, t.now],
      )) as Record<string, unknown>[];
      if (rows.length === 0) throw new ConflictError('REVIEW_CHECKLIST_ITEM_EXISTS', `审核项编码“${body.code}”已存在`, { code: body.code });
      t.audit({ action: 'review.checklist.create', entityType: 'review_checklist_item', entityId: String(rows[0].id), after: rows[0] });
      return rows[0];
    });
  }

  update(actor: SessionActor, code: string, body: z.infer<typeof UpdateChecklistItemBody>) {
    return this.tx.run(actor, async (t) => {
      const [before] = (await t.manager.query(`SELECT ${COLUMNS} FROM review_checklist_item WHERE street_code = $1 AND code = $2`, [actor.streetCode, code])) as { version: number }[];
      if (!before) throw new NotFoundError('REVIEW_CHECKLIST_ITEM_NOT_FOUND', '审核项不存在', { code });
      const rows = returnedRows<Record<string, unknown>>(
        await t.manager.query(
          `UPDATE review_checklist_item SET label = coalesce($4, label), position = coalesce($5, position), active = coalesce($6, active),
                  na_allowed = coalesce($8, na_allowed), updated_at = $7, version = version + 1
            WHERE street_code = $1 AND code = $2 AND version = $3 RETURNING ${COLUMNS}`,
          [actor.streetCode, code, body.version, body.label ?? null, body.position ?? null, body.active ?? null, t.now, body.naAllowed ?? null],
        ),
      );
      if (rows.length === 0) throw new ConflictError('CONFLICT', '审核项已被他人修改，请刷新后重试', { code, expectedVersion: body.version });
      t.audit({ action: 'review.checklist.update', entityType: 'review_checklist_item', entityId: String(rows[0].id), before, after: rows[0] });
      return rows[0];
    });
  }
}
