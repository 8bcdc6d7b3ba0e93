import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A handling unit's contact (phone, person) as the admin keeps it on 系统管理 → 承办单位. */
export class UnitContact1765774400000 implements MigrationInterface {
  name = 'UnitContact1765774400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE unit ADD COLUMN IF NOT EXISTS contact text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE unit DROP COLUMN contact`);
  }
}
