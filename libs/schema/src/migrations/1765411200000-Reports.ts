import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report runs of the `reports` queue (DESIGN §9). A run is requested (by a user, or by the schedule) and becomes a
 * numbered version of its (kind, period) only when its files are complete: files and version are written in one
 * transaction, so a job that dies mid-way leaves nothing to download and a rerun never overwrites an old version.
 * Files live in the database (like attachments and imports) so the api and worker processes need no shared disk.
 */
export class Reports1765411200000 implements MigrationInterface {
  name = 'Reports1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        kind varchar(32) NOT NULL CHECK (kind IN ('monthly-ledger', 'analysis-report', 'fee-confirmation')),
        period_key varchar(32) NOT NULL,
        period jsonb NOT NULL,
        period_label text NOT NULL,
        masked boolean NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        version integer,
        progress_done integer NOT NULL DEFAULT 0,
        progress_total integer,
        progress_message text,
        attempts integer NOT NULL DEFAULT 0,
        error_code varchar(64),
        error_message text,
        requested_by uuid REFERENCES app_user(id),
        scheduled_key varchar(80),
        requested_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        CHECK ((status = 'done') = (version IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX report_run_version_uq ON report_run (street_code, kind, period_key, masked, version) WHERE version IS NOT NULL`);
    // A scheduled run is created once per (street, kind, period), however often the schedule's job is retried.
    await q.query(`CREATE UNIQUE INDEX report_run_scheduled_uq ON report_run (street_code, scheduled_key) WHERE scheduled_key IS NOT NULL`);
    await q.query(`CREATE INDEX report_run_street ON report_run (street_code, requested_at DESC)`);
    await q.query(`
      CREATE TABLE report_file (
        report_id uuid NOT NULL REFERENCES report_run(id),
        format varchar(8) NOT NULL CHECK (format IN ('xlsx', 'docx', 'pdf')),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL,
        sha256 char(64) NOT NULL,
        data bytea NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (report_id, format)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_file`);
    await q.query(`DROP TABLE report_run`);
  }
}
