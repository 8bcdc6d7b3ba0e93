import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intake (DESIGN §5): platform-export imports with the uploaded file and a per-row result (kept for audit), the
 * signed intake API's replay memory, classification suggestions, and duplicate suspicions with their candidates.
 */
export class Intake1764547200000 implements MigrationInterface {
  name = 'Intake1764547200000';

  async up(q: QueryRunner): Promise<void> {
    // Foundation already asks for pg_trgm; asked again guarded so a server without the contrib package still
    // migrates. Duplicate detection then scores with the built-in fallback (same formula, in the application).
    await q.query(`
      DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm unavailable (%): duplicate detection uses the application fallback', SQLERRM;
      END $$`);

    await q.query(`
      CREATE TABLE order_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        file_name text NOT NULL,
        file_format varchar(8) NOT NULL CHECK (file_format IN ('csv', 'xlsx')),
        file_size integer NOT NULL,
        file_sha256 char(64) NOT NULL,
        file_data bytea NOT NULL,
        encoding varchar(16),
        status varchar(16) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        total_rows integer,
        processed_rows integer NOT NULL DEFAULT 0,
        created_count integer NOT NULL DEFAULT 0,
        updated_count integer NOT NULL DEFAULT 0,
        unchanged_count integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        error_code varchar(64),
        error_message text,
        uploaded_by uuid REFERENCES app_user(id),
        uploaded_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX order_import_street ON order_import (street_code, uploaded_at DESC)`);
    await q.query(`
      CREATE TABLE order_import_row (
        import_id uuid NOT NULL REFERENCES order_import(id),
        row_no integer NOT NULL,
        upstream_no varchar(40),
        outcome varchar(12) NOT NULL CHECK (outcome IN ('created', 'updated', 'unchanged', 'error')),
        order_id uuid REFERENCES work_order(id),
        changed_fields text[] NOT NULL DEFAULT '{}',
        errors jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (import_id, row_no)
      )`);

    // Signatures seen in the last minutes: a captured request sent again is refused (no Redis needed).
    await q.query(`
      CREATE TABLE intake_request (
        signature char(64) PRIMARY KEY,
        street_code varchar(12) NOT NULL REFERENCES street(code),
        received_at timestamptz NOT NULL,
        signed_at timestamptz NOT NULL,
        upstream_no varchar(40),
        order_id uuid REFERENCES work_order(id)
      )`);
    await q.query(`CREATE INDEX intake_request_received ON intake_request (received_at)`);

    await q.query(`
      CREATE TABLE order_suggestion (
        order_id uuid PRIMARY KEY REFERENCES work_order(id),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        community jsonb,
        category jsonb,
        unit jsonb,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE order_duplicate_check (
        order_id uuid PRIMARY KEY REFERENCES work_order(id),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        status varchar(12) NOT NULL CHECK (status IN ('suspected', 'merged', 'dismissed')),
        candidates jsonb NOT NULL DEFAULT '[]',
        method varchar(12) NOT NULL CHECK (method IN ('pg_trgm', 'fallback')),
        found_at timestamptz NOT NULL,
        resolved_at timestamptz,
        resolved_by uuid REFERENCES app_user(id),
        resolution jsonb
      )`);
    await q.query(`CREATE INDEX order_duplicate_check_open ON order_duplicate_check (street_code, found_at DESC) WHERE status = 'suspected'`);
    // Candidates by address and category within 7 days.
    await q.query(`CREATE INDEX work_order_address_category ON work_order (street_code, address, category_path, received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS work_order_address_category`);
    await q.query(`DROP TABLE IF EXISTS order_duplicate_check`);
    await q.query(`DROP TABLE IF EXISTS order_suggestion`);
    await q.query(`DROP TABLE IF EXISTS intake_request`);
    await q.query(`DROP TABLE IF EXISTS order_import_row`);
    await q.query(`DROP TABLE IF EXISTS order_import`);
  }
}
