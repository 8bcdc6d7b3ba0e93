import type { DataSource, EntityManager } from 'typeorm';
import { withIndexesDeferred } from '../libs/platform/database/src/deferred-indexes.js';

/**
 * A street-scale-times-many dataset for the statistics benchmark, generated set-based in PostgreSQL: `orders` orders
 * spread evenly over the 730 days before 2026-12-01 (Beijing), 20 communities, 30 units, 45 categories, with their
 * timelines (create, sign, dispatch, reply, approve, callback events) and clocks. Deterministic: every choice is a
 * hash of the order's number. The statistics triggers are off during the load; the facts are built afterwards. The
 * order tables' indexes are built once after the load (all but work_order's primary key, which the timeline's and
 * clocks' foreign keys look up), exactly as the migrations define them.
 */
export const BENCH_STREET = '000000001';
export const DATASET_END = '2026-12-01T00:00:00+08:00';

const CATEGORIES = ['城乡建设', '交通管理', '公共服务', '市场监管', '社会保障']
  .flatMap((l1) => ['一', '二', '三'].flatMap((l2) => ['甲', '乙', '丙'].map((l3) => `${l1}/${l1}${l2}类/${l1}${l2}${l3}项`)));

export async function loadStatsDataset(ds: DataSource, orders: number): Promise<void> {
  await ds.query(`INSERT INTO street (code, name, district, city) VALUES ($1, '基准街道', '基准区', '北京市')`, [BENCH_STREET]);
  await ds.query(`INSERT INTO community (street_code, code, name) SELECT $1, lpad(g::text, 3, '0'), '社区' || g FROM generate_series(1, 20) g`, [BENCH_STREET]);
  await ds.query(`INSERT INTO unit (street_code, code, name, kind) SELECT $1, 'U' || g, '单位' || g, 'office' FROM generate_series(1, 30) g`, [BENCH_STREET]);
  for (const table of ['work_order', 'order_event', 'order_clock']) await ds.query(`ALTER TABLE ${table} DISABLE TRIGGER ${table}_stats_dirty`);

  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    // The generated timeline and clocks point at the orders generated with them: checking each row's foreign key
    // (9,000,000 lookups at a million orders) is skipped where the bench's role may (a superuser, as here).
    await runner.query('SET session_replication_role = replica').catch(() => undefined);
    await withIndexesDeferred(runner.manager, ['work_order', 'order_event', 'order_clock'], ['work_order_pkey'], () => loadOrders(runner.manager, orders));
  } finally {
    await runner.query('RESET session_replication_role').catch(() => undefined);
    await runner.release();
  }
  for (const table of ['work_order', 'order_event', 'order_clock']) await ds.query(`ALTER TABLE ${table} ENABLE TRIGGER ${table}_stats_dirty`);
  await ds.query('ANALYZE');
}

async function loadOrders(ds: EntityManager, orders: number): Promise<void> {
  // h(i, salt): a deterministic pseudo-random number 0 … 9999 per order and purpose.
  await ds.query(`CREATE OR REPLACE FUNCTION bench_h(i bigint, salt int) RETURNS int LANGUAGE sql IMMUTABLE AS
    $$ SELECT (abs(hashint8(i * 31 + salt)) % 10000)::int $$`);
  await ds.query(
    `INSERT INTO work_order (street_code, channel, received_at, address, community_id, type, urgency, category_path, content,
                             citizen_phone_hash, assessment, status, lead_unit_id, rework_count, urge_count, overdue,
                             closed_at, created_at, updated_at)
     SELECT $1,
            (ARRAY['hotline','hotline','hotline','web','app','proactive'])[1 + bench_h(g, 1) % 6],
            received, '太平街' || (bench_h(g, 2) % 300) || '号院' || (bench_h(g, 3) % 8) || '号楼',
            c.ids[1 + bench_h(g, 4) % 20],
            (ARRAY['complaint','complaint','help','consult','report','suggestion','praise'])[1 + bench_h(g, 5) % 7],
            'normal', ($2::text[])[1 + bench_h(g, 6) % cardinality($2::text[])], '基准工单内容',
            lpad(md5((bench_h(g, 7) * 37 + g % 97)::text), 64, '0'),
            CASE WHEN bench_h(g, 8) < 300 THEN 'response_only' WHEN bench_h(g, 8) < 500 THEN 'excluded' ELSE 'full' END,
            st.status,
            CASE WHEN st.status IN ('new', 'signed') THEN NULL ELSE u.ids[1 + bench_h(g, 9) % 30] END,
            CASE WHEN bench_h(g, 10) < 600 THEN 1 ELSE 0 END, CASE WHEN bench_h(g, 11) < 800 THEN 1 ELSE 0 END,
            st.status = 'dispatched' AND bench_h(g, 12) < 2000,
            CASE WHEN st.status IN ('closed', 'visited') THEN received + interval '3 days' END, received, received
       FROM generate_series(1, $3::int) g
      CROSS JOIN (SELECT array_agg(id ORDER BY code) AS ids FROM community WHERE street_code = $1) c
      CROSS JOIN (SELECT array_agg(id ORDER BY code) AS ids FROM unit WHERE street_code = $1) u
      CROSS JOIN LATERAL (SELECT $4::timestamptz - (730 * (g::float8 / $3)) * interval '1 day' + (bench_h(g, 13) % 600) * interval '1 second' AS received) r
      CROSS JOIN LATERAL (SELECT CASE
             WHEN received > $4::timestamptz - interval '2 days' AND bench_h(g, 14) < 3000 THEN 'new'
             WHEN received > $4::timestamptz - interval '5 days' AND bench_h(g, 14) < 6000 THEN 'dispatched'
             WHEN bench_h(g, 14) < 200 THEN 'returned'
             WHEN bench_h(g, 14) < 8500 THEN 'visited' ELSE 'closed' END AS status) st`,
    [BENCH_STREET, CATEGORIES, orders, DATASET_END],
  );
  // The timeline: each step an event, as the lifecycle would have written it.
  await ds.query(
    `INSERT INTO order_event (order_id, street_code, action, actor_role, at, from_status, to_status, payload)
     SELECT o.id, o.street_code, s.action, 'system', o.received_at + s.after, s.from_status, s.to_status, s.payload
       FROM work_order o
      CROSS JOIN LATERAL (SELECT abs(hashtext(o.id::text)) AS h) x
      CROSS JOIN LATERAL (VALUES
        ('create', interval '0', NULL, 'new', '{}'::jsonb, true),
        ('sign', interval '10 minutes', 'new', 'signed', '{}'::jsonb, o.status <> 'new'),
        ('dispatch', interval '30 minutes', 'signed', 'dispatched', jsonb_build_object('leadUnitId', o.lead_unit_id), o.lead_unit_id IS NOT NULL),
        ('reply', interval '2 days', 'dispatched', 'replied', jsonb_build_object('unitId', o.lead_unit_id), o.status IN ('closed', 'visited')),
        ('approve', interval '2 days 3 hours', 'replied', 'closed', '{}'::jsonb, o.status IN ('closed', 'visited')),
        ('callback', interval '3 days', 'closed', 'visited', jsonb_build_object(
            'valid', x.h % 100 < 95, 'contacted', x.h % 37 < 36, 'solved', x.h % 7 < 6,
            'satisfaction', (ARRAY['satisfied','satisfied','satisfied','basically','dissatisfied'])[1 + x.h % 5],
            'unitId', o.lead_unit_id), o.status = 'visited')
      ) s(action, after, from_status, to_status, payload, happened)
      WHERE s.happened AND o.street_code = $1`,
    [BENCH_STREET],
  );
  await ds.query(
    `INSERT INTO order_clock (order_id, kind, street_code, started_at, due_at, warn_at, stopped_at, outcome, late)
     SELECT o.id, k.kind, o.street_code, o.received_at + k.start_after, o.received_at + k.start_after + k.limit_, o.received_at + k.start_after + k.limit_ * 0.75,
            CASE WHEN k.stopped THEN o.received_at + k.start_after + k.took END,
            CASE WHEN k.stopped THEN 'done' END,
            CASE WHEN k.stopped THEN k.took > k.limit_ END
       FROM work_order o
      CROSS JOIN LATERAL (SELECT abs(hashtext(o.id::text || 'c')) AS h) x
      CROSS JOIN LATERAL (VALUES
        ('sign', interval '0', interval '30 minutes', (x.h % 45) * interval '1 minute', o.status <> 'new', true),
        ('contact', interval '30 minutes', interval '24 hours', (x.h % 30) * interval '1 hour', o.status NOT IN ('new', 'signed', 'dispatched'), o.lead_unit_id IS NOT NULL),
        ('unitReply', interval '30 minutes', interval '5 days', (x.h % 150) * interval '1 hour', o.status IN ('closed', 'visited'), o.lead_unit_id IS NOT NULL),
        ('review', interval '2 days', interval '1 day', (x.h % 30) * interval '1 hour', o.status IN ('closed', 'visited'), o.status IN ('closed', 'visited'))
      ) k(kind, start_after, limit_, took, stopped, exists_)
      WHERE k.exists_ AND o.street_code = $1`,
    [BENCH_STREET],
  );
}
