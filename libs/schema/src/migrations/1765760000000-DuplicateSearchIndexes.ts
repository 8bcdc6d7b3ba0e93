import type { MigrationInterface, QueryRunner } from 'typeorm';
import { placeKeyOf } from '@app/address';

const BATCH = 5_000;

/**
 * The duplicate search answers from indexes, whatever the number of orders (issue 14): each of its two branches
 * (same caller, same place) is one index range read newest first and stopped at the finder's limit. The place is
 * `place_key` (road and house, `placeKeyOf`), written by intake and the platform's sync; existing orders get theirs
 * here. The phone branch's index adds the street and the time to the hash the old one had.
 */
export class DuplicateSearchIndexes1765760000000 implements MigrationInterface {
  name = 'DuplicateSearchIndexes1765760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_order ADD COLUMN place_key text`);
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows = (await q.query(`SELECT id, address FROM work_order WHERE id > $1 ORDER BY id LIMIT ${BATCH}`, [after])) as { id: string; address: string }[];
      if (!rows.length) break;
      const keyed = rows.map((r) => [r.id, placeKeyOf(r.address)] as const).filter(([, key]) => key !== null);
      if (keyed.length) {
        await q.query(
          `UPDATE work_order w SET place_key = v.key FROM unnest($1::uuid[], $2::text[]) AS v(id, key) WHERE w.id = v.id`,
          [keyed.map(([id]) => id), keyed.map(([, key]) => key)],
        );
      }
      after = rows[rows.length - 1]!.id;
    }
    await q.query(`CREATE INDEX work_order_place_recent ON work_order (street_code, place_key, received_at DESC) WHERE place_key IS NOT NULL`);
    await q.query(`CREATE INDEX work_order_phone_recent ON work_order (street_code, citizen_phone_hash, received_at DESC) WHERE citizen_phone_hash IS NOT NULL`);
    await q.query(`DROP INDEX IF EXISTS work_order_phone_hash`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX work_order_phone_hash ON work_order (citizen_phone_hash)`);
    await q.query(`DROP INDEX IF EXISTS work_order_phone_recent`);
    await q.query(`DROP INDEX IF EXISTS work_order_place_recent`);
    await q.query(`ALTER TABLE work_order DROP COLUMN place_key`);
  }
}
