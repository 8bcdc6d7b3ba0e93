import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox for effects outside the desk (platform sync, SMS) and per-unit counters.
 *
 * `outbox_message` is written in the same transaction as the action that causes it (approve → the reply goes
 * upstream, request_return and extension requests past the platform's limit → the platform, an approved extension
 * → an SMS to the citizen, Art. 15) and delivered afterwards by the `outbox-deliver` job. `round` numbers the
 * job that delivers it (a supervisor's retry starts a new round, so a new job id); `claimed_until` is the lease a
 * delivery holds while it talks to the outside system. The citizen's phone is never stored here: the SMS sender
 * decrypts it from the order at send time.
 *
 * `order_unit_counter` holds rework (reject, reopen — DESIGN §3) and urges per order, unit and business day
 * (Asia/Shanghai), so statistics read one place. `unit_id` is null for the desk itself (a reply it answered).
 */
export class Outbox1764979200000 implements MigrationInterface {
  name = 'Outbox1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        order_id uuid NOT NULL REFERENCES work_order(id),
        kind varchar(16) NOT NULL CHECK (kind IN ('platform', 'sms')),
        topic varchar(32) NOT NULL CHECK (topic IN ('reply', 'return_request', 'extension_request', 'extension_notice')),
        payload jsonb NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('pending', 'failed', 'delivered', 'manual', 'exported', 'done')),
        round integer NOT NULL DEFAULT 1,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        last_attempt_at timestamptz,
        next_attempt_at timestamptz,
        claimed_until timestamptz,
        delivered_at timestamptz,
        exported_at timestamptz,
        exported_by uuid REFERENCES app_user(id),
        done_at timestamptz,
        done_by uuid REFERENCES app_user(id),
        done_note text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX outbox_message_order ON outbox_message (order_id, created_at)`);
    await q.query(`CREATE INDEX outbox_message_list ON outbox_message (street_code, created_at DESC)`);
    await q.query(`CREATE INDEX outbox_message_open ON outbox_message (updated_at) WHERE status IN ('pending', 'failed', 'manual')`);
    await q.query(`CREATE INDEX outbox_message_replies ON outbox_message (street_code, created_at) WHERE topic = 'reply'`);

    await q.query(`
      CREATE TABLE order_unit_counter (
        order_id uuid NOT NULL REFERENCES work_order(id),
        unit_id uuid REFERENCES unit(id),
        day date NOT NULL,
        street_code varchar(12) NOT NULL REFERENCES street(code),
        rework_count integer NOT NULL DEFAULT 0 CHECK (rework_count >= 0),
        urge_count integer NOT NULL DEFAULT 0 CHECK (urge_count >= 0),
        CONSTRAINT order_unit_counter_key UNIQUE NULLS NOT DISTINCT (order_id, unit_id, day)
      )`);
    await q.query(`CREATE INDEX order_unit_counter_unit ON order_unit_counter (street_code, day, unit_id)`);

    // History: counters from the timeline. A rejection names its unit; an urge or a reopen belongs to the lead unit
    // of the latest dispatch before it (none once the order was released or answered by the desk).
    await q.query(`
      INSERT INTO order_unit_counter (order_id, unit_id, day, street_code, rework_count, urge_count)
      SELECT e.order_id, lead.unit_id, (e.at AT TIME ZONE 'Asia/Shanghai')::date, e.street_code,
             count(*) FILTER (WHERE e.action IN ('reject', 'reopen')), count(*) FILTER (WHERE e.action = 'urge')
        FROM order_event e
        CROSS JOIN LATERAL (
          SELECT CASE WHEN e.action = 'reject' THEN nullif(e.payload->>'unitId', '')::uuid
                      ELSE (SELECT CASE WHEN p.action IN ('dispatch', 'redispatch') THEN nullif(p.payload->'leadUnit'->>'id', '')::uuid END
                              FROM order_event p
                             WHERE p.order_id = e.order_id AND p.id < e.id
                               AND p.action IN ('dispatch', 'redispatch', 'unit_return', 'request_return', 'answer')
                             ORDER BY p.id DESC LIMIT 1)
                 END AS unit_id
        ) lead
       WHERE e.action IN ('reject', 'reopen', 'urge')
       GROUP BY 1, 2, 3, 4`);

    // History: replies approved before the outbox reached the platform only through the export file, which listed
    // every closed order; they count as exported, so configuring the platform link later never re-sends them.
    await q.query(`
      INSERT INTO outbox_message (street_code, order_id, kind, topic, payload, status, exported_at, created_at, updated_at)
      SELECT o.street_code, o.id, 'platform', 'reply',
             jsonb_build_object(
               'upstreamNo', o.upstream_no, 'closedAt', o.closed_at, 'unitId', o.lead_unit_id, 'unitName', u.name,
               'result', o.reply->'result', 'content', coalesce(o.reply->'content', '""'::jsonb),
               'contacted', o.reply->'contacted', 'contactedAt', o.reply->'contactedAt', 'contactMethod', o.reply->'contactMethod',
               'legacy', true),
             'exported', o.closed_at, o.closed_at, o.closed_at
        FROM work_order o LEFT JOIN unit u ON u.id = o.lead_unit_id
       WHERE o.status IN ('closed', 'visited') AND o.upstream_no IS NOT NULL AND o.closed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS order_unit_counter`);
    await q.query(`DROP TABLE IF EXISTS outbox_message`);
  }
}
