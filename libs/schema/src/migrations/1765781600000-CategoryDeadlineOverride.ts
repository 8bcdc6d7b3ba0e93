import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `category_deadline_override`: the admin's exceptions to the deadline policy table for one category and the
 * categories under it (DESIGN §4), optionally for one order type and/or urgency. A null duration leaves that clock
 * to a less specific override or the policy row; durations are the calendar lib's JSON `Duration`, as in
 * `deadline_policy`. NULLS NOT DISTINCT: "every type" is one key, so the same exception cannot be stored twice.
 */
export class CategoryDeadlineOverride1765781600000 implements MigrationInterface {
  name = 'CategoryDeadlineOverride1765781600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE category_deadline_override (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        category_prefix text NOT NULL,
        order_type varchar(16),
        urgency varchar(16),
        sign_within jsonb,
        contact_within jsonb,
        unit_reply_within jsonb,
        review_within jsonb,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES app_user(id),
        CONSTRAINT category_deadline_override_key UNIQUE NULLS NOT DISTINCT (street_code, category_prefix, order_type, urgency),
        CHECK (num_nonnulls(sign_within, contact_within, unit_reply_within, review_within) > 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE category_deadline_override`);
  }
}
