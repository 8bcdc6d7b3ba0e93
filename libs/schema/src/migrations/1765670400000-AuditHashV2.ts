import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit hash version 2 (issue 13 item 6): new records hash every column, `ip` and `id` included. Records written
 * before keep version 1, which they get from the column's default at ADD COLUMN time — PostgreSQL stores that value
 * in the catalogue instead of rewriting rows, so no UPDATE runs and the append-only triggers stay as they are.
 * The default then becomes 2, although the writer always states the version it hashed with.
 */
export class AuditHashV21765670400000 implements MigrationInterface {
  name = 'AuditHashV21765670400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN hash_version smallint NOT NULL DEFAULT 1 CHECK (hash_version IN (1, 2))`);
    await q.query(`ALTER TABLE audit_log ALTER COLUMN hash_version SET DEFAULT 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP COLUMN hash_version`);
  }
}
