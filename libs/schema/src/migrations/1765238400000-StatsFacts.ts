import type { MigrationInterface, QueryRunner } from 'typeorm';

const CLOCK_COLUMNS = ['sign', 'contact', 'reply', 'review']
  .map((c) => `${c}_day date, ${c}_late boolean, ${c}_minutes integer, ${c}_bucket smallint`)
  .join(',\n        ');

const CLOCK_MEASURES = ['sign', 'contact', 'reply', 'review']
  .map((c) => `${c}_done integer NOT NULL DEFAULT 0, ${c}_late integer NOT NULL DEFAULT 0, ${c}_minutes bigint NOT NULL DEFAULT 0`)
  .join(',\n        ');

/**
 * The statistics layer's own tables (DESIGN §8): one fact row per order, derived from the order tables, and daily
 * rollups per dimension summed from the facts, so the dashboard reads a few hundred rows where the raw tables hold
 * millions. Triggers on the order tables mark an order dirty in the writer's own transaction (one small upsert),
 * and the refresher recomputes dirty orders' facts and moves the rollups by the difference.
 * These tables are written only by libs/stats; the triggers write only `stats_dirty_order`.
 */
export class StatsFacts1765238400000 implements MigrationInterface {
  name = 'StatsFacts1765238400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stats_order_fact (
        order_id uuid PRIMARY KEY,
        street_code varchar(12) NOT NULL,
        received_at timestamptz NOT NULL,
        received_day date NOT NULL,
        type varchar(16) NOT NULL,
        channel varchar(16) NOT NULL,
        category_path text,
        community_id uuid,
        unit_id uuid,
        place text,
        phone_hash char(64),
        status varchar(24) NOT NULL,
        is_open boolean NOT NULL,
        overdue boolean NOT NULL,
        overdue_clocks text[] NOT NULL DEFAULT '{}',
        duplicate boolean NOT NULL,
        assessment varchar(16) NOT NULL,
        callback_day date,
        cb_unit_id uuid,
        cb_valid boolean,
        cb_contacted boolean,
        cb_solved boolean,
        cb_satisfaction varchar(16),
        response_base smallint NOT NULL DEFAULT 0,
        contacted smallint NOT NULL DEFAULT 0,
        full_base smallint NOT NULL DEFAULT 0,
        solved smallint NOT NULL DEFAULT 0,
        satisfied smallint NOT NULL DEFAULT 0,
        basically smallint NOT NULL DEFAULT 0,
        urges integer NOT NULL DEFAULT 0,
        reworks integer NOT NULL DEFAULT 0,
        unit_returns integer NOT NULL DEFAULT 0,
        return_requested boolean NOT NULL DEFAULT false,
        first_review_day date,
        first_review_passed boolean,
        ${CLOCK_COLUMNS},
        -- The latest day any of its facts counts on: a filtered query over a period reads facts with
        -- received_day <= period end AND last_day >= period start, both indexed.
        last_day date NOT NULL
      )`);
    await q.query(`CREATE INDEX stats_fact_received ON stats_order_fact (street_code, received_day)`);
    await q.query(`CREATE INDEX stats_fact_last_day ON stats_order_fact (street_code, last_day)`);
    await q.query(`CREATE INDEX stats_fact_callback ON stats_order_fact (street_code, callback_day) WHERE callback_day IS NOT NULL`);
    await q.query(`CREATE INDEX stats_fact_open ON stats_order_fact (street_code) WHERE is_open`);
    await q.query(`CREATE INDEX stats_fact_phone ON stats_order_fact (street_code, phone_hash, received_day) WHERE phone_hash IS NOT NULL`);

    await q.query(`
      CREATE TABLE stats_daily (
        street_code varchar(12) NOT NULL,
        dim varchar(12) NOT NULL,
        day date NOT NULL,
        key text NOT NULL,
        received integer NOT NULL DEFAULT 0,
        duplicates integer NOT NULL DEFAULT 0,
        unit_returns integer NOT NULL DEFAULT 0,
        return_requests integer NOT NULL DEFAULT 0,
        urges integer NOT NULL DEFAULT 0,
        reworks integer NOT NULL DEFAULT 0,
        response_base integer NOT NULL DEFAULT 0,
        contacted integer NOT NULL DEFAULT 0,
        full_base integer NOT NULL DEFAULT 0,
        solved integer NOT NULL DEFAULT 0,
        satisfied integer NOT NULL DEFAULT 0,
        basically integer NOT NULL DEFAULT 0,
        first_reviews integer NOT NULL DEFAULT 0,
        first_passed integer NOT NULL DEFAULT 0,
        ${CLOCK_MEASURES},
        PRIMARY KEY (street_code, dim, day, key)
      )`);
    await q.query(`
      CREATE TABLE stats_daily_duration (
        street_code varchar(12) NOT NULL,
        dim varchar(12) NOT NULL,
        day date NOT NULL,
        key text NOT NULL,
        clock varchar(8) NOT NULL,
        bucket smallint NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (street_code, dim, day, key, clock, bucket)
      )`);

    // A re-marked order gets a new seq, so a refresh that read it before the change leaves it dirty (it deletes only
    // the marks it saw, by seq), and a writer never waits for a refresh to finish.
    // Keywords (TF-IDF over a period): each order's words, and their daily sums on the day it was received.
    await q.query(`
      CREATE TABLE stats_order_term (
        order_id uuid NOT NULL,
        term text NOT NULL,
        tf smallint NOT NULL,
        PRIMARY KEY (order_id, term)
      )`);
    await q.query(`
      CREATE TABLE stats_term_daily (
        street_code varchar(12) NOT NULL,
        day date NOT NULL,
        term text NOT NULL,
        tf integer NOT NULL,
        docs integer NOT NULL,
        PRIMARY KEY (street_code, day, term)
      )`);
    await q.query(`CREATE SEQUENCE stats_dirty_seq`);
    await q.query(`CREATE TABLE stats_dirty_order (order_id uuid PRIMARY KEY, seq bigint NOT NULL DEFAULT nextval('stats_dirty_seq'))`);
    await q.query(`
      CREATE FUNCTION stats_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed record;
      BEGIN
        IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
        IF TG_TABLE_NAME = 'work_order' THEN
          INSERT INTO stats_dirty_order (order_id) VALUES (changed.id)
          ON CONFLICT (order_id) DO UPDATE SET seq = nextval('stats_dirty_seq');
        ELSE
          INSERT INTO stats_dirty_order (order_id) VALUES (changed.order_id)
          ON CONFLICT (order_id) DO UPDATE SET seq = nextval('stats_dirty_seq');
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['work_order', 'order_event', 'order_clock']) {
      await q.query(`CREATE TRIGGER ${table}_stats_dirty AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION stats_mark_dirty()`);
    }
    // Everything already there is dirty once: the first refresh builds the facts.
    await q.query(`INSERT INTO stats_dirty_order (order_id) SELECT id FROM work_order ON CONFLICT DO NOTHING`);

    await q.query(`
      CREATE TABLE stats_rate_config (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        effective_from date NOT NULL,
        weight_response numeric(4,3) NOT NULL,
        weight_solved numeric(4,3) NOT NULL,
        weight_satisfaction numeric(4,3) NOT NULL,
        basically_weight numeric(4,3) NOT NULL,
        period_mode varchar(12) NOT NULL CHECK (period_mode IN ('calendar', 'nineteenth')),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (street_code, effective_from)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stats_rate_config`);
    for (const table of ['work_order', 'order_event', 'order_clock']) await q.query(`DROP TRIGGER ${table}_stats_dirty ON ${table}`);
    await q.query(`DROP FUNCTION stats_mark_dirty()`);
    await q.query(`DROP TABLE stats_dirty_order`);
    await q.query(`DROP SEQUENCE stats_dirty_seq`);
    await q.query(`DROP TABLE stats_term_daily`);
    await q.query(`DROP TABLE stats_order_term`);
    await q.query(`DROP TABLE stats_daily_duration`);
    await q.query(`DROP TABLE stats_daily`);
    await q.query(`DROP TABLE stats_order_fact`);
  }
}
