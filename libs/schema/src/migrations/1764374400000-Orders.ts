import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work orders (DESIGN §2), their timeline (one row per action: the audit trail of the order and the source of
 * every statistic) and their running clocks (DESIGN §4). Citizens' names and phones are stored encrypted; the
 * phone is searchable through a keyed hash.
 */
export class Orders1764374400000 implements MigrationInterface {
  name = 'Orders1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE work_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        upstream_no varchar(40),
        channel varchar(16) NOT NULL,
        received_at timestamptz NOT NULL,
        citizen_name_enc text,
        citizen_phone_enc text,
        citizen_phone_hash char(64),
        address text NOT NULL,
        community_id uuid REFERENCES community(id),
        type varchar(16) NOT NULL,
        urgency varchar(16) NOT NULL,
        category_path text,
        content text NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]',
        upstream_due_at timestamptz,
        assessment varchar(16) NOT NULL DEFAULT 'full',
        duplicate_of_id uuid REFERENCES work_order(id),
        tags text[] NOT NULL DEFAULT '{}',
        status varchar(20) NOT NULL,
        lead_unit_id uuid REFERENCES unit(id),
        lead_unit_kind varchar(24),
        co_unit_ids uuid[] NOT NULL DEFAULT '{}',
        former_unit_ids uuid[] NOT NULL DEFAULT '{}',
        acknowledged_unit_ids uuid[] NOT NULL DEFAULT '{}',
        unit_due_at timestamptz,
        hang jsonb,
        pending_extension jsonb,
        sub_replies jsonb NOT NULL DEFAULT '[]',
        reply jsonb,
        closed_at timestamptz,
        rework_count integer NOT NULL DEFAULT 0,
        urge_count integer NOT NULL DEFAULT 0,
        overdue boolean NOT NULL DEFAULT false,
        deadline_provisional boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX work_order_upstream_no_uq ON work_order (street_code, upstream_no) WHERE upstream_no IS NOT NULL`);
    await q.query(`CREATE INDEX work_order_street_status ON work_order (street_code, status)`);
    await q.query(`CREATE INDEX work_order_street_received ON work_order (street_code, received_at DESC)`);
    await q.query(`CREATE INDEX work_order_lead_unit ON work_order (lead_unit_id)`);
    await q.query(`CREATE INDEX work_order_units ON work_order USING gin (co_unit_ids, former_unit_ids)`);
    await q.query(`CREATE INDEX work_order_phone_hash ON work_order (citizen_phone_hash)`);
    await q.query(`CREATE INDEX work_order_content_trgm ON work_order USING gin (content gin_trgm_ops)`);
    await q.query(`CREATE INDEX work_order_address_trgm ON work_order USING gin (address gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE order_event (
        id bigserial PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES work_order(id),
        street_code varchar(12) NOT NULL,
        action varchar(32) NOT NULL,
        actor_id uuid,
        actor_role varchar(16) NOT NULL,
        actor_unit_id uuid,
        at timestamptz NOT NULL,
        from_status varchar(20),
        to_status varchar(20) NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX order_event_order ON order_event (order_id, id)`);
    await q.query(`CREATE INDEX order_event_street_at ON order_event (street_code, at)`);
    // The timeline is history: like the audit trail, it is never rewritten.
    await q.query(`
      CREATE FUNCTION order_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'order_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER order_event_no_update_delete BEFORE UPDATE OR DELETE ON order_event
      FOR EACH ROW EXECUTE FUNCTION order_event_refuse_change()`);

    await q.query(`
      CREATE TABLE order_clock (
        order_id uuid NOT NULL REFERENCES work_order(id),
        kind varchar(16) NOT NULL,
        street_code varchar(12) NOT NULL,
        started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        warn_at timestamptz NOT NULL,
        provisional boolean NOT NULL DEFAULT false,
        stopped_at timestamptz,
        outcome varchar(16),
        warned_at timestamptz,
        overdue_at timestamptz,
        generation integer NOT NULL DEFAULT 1,
        PRIMARY KEY (order_id, kind)
      )`);
    await q.query(`CREATE INDEX order_clock_running ON order_clock (street_code, due_at) WHERE stopped_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS order_clock`);
    await q.query(`DROP TABLE IF EXISTS order_event`);
    await q.query(`DROP FUNCTION IF EXISTS order_event_refuse_change()`);
    await q.query(`DROP TABLE IF EXISTS work_order`);
  }
}
