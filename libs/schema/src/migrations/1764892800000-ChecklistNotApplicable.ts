import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Review checklist items say whether n/a is allowed for them (DESIGN §6). */
export class ChecklistNotApplicable1764892800000 implements MigrationInterface {
  name = 'ChecklistNotApplicable1764892800000';

  async up(q: QueryRunner): Promise<void> {
    // Not allowed unless the admin says so: approval then needs the item passed.
    await q.query(`ALTER TABLE review_checklist_item ADD COLUMN na_allowed boolean NOT NULL DEFAULT false`);
    // The two default items that may not apply to a reply (no demand refused, no attachment promised).
    await q.query(`UPDATE review_checklist_item SET na_allowed = true WHERE code IN ('legal_basis', 'attachments_present')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE review_checklist_item DROP COLUMN na_allowed`);
  }
}
