import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation: tenants (street) and reference data, users and sessions, the append-only audit trail, the realtime
 * event log. Every business table carries street_code from day one (DESIGN §12).
 */
export class Foundation1764201600000 implements MigrationInterface {
  name = 'Foundation1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE street (
        code varchar(12) PRIMARY KEY,
        name text NOT NULL,
        district text NOT NULL,
        city text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE community (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        code varchar(16) NOT NULL,
        name text NOT NULL,
        gazetteer text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        UNIQUE (street_code, code)
      )`);
    await q.query(`
      CREATE TABLE unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        code varchar(32) NOT NULL,
        name text NOT NULL,
        kind varchar(24) NOT NULL,
        community_id uuid REFERENCES community(id),
        active boolean NOT NULL DEFAULT true,
        UNIQUE (street_code, code)
      )`);
    await q.query(`
      CREATE TABLE category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        path text NOT NULL,
        name text NOT NULL,
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
        parent_path text,
        position integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        UNIQUE (street_code, path)
      )`);
    await q.query(`
      CREATE TABLE routing_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        category_prefix text NOT NULL,
        unit_code varchar(32) NOT NULL,
        co_unit_codes text[] NOT NULL DEFAULT '{}',
        UNIQUE (street_code, category_prefix)
      )`);
    await q.query(`
      CREATE TABLE community_duty_category (
        street_code varchar(12) NOT NULL REFERENCES street(code),
        category_prefix text NOT NULL,
        PRIMARY KEY (street_code, category_prefix)
      )`);
    await q.query(`
      CREATE TABLE keyword_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        category_path text NOT NULL,
        keywords text[] NOT NULL,
        position integer NOT NULL DEFAULT 0,
        UNIQUE (street_code, category_path)
      )`);
    await q.query(`
      CREATE TABLE screening_phrase (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        kind varchar(16) NOT NULL CHECK (kind IN ('evasive', 'prohibited')),
        phrase text NOT NULL,
        UNIQUE (street_code, kind, phrase)
      )`);
    await q.query(`
      CREATE TABLE service_contract (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        title text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        document jsonb NOT NULL,
        UNIQUE (street_code, period_start)
      )`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        username varchar(64) NOT NULL,
        display_name text NOT NULL,
        role varchar(16) NOT NULL CHECK (role IN ('operator','supervisor','reviewer','unit','leader','admin')),
        unit_id uuid REFERENCES unit(id),
        password_hash text NOT NULL,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        active boolean NOT NULL DEFAULT true,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (role <> 'unit' OR unit_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username))`);
    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        username varchar(64) NOT NULL,
        user_id uuid REFERENCES app_user(id),
        at timestamptz NOT NULL,
        success boolean NOT NULL,
        ip text
      )`);
    await q.query(`CREATE INDEX login_attempt_user_at ON login_attempt (lower(username), at DESC)`);
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        last_refreshed_at timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason varchar(32),
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX auth_session_user ON auth_session (user_id)`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_session(id),
        token_hash char(64) NOT NULL UNIQUE,
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_token_session ON refresh_token (session_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        street_code varchar(12) NOT NULL,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_name text NOT NULL,
        actor_role varchar(16) NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        request_id text,
        ip text,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_log_street_id ON audit_log (street_code, id)`);
    await q.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)`);
    // Append-only, enforced by the database itself: application bugs and ad-hoc SQL cannot rewrite history.
    await q.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);

    await q.query(`
      CREATE TABLE desk_event (
        id bigserial PRIMARY KEY,
        street_code varchar(12) NOT NULL,
        at timestamptz NOT NULL,
        name varchar(64) NOT NULL,
        rooms text[] NOT NULL,
        payload jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX desk_event_street_id ON desk_event (street_code, id)`);

    await q.query(`
      CREATE TABLE audit_verification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requested_by uuid REFERENCES app_user(id),
        requested_at timestamptz NOT NULL,
        finished_at timestamptz,
        ok boolean,
        result jsonb
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_verification', 'desk_event', 'audit_log', 'refresh_token', 'auth_session', 'login_attempt', 'app_user',
      'service_contract', 'screening_phrase', 'keyword_rule', 'community_duty_category', 'routing_rule', 'category',
      'unit', 'community', 'street',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_log_refuse_change()`);
  }
}
