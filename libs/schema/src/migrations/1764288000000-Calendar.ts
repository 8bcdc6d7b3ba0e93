import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PRC holiday calendar and the deadline policy (DESIGN §4, §14), per street like every business table.
 * - `holiday`: official holidays and make-up workdays. Rows come from the chinese-days package or from the admin;
 *   one row per date, so an admin row for a date replaces the package's row for it.
 * - `holiday_year`: the years whose official schedule is loaded. Only these count as known: a date in any other
 *   year falls back to Monday–Friday and is marked provisional, even if the admin already entered some rows.
 * - `deadline_policy`: one row per (order type × urgency), durations stored as the calendar lib's JSON `Duration`.
 *   Type and urgency carry no CHECK: their lists live in code (@app/calendar) and are validated on every write.
 */
export class Calendar1764288000000 implements MigrationInterface {
  name = 'Calendar1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE holiday (
        street_code varchar(12) NOT NULL REFERENCES street(code),
        date date NOT NULL,
        kind varchar(8) NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name text NOT NULL CHECK (btrim(name) <> ''),
        source varchar(16) NOT NULL CHECK (source IN ('chinese-days', 'admin')),
        PRIMARY KEY (street_code, date)
      )`);
    await q.query(`
      CREATE TABLE holiday_year (
        street_code varchar(12) NOT NULL REFERENCES street(code),
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2999),
        loaded_at timestamptz NOT NULL,
        source varchar(16) NOT NULL CHECK (source IN ('chinese-days', 'admin')),
        PRIMARY KEY (street_code, year)
      )`);
    await q.query(`
      CREATE TABLE deadline_policy (
        street_code varchar(12) NOT NULL REFERENCES street(code),
        type varchar(16) NOT NULL,
        urgency varchar(16) NOT NULL,
        sign_within jsonb NOT NULL,
        contact_within jsonb NOT NULL,
        unit_reply_buffer jsonb NOT NULL,
        unit_reply_without_upstream jsonb NOT NULL,
        review_within jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES app_user(id),
        PRIMARY KEY (street_code, type, urgency)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['deadline_policy', 'holiday_year', 'holiday']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
