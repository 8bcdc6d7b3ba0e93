import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A verification asked for from the 审计 page belongs to the asking admin's street (it checks that street's chain and
 * only that street sees it) and reports its progress while it runs: records checked of the records there were.
 * Scheduled runs keep street_code null and check every street.
 */
export class AuditVerificationProgress1765767200000 implements MigrationInterface {
  name = 'AuditVerificationProgress1765767200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_verification
        ADD COLUMN street_code varchar(12) REFERENCES street(code),
        ADD COLUMN started_at timestamptz,
        ADD COLUMN checked integer NOT NULL DEFAULT 0,
        ADD COLUMN total integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_verification DROP COLUMN street_code, DROP COLUMN started_at, DROP COLUMN checked, DROP COLUMN total`);
  }
}
