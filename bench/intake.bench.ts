/**
 * Manual intake through the running desk at city scale (issue 14 targets 1 and 2): `POST /api/orders` at
 * concurrency 8 against the built api and worker on their own database, with classification, the duplicate check,
 * clocks, timeline, audit and the realtime event all done. Figures: orders/s, p50/p99, CPU per order (api + worker +
 * the PostgreSQL backends serving this database), delayed jobs left in Redis per order. Baseline, same run, same
 * server: raw single-row INSERTs through `pg` at the same concurrency. Measured twice: with 2,500 and with 250,000
 * orders in the last 30 days (the rest cloned in SQL from API-made orders), to show whether cost stays flat; the
 * duplicate finder's plan is printed for both.
 *
 *   npm run build && npx tsx bench/intake.bench.ts
 *   BENCH_INTAKE_ORDERS (default 1,500 per measurement), BENCH_INTAKE_LARGE (default 250,000)
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { Redis } from 'ioredis';
import { freePort } from '../test/support/free-port.js';
import type { BenchResult } from './bench-result.js';
import { backendsCpuSince, cpuSeconds, databaseBackendsCpu, freshDatabase, login, onLanes, quantile, startDesk } from './support/desk-server.js';
import { intakeBodies } from './support/intake-bodies.js';

const DB = 'hotline_desk_bench_intake';
const ORDERS = Number(process.env.BENCH_INTAKE_ORDERS ?? 1_500);
const SMALL = 2_500;
const LARGE = Number(process.env.BENCH_INTAKE_LARGE ?? 250_000);
const CONCURRENCY = 8;

interface IntakeFigures {
  ordersPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerOrder: number;
  apiCpuMs: number;
  workerCpuMs: number;
  pgCpuMs: number;
  failed: number;
  serialMedianMs: number;
}

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = await freshDatabase(DB);
  const queuePrefix = 'hdbench-intake-' + Date.now();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = await startDesk('api', { databaseUrl, port, queuePrefix, seed: true });
  const worker = await startDesk('worker', { databaseUrl, queuePrefix, seed: false });
  const db = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY });
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    const token = await login(base, 'operator');
    let sent = 0;
    const body = intakeBodies(1_000_000, '139', () => new Date());
    const intake = async (): Promise<boolean> => {
      const res = await fetch(`${base}/api/orders`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body(sent++)),
      });
      await res.arrayBuffer();
      return res.status === 201;
    };

    // Warm-up: JIT, pools, caches; and the templates the SQL clones from.
    await onLanes(300, CONCURRENCY, async () => void (await intake()));
    const baseline = await rawInserts(db);

    await cloneOrders(db, SMALL);
    const small = await measure(intake, { apiPid: api.pid, workerPid: worker.pid });
    const smallPlan = await duplicatePlan(db);
    const jobsPerOrder = (await delayedJobs(redis, queuePrefix)) / (await orderCount(db));

    await cloneOrders(db, LARGE);
    const large = await measure(intake, { apiPid: api.pid, workerPid: worker.pid });
    const largePlan = await duplicatePlan(db);

    const ratio = small.ordersPerSecond / baseline.rowsPerSecond;
    const growth = small.ordersPerSecond / large.ordersPerSecond - 1;
    console.log(`duplicate finder with ${SMALL} orders:\n${smallPlan}\nwith ${LARGE} orders:\n${largePlan}`);
    const baselineText = `${Math.round(baseline.rowsPerSecond)} rows/s raw INSERT, c=${CONCURRENCY}`;
    return [
      {
        name: `manual intake POST /api/orders, c=${CONCURRENCY}, ${ORDERS} orders, ${SMALL} orders in the last 30 days`,
        metrics: { ...round(small), delayedJobsPerOrder: +jobsPerOrder.toFixed(2) },
        baseline: { name: `raw single-row INSERTs through pg, c=${CONCURRENCY}`, metrics: round(baseline) },
        ratio,
        headline: {
          figure: `intake c=${CONCURRENCY} (2.5k orders in 30 d)`,
          value: `${Math.round(small.ordersPerSecond)} orders/s, p99 ${Math.round(small.p99)} ms, ${small.cpuMsPerOrder.toFixed(1)} ms CPU/order`,
          baseline: baselineText,
          ratio: `${ratio.toFixed(3)}×`,
          target: '≥ 0.2×, p99 < 100 ms, ≤ 3 ms CPU/order',
          met: ratio >= 0.2 && small.p99 < 100 && small.cpuMsPerOrder <= 3,
        },
      },
      {
        name: `manual intake, c=${CONCURRENCY}, ${ORDERS} orders, ${LARGE} orders in the last 30 days`,
        metrics: round(large),
        baseline: { name: `the same with ${SMALL} orders`, metrics: round(small) },
        ratio: large.ordersPerSecond / small.ordersPerSecond,
        headline: {
          figure: `intake with ${LARGE / 1000}k vs 2.5k orders in 30 d`,
          value: `${Math.round(large.ordersPerSecond)} orders/s, serial median ${large.serialMedianMs.toFixed(1)} ms`,
          baseline: `${Math.round(small.ordersPerSecond)} orders/s, serial median ${small.serialMedianMs.toFixed(1)} ms`,
          ratio: growth >= 0 ? `${(growth * 100).toFixed(0)}% slower` : `${(-growth * 100).toFixed(0)}% faster`,
          target: 'differs by < 20%',
          met: Math.abs(growth) < 0.2,
        },
      },
    ];
  } finally {
    await db.end();
    redis.disconnect();
    await api.stop();
    await worker.stop();
  }
}

async function measure(intake: () => Promise<boolean>, pids: { apiPid: number; workerPid: number }): Promise<IntakeFigures> {
  // Serial first: the latency of one order when nothing else waits (the duplicate check's cost shows here).
  const serial = await onLanes(200, 1, async () => void (await intake()));
  const before = { api: cpuSeconds(pids.apiPid), worker: cpuSeconds(pids.workerPid), pg: databaseBackendsCpu(DB) };
  let failed = 0;
  const start = performance.now();
  const latencies = await onLanes(ORDERS, CONCURRENCY, async () => {
    if (!(await intake())) failed++;
  });
  const seconds = (performance.now() - start) / 1000;
  const perOrder = (s: number) => (s * 1000) / ORDERS;
  const apiCpuMs = perOrder(cpuSeconds(pids.apiPid) - before.api);
  const workerCpuMs = perOrder(cpuSeconds(pids.workerPid) - before.worker);
  const pgCpuMs = perOrder(backendsCpuSince(before.pg, DB));
  return {
    ordersPerSecond: ORDERS / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99),
    cpuMsPerOrder: apiCpuMs + workerCpuMs + pgCpuMs, apiCpuMs, workerCpuMs, pgCpuMs, failed, serialMedianMs: quantile(serial, 0.5),
  };
}

async function rawInserts(db: pg.Pool): Promise<{ rowsPerSecond: number; p50: number; p99: number }> {
  await db.query('CREATE TABLE IF NOT EXISTS bench_raw_order (id bigserial PRIMARY KEY, address text, content text, received_at timestamptz)');
  const count = 4_000;
  const start = performance.now();
  const latencies = await onLanes(count, CONCURRENCY, async (i) => {
    await db.query('INSERT INTO bench_raw_order (address, content, received_at) VALUES ($1, $2, now())', [`黑窑厂街${i}号院`, '楼道堆物，希望尽快处理']);
  });
  return { rowsPerSecond: count / ((performance.now() - start) / 1000), p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

/**
 * Grows the street's recent orders to `total` by cloning the API-made ones in SQL: same roads, contents and
 * categories, the courtyard number drawn from the same 1–80 the bench's intakes use (so duplicate searches meet the
 * neighbours such data would give them), each with its own caller and a receipt time spread over the last 30 days.
 */
async function cloneOrders(db: pg.Pool, total: number): Promise<void> {
  const missing = total - (await orderCount(db));
  if (missing <= 0) return;
  const columns = ((await db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_name = 'work_order'
       AND column_name NOT IN ('id', 'upstream_no', 'local_no', 'citizen_phone_hash', 'received_at', 'address', 'place_key')
       AND is_generated = 'NEVER' ORDER BY ordinal_position`,
  )).rows as { column_name: string }[]).map((r) => `"${r.column_name}"`);
  const cols = columns.join(', ');
  const started = performance.now();
  const first = Number((await db.query(`SELECT count(*) FROM work_order WHERE upstream_no LIKE 'CLONE%'`)).rows[0].count);
  for (let done = 0; done < missing; done += 25_000) {
    const n = Math.min(25_000, missing - done);
    await db.query(
      `INSERT INTO work_order (${cols}, upstream_no, citizen_phone_hash, received_at, address, place_key)
       WITH t AS (SELECT row_number() OVER () - 1 AS k, * FROM (SELECT * FROM work_order WHERE upstream_no IS NULL LIMIT 300) s),
            n AS (SELECT count(*) AS n FROM t)
       SELECT ${columns.map((c) => `t.${c}`).join(', ')}, 'CLONE' || g, encode(sha256(('clone' || g)::bytea), 'hex'),
              now() - random() * interval '30 days',
              regexp_replace(t.address, '\\d+号院', (1 + g % 80) || '号院'), regexp_replace(t.place_key, '#\\d+$', '#' || (1 + g % 80))
         FROM generate_series($1::int, $2::int) g CROSS JOIN n JOIN t ON t.k = g % n.n`,
      [first + done + 1, first + done + n],
    );
  }
  // A loaded fixture, not new business: the statistics refresher would otherwise spend the measured minute building
  // facts for the clones (worker and PostgreSQL CPU per order 3× in that run), and autovacuum would visit the fresh
  // rows then too. Both are one-off costs of the bulk load, not of an intake as data grows.
  await db.query(`DELETE FROM stats_dirty_order d USING work_order o WHERE o.id = d.order_id AND o.upstream_no LIKE 'CLONE%'`);
  await db.query('VACUUM (ANALYZE) work_order');
  console.log(`  cloned ${missing} orders in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function orderCount(db: pg.Pool): Promise<number> {
  return Number((await db.query('SELECT count(*) FROM work_order')).rows[0].count);
}

/** EXPLAIN ANALYZE of the finder's query for the newest order, as the desk runs it. */
async function duplicatePlan(db: pg.Pool): Promise<string> {
  const { DuplicateFinder } = await import('../libs/intake/src/duplicates/duplicate-finder.js');
  const [order] = (await db.query(`SELECT * FROM work_order WHERE upstream_no IS NULL ORDER BY created_at DESC LIMIT 1`)).rows;
  const client = await db.connect();
  try {
    const lines: string[] = [];
    const manager = {
      query: async (sql: string, params: unknown[]) => {
        if (/FROM work_order o/.test(sql)) {
          const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
          lines.push(...plan.rows.map((r: Record<string, string>) => '    ' + r['QUERY PLAN']));
        }
        return (await client.query(sql, params)).rows;
      },
    };
    const trigrams = { inDatabase: async () => true };
    await new DuplicateFinder(trigrams as never).candidatesFor(manager as never, order);
    return lines.join('\n');
  } finally {
    client.release();
  }
}

async function delayedJobs(redis: Redis, prefix: string): Promise<number> {
  let total = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*:delayed`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) total += await redis.zcard(key);
  } while (cursor !== '0');
  return total;
}

function round<T extends object>(figures: T): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, +Number(v).toFixed(2)]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(JSON.stringify(r, null, 2));
}
