/**
 * Full order rounds through the running desk (issue 14 target 4): intake → sign → dispatch → acknowledge → contact
 * → reply → approve → callback, each step an HTTP call by the role that does it, on 8 lanes at once, against the
 * built api and worker on their own database. Baseline, same run, same server: the floor of the same round in raw
 * SQL through `pg` on 8 lanes — one INSERT for the order, then per step a transaction of one UPDATE of the order's
 * row and one INSERT of its timeline entry, the least any desk must persist.
 *
 *   npm run build && npx tsx bench/lifecycle.bench.ts       (BENCH_LIFECYCLE_ROUNDS, default 240)
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { freePort } from '../test/support/free-port.js';
import type { BenchResult } from './bench-result.js';
import { backendsCpuSince, cpuSeconds, databaseBackendsCpu, freshDatabase, login, onLanes, quantile, startDesk } from './support/desk-server.js';
import { intakeBodies } from './support/intake-bodies.js';

const DB = 'hotline_desk_bench_lifecycle';
const ROUNDS = Number(process.env.BENCH_LIFECYCLE_ROUNDS ?? 240);
const CONCURRENCY = 8;
const STEPS = ['sign', 'dispatch', 'acknowledge', 'contact', 'reply', 'approve', 'callback'] as const;

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = await freshDatabase(DB);
  const queuePrefix = 'hdbench-life-' + Date.now();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = await startDesk('api', { databaseUrl, port, queuePrefix, seed: true });
  const worker = await startDesk('worker', { databaseUrl, queuePrefix, seed: false });
  const db = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY });
  try {
    const tokens: Record<string, string> = {};
    for (const user of ['operator', 'supervisor', 'unit.cgb', 'reviewer']) tokens[user] = await login(base, user);
    const [cgb] = (await db.query(`SELECT id FROM unit WHERE code = 'CGB'`)).rows as { id: string }[];
    const body = intakeBodies(1_000_000, '138', () => new Date());
    const post = async (user: string, path: string, payload: Record<string, unknown>) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST', headers: { authorization: `Bearer ${tokens[user]}`, 'content-type': 'application/json' }, body: JSON.stringify(payload),
      });
      const json = (await res.json()) as Record<string, unknown>;
      if (res.status >= 300) throw new Error(`${path} as ${user} → ${res.status} ${JSON.stringify(json)}`);
      return json;
    };
    const steps: Record<(typeof STEPS)[number], [string, () => Record<string, unknown>]> = {
      sign: ['supervisor', () => ({})],
      dispatch: ['supervisor', () => ({ leadUnitId: cgb!.id })],
      acknowledge: ['unit.cgb', () => ({})],
      contact: ['unit.cgb', () => ({ contactedAt: new Date().toISOString(), method: 'phone', contactedBy: '王师傅', summary: '已电话联系诉求人，约定明日上门查看' })],
      reply: ['unit.cgb', () => ({ content: '已联系物业公司清理楼道，并要求每日保洁。', contacted: true, contactedAt: new Date().toISOString(), contactMethod: 'phone', result: 'solved' })],
      approve: ['reviewer', () => ({ checklist: REVIEW_CHECKLIST.map((item) => ({ item, verdict: 'pass' })) })],
      callback: ['reviewer', () => ({ contacted: true, solved: true, satisfaction: 'satisfied', valid: true })],
    };
    let n = 0;
    const round = async () => {
      const created = await post('operator', '/api/orders', body(n++));
      let version = created.version as number;
      for (const step of STEPS) {
        const [user, payload] = steps[step];
        const answer = await post(user, `/api/orders/${created.id}/actions/${step}`, { version, ...payload() });
        version = answer.version as number;
      }
    };
    await onLanes(16, CONCURRENCY, round); // warm-up
    const baseline = await rawRounds(db);
    const before = { api: cpuSeconds(api.pid), worker: cpuSeconds(worker.pid), pg: databaseBackendsCpu(DB) };
    const start = performance.now();
    const latencies = await onLanes(ROUNDS, CONCURRENCY, round);
    const seconds = (performance.now() - start) / 1000;
    const cpuMs = (cpuSeconds(api.pid) - before.api + cpuSeconds(worker.pid) - before.worker + backendsCpuSince(before.pg, DB)) * 1000;
    const roundsPerSecond = ROUNDS / seconds;
    const ratio = roundsPerSecond / baseline.roundsPerSecond;
    return [{
      name: `order lifecycle rounds (intake + ${STEPS.length} actions) through the API, c=${CONCURRENCY}, ${ROUNDS} rounds`,
      metrics: {
        roundsPerSecond: +roundsPerSecond.toFixed(2), requestsPerSecond: +(roundsPerSecond * (STEPS.length + 1)).toFixed(1),
        roundP50Ms: Math.round(quantile(latencies, 0.5)), roundP99Ms: Math.round(quantile(latencies, 0.99)), cpuMsPerRound: +(cpuMs / ROUNDS).toFixed(1),
      },
      baseline: { name: `raw SQL round: 1 INSERT + ${STEPS.length} × (UPDATE + INSERT) transactions, c=${CONCURRENCY}`, metrics: { roundsPerSecond: +baseline.roundsPerSecond.toFixed(1) } },
      ratio,
      headline: {
        figure: `lifecycle rounds c=${CONCURRENCY} (${STEPS.length + 1} requests each)`,
        value: `${roundsPerSecond.toFixed(1)} rounds/s, ${(cpuMs / ROUNDS).toFixed(0)} ms CPU/round`,
        baseline: `${baseline.roundsPerSecond.toFixed(0)} raw rounds/s`,
        ratio: `${ratio.toFixed(3)}×`,
        target: 'measured against the raw floor (no target set)',
        met: null,
      },
    }];
  } finally {
    await db.end();
    await api.stop();
    await worker.stop();
  }
}

/** The review checklist's items (DESIGN §6), as the reviewer ticks them. */
const REVIEW_CHECKLIST = (await import('../libs/orders/src/domain/review-checklist.js')).REVIEW_CHECKLIST_ITEMS;

async function rawRounds(db: pg.Pool): Promise<{ roundsPerSecond: number }> {
  await db.query(`CREATE TABLE IF NOT EXISTS bench_raw_round (id bigserial PRIMARY KEY, status text, version int, content text, updated_at timestamptz)`);
  await db.query(`CREATE TABLE IF NOT EXISTS bench_raw_event (id bigserial PRIMARY KEY, round_id bigint, action text, payload jsonb, at timestamptz)`);
  const rounds = 400;
  const start = performance.now();
  await onLanes(rounds, CONCURRENCY, async () => {
    const client = await db.connect();
    try {
      const { rows } = await client.query(`INSERT INTO bench_raw_round (status, version, content, updated_at) VALUES ('new', 1, $1, now()) RETURNING id`, ['黑窑厂街12号院物业长期不打扫楼道']);
      for (const step of STEPS) {
        await client.query('BEGIN');
        await client.query(`UPDATE bench_raw_round SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [rows[0].id, step]);
        await client.query(`INSERT INTO bench_raw_event (round_id, action, payload, at) VALUES ($1, $2, '{}', now())`, [rows[0].id, step]);
        await client.query('COMMIT');
      }
    } finally {
      client.release();
    }
  });
  return { roundsPerSecond: rounds / ((performance.now() - start) / 1000) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(JSON.stringify(r, null, 2));
}
