import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Readable numbers for orders the platform gave none (manual intake): `<street short code>-<Beijing date>-<nnnn>`.
 * `street.short_code` comes from the reference data; `order_number_counter` holds the last number per street and
 * Beijing day, bumped in the intake's own transaction so a rolled-back intake gives its number back (no gaps).
 */
export class LocalOrderNumbers1765152000000 implements MigrationInterface {
  name = 'LocalOrderNumbers1765152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE street ADD COLUMN short_code varchar(8)`);
    await q.query(`ALTER TABLE work_order ADD COLUMN local_no varchar(32)`);
    await q.query(`CREATE UNIQUE INDEX work_order_local_no_uq ON work_order (street_code, local_no) WHERE local_no IS NOT NULL`);
    await q.query(`
      CREATE TABLE order_number_counter (
        street_code varchar(12) NOT NULL REFERENCES street(code),
        day date NOT NULL,
        last_no integer NOT NULL,
        PRIMARY KEY (street_code, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE order_number_counter`);
    await q.query(`DROP INDEX work_order_local_no_uq`);
    await q.query(`ALTER TABLE work_order DROP COLUMN local_no`);
    await q.query(`ALTER TABLE street DROP COLUMN short_code`);
  }
}
