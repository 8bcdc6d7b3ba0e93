import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Idempotency-Key` on the creating endpoints (issue 13): one row per (scope, key), the scope naming the operation
 * and the caller so two callers' keys never meet. The row is inserted in the same transaction as what the request
 * creates, so the primary key serialises concurrent repeats; it holds the hash of the request body (a repeat must
 * match it) and the first response (status and body, `json` to keep its key order). Housekeeping deletes expired rows.
 */
export class IdempotencyKeys1765584000000 implements MigrationInterface {
  name = 'IdempotencyKeys1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        scope text NOT NULL,
        key varchar(200) NOT NULL,
        street_code varchar(12) NOT NULL REFERENCES street(code),
        request_hash char(64) NOT NULL,
        response_status smallint,
        response_body json,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key)
      )`);
    await q.query(`CREATE INDEX idempotency_key_expires ON idempotency_key (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}
