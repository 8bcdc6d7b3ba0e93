import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Absent jsonb values are SQL NULL. Demo seeds before this stored jsonb `null` for orders that were not hung, had
 * no reply or no pending extension; `hang IS NOT NULL` matched those, and the 挂账 list showed orders with no plan.
 */
export class JsonNulls1765065600000 implements MigrationInterface {
  name = 'JsonNulls1765065600000';

  async up(q: QueryRunner): Promise<void> {
    for (const column of ['hang', 'pending_extension', 'reply']) {
      await q.query(`UPDATE work_order SET ${column} = NULL WHERE jsonb_typeof(${column}) = 'null'`);
    }
  }

  async down(): Promise<void> {
    // Nothing to undo: SQL NULL is what every writer means by "absent".
  }
}
