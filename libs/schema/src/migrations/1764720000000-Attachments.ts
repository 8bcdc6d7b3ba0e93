import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Order attachments (DESIGN §2 `attachments`, §3 reply attachments and return evidence, exclusion evidence).
 * Files live in the database like import files: one backup holds everything, and a 10 MB cap keeps rows small.
 * `order_id` stays null until an order action (or exclusion request) uses the file; from then on the order's
 * readers may download it, and no other order may use it.
 */
export class Attachments1764720000000 implements MigrationInterface {
  name = 'Attachments1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        file_name text NOT NULL,
        content_type varchar(100) NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        sha256 char(64) NOT NULL,
        data bytea NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user(id),
        uploaded_at timestamptz NOT NULL,
        order_id uuid REFERENCES work_order(id)
      )`);
    await q.query(`CREATE INDEX attachment_order ON attachment (order_id) WHERE order_id IS NOT NULL`);
    await q.query(`CREATE INDEX attachment_uploader ON attachment (uploaded_by, uploaded_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS attachment`);
  }
}
