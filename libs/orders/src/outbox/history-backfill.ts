import type { EntityManager } from 'typeorm';

/**
 * For orders whose history was written without the actions' effects (the demo orders, replayed in bulk by the
 * seeder): the per-unit counters from their timelines, and their approved replies as already exported. Migration
 * Outbox1764979200000 did the same once for the history that existed then.
 */
export async function backfillOutboxHistory(m: EntityManager, streetCode: string): Promise<void> {
  // A rejection names its unit; an urge or a reopen belongs to the lead unit of the latest dispatch before it.
  await m.query(
    `INSERT INTO order_unit_counter (order_id, unit_id, day, street_code, rework_count, urge_count)
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
      WHERE e.street_code = $1 AND e.action IN ('reject', 'reopen', 'urge')
        AND NOT EXISTS (SELECT 1 FROM order_unit_counter c WHERE c.order_id = e.order_id)
      GROUP BY 1, 2, 3, 4`,
    [streetCode],
  );
  // Replayed history never reaches the platform: its replies count as handed over already.
  await m.query(
    `INSERT INTO outbox_message (street_code, order_id, kind, topic, payload, status, exported_at, created_at, updated_at)
     SELECT o.street_code, o.id, 'platform', 'reply',
            jsonb_build_object(
              'upstreamNo', o.upstream_no, 'closedAt', o.closed_at, 'unitId', o.lead_unit_id, 'unitName', u.name,
              'result', o.reply->'result', 'content', coalesce(o.reply->'content', '""'::jsonb),
              'contacted', o.reply->'contacted', 'contactedAt', o.reply->'contactedAt', 'contactMethod', o.reply->'contactMethod',
              'legacy', true),
            'exported', o.closed_at, o.closed_at, o.closed_at
       FROM work_order o LEFT JOIN unit u ON u.id = o.lead_unit_id
      WHERE o.street_code = $1 AND o.status IN ('closed', 'visited') AND o.upstream_no IS NOT NULL AND o.closed_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM outbox_message x WHERE x.order_id = o.id AND x.topic = 'reply')`,
    [streetCode],
  );
}
