import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review of replies and case closing (DESIGN §3, §6, §8): the admin-editable review checklist, the automatic
 * screening of each reply, reply templates (常用答复), exclusion requests (剔除申请) and the 挂账 progress alarms.
 * Reviews and callbacks themselves are timeline events (the source of every statistic, DESIGN §2).
 */
export class Review1764633600000 implements MigrationInterface {
  name = 'Review1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_checklist_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        code varchar(48) NOT NULL,
        label text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (street_code, code)
      )`);

    // One screening per submitted reply (keyed by the reply's submission time): re-screening is idempotent.
    await q.query(`
      CREATE TABLE reply_screening (
        order_id uuid NOT NULL REFERENCES work_order(id),
        reply_at timestamptz NOT NULL,
        street_code varchar(12) NOT NULL,
        findings jsonb NOT NULL DEFAULT '[]',
        screened_at timestamptz NOT NULL,
        PRIMARY KEY (order_id, reply_at)
      )`);

    await q.query(`
      CREATE TABLE reply_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        category_prefix text,
        title text NOT NULL,
        body text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX reply_template_street_category ON reply_template (street_code, category_prefix)`);

    await q.query(`
      CREATE TABLE exclusion_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        order_id uuid NOT NULL REFERENCES work_order(id),
        reason text NOT NULL,
        evidence_ids text[] NOT NULL DEFAULT '{}',
        status varchar(16) NOT NULL CHECK (status IN ('pending', 'approved', 'refused')),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        decision_comment text,
        previous_assessment varchar(16) NOT NULL
      )`);
    // At most one open request per order: a second one waits for the first decision.
    await q.query(`CREATE UNIQUE INDEX exclusion_request_one_pending ON exclusion_request (order_id) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX exclusion_request_street_status ON exclusion_request (street_code, status, requested_at)`);

    // One alarm per (order, progress date): the delayed job and the sweep may both find it.
    await q.query(`
      CREATE TABLE hang_progress_alarm (
        order_id uuid NOT NULL REFERENCES work_order(id),
        due_at timestamptz NOT NULL,
        street_code varchar(12) NOT NULL,
        raised_at timestamptz NOT NULL,
        PRIMARY KEY (order_id, due_at)
      )`);
    await q.query(`CREATE INDEX work_order_hung ON work_order (street_code) WHERE hang IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS work_order_hung`);
    for (const table of ['hang_progress_alarm', 'exclusion_request', 'reply_template', 'reply_screening', 'review_checklist_item']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
