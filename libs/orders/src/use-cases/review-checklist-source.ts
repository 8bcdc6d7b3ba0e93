import type { EntityManager } from 'typeorm';
import { DEFAULT_REVIEW_CHECKLIST, type ReviewChecklistItemDef } from '../domain/index.js';

/**
 * The street's active review checklist (DESIGN §6), read inside the action's transaction so that approve/reject
 * are judged against the list as it is at that moment. The admin edits it (`@app/review`); a street that has never
 * had a list gets the defaults of `review-checklist.ts`, written once.
 */
export const ReviewChecklistSource = {
  async active(m: EntityManager, streetCode: string, now: Date): Promise<ReviewChecklistItemDef[]> {
    await this.ensureDefaults(m, streetCode, now);
    return (await m.query(
      `SELECT code, label, na_allowed AS "naAllowed" FROM review_checklist_item WHERE street_code = $1 AND active ORDER BY position, code`,
      [streetCode],
    )) as ReviewChecklistItemDef[];
  },

  /** Seeds the defaults when the street has no items at all (deactivated items still count: the admin chose). */
  async ensureDefaults(m: EntityManager, streetCode: string, now: Date): Promise<void> {
    const [{ n }] = (await m.query('SELECT count(*)::int AS n FROM review_checklist_item WHERE street_code = $1', [streetCode])) as { n: number }[];
    if (n > 0) return;
    for (const [position, item] of DEFAULT_REVIEW_CHECKLIST.entries()) {
      await m.query(
        `INSERT INTO review_checklist_item (street_code, code, label, position, na_allowed, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (street_code, code) DO NOTHING`,
        [streetCode, item.code, item.label, (position + 1) * 10, item.naAllowed, now],
      );
    }
  },
};
