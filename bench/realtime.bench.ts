/**
 * Issue 14 target 6, realtime at scale: 1,000 socket.io clients on namespace `/desk`, half on each of two api
 * processes (`--role=api`, Redis adapter) beside one worker, on a fresh database with the demo street and users.
 * Orders are signed at a modest open-loop rate, through both apis in turn; each `sign` commits one `order.changed`
 * for the operator, supervisor and reviewer rooms, i.e. every client. Fan-out latency is an event's arrival at each
 * client minus its `at` — the transaction's clock, read when the transaction starts, so the figure also holds the
 * transaction's own statements and is an upper bound of commit → client.
 * Baseline, same run, same clients, same Redis: two bare socket.io servers with the same adapter and no app
 * (bench/realtime-bare-server.ts), publishing one event per HTTP request at the same rate.
 * Catch-up: 100 clients (50 per api) drop at once, orders are signed while they are away, and they reconnect at
 * once with their last event id, as the web client does; the gateway replays the event log. Measured until each
 * has every missed event. Its baseline: the same 100 connecting at once with no event id (handshake, auth, rooms).
 *
 *   npx nest build api && npx nest build worker && npx tsx bench/realtime.bench.ts
 * BENCH_REALTIME_CLIENTS, BENCH_REALTIME_CHANGES and BENCH_REALTIME_RATE scale it; BENCH_NODE_ARGS (e.g. `--prof`)
 * go to the two api processes.
 */
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { freshDatabaseUrl } from './bench-database.js';
import type { BenchResult } from './bench-result.js';
import { ClientPool, percentile, ready } from './realtime-clients.js';
import { freePort } from '../test/support/free-port.js';
import { API_ENTRY, startProcess, WORKER_ENTRY, type BenchProcess } from './realtime-processes.js';

const CLIENTS = Number(process.env.BENCH_REALTIME_CLIENTS ?? 1000);
const CHANGES = Number(process.env.BENCH_REALTIME_CHANGES ?? 100);
const RATE = Number(process.env.BENCH_REALTIME_RATE ?? 10); // changes per second
/** Changes sent and delivered before each measurement, so neither side is measured while its code is still cold. */
const WARMUP = 10;
const AWAY = 100; // clients that drop and reconnect at once
const MISSED = 30; // changes committed while they are away
const DB = 'hotline_desk_bench_realtime';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Hotline#2026';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function post(url: string, token: string | null, body: unknown, headers: Record<string, string> = {}): Promise<Record<string, any>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${url} → ${res.status} ${await res.text()}`);
  return res.status === 204 ? {} : ((await res.json()) as Record<string, any>);
}

function orderBody(i: number): Record<string, unknown> {
  const now = Date.now();
  return {
    channel: 'hotline', receivedAt: new Date(now).toISOString(), citizenName: '陈某某', citizenPhone: `1396${String(i).padStart(7, '0')}`,
    address: '黑窑厂街12号院3号楼', type: 'complaint', urgency: 'normal', category: '城乡建设/物业管理/物业服务',
    content: '黑窑厂街12号院物业长期不打扫楼道，垃圾堆积，希望尽快处理。', upstreamDueAt: new Date(now + 7 * 86400e3).toISOString(),
  };
}

/** Runs `change(k)` for k = 0…count-1 at `RATE` per second, open loop (a slow response does not delay the next). */
async function atRate(count: number, change: (k: number) => Promise<void>): Promise<void> {
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let k = 0; k < count; k++) {
    const wait = start + (k * 1000) / RATE - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(change(k));
  }
  await Promise.all(pending);
}

interface FanOut {
  metrics: Record<string, number>;
  p99: number;
  deliveredShare: number;
}

/** Starts the commit clock (bench/realtime-publish-probe.ts) on the adapter channel `key`. */
function startProbe(key: string): Promise<BenchProcess> {
  return startProcess(['--import', 'tsx', 'bench/realtime-publish-probe.ts', REDIS_URL, key], process.env, 'probe subscribed');
}

/** When the probe saw each order's event published, by order id. */
function publishedTimes(probe: BenchProcess): Map<string, number> {
  const lines = probe.log().split('\n').map((line) => line.split(' ')).filter((parts) => parts.length === 2);
  return new Map(lines.map(([orderId, at]) => [orderId!, Number(at)]));
}

/**
 * Sends the changes, waits for their delivery, and reports latency over every (change, client) delivery and over
 * each change's last client — from the publish the probe saw, and from the event's own `at` — the share delivered,
 * and the CPU this process spent receiving (the clients' own cost, which is in every figure).
 */
async function measureFanOut(pool: ClientPool, probe: BenchProcess, servers: BenchProcess[], send: (k: number) => Promise<string>): Promise<FanOut> {
  await pool.allDelivered(await Promise.all(Array.from({ length: WARMUP }, (_, k) => send(k))), 10_000);
  const orderIds: string[] = [];
  const requestMs: number[] = [];
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const cpu = process.cpuUsage();
  const serverCpu = servers.map((s) => s.cpuMs());
  const started = performance.now();
  delay.enable();
  await atRate(CHANGES, async (k) => {
    const sentAt = performance.now();
    orderIds.push(await send(WARMUP + k));
    requestMs.push(performance.now() - sentAt);
  });
  await pool.allDelivered(orderIds, 10_000);
  delay.disable();
  const wallMs = performance.now() - started;
  const clientCpu = process.cpuUsage(cpu);
  await new Promise((r) => setTimeout(r, 200)); // the probe's last lines
  const published = publishedTimes(probe);
  const latencies: number[] = [];
  const sinceAt: number[] = [];
  const lastClient: number[] = [];
  let delivered = 0;
  for (const orderId of orderIds) {
    const entry = pool.arrivals.get(orderId);
    const publishedAt = published.get(orderId);
    if (!entry || publishedAt === undefined) continue;
    delivered += entry.times.length;
    for (const time of entry.times) {
      latencies.push(time - publishedAt);
      sinceAt.push(time - entry.at);
    }
    lastClient.push(entry.times.reduce((a, b) => Math.max(a, b)) - publishedAt);
  }
  const clientCpuMs = (clientCpu.user + clientCpu.system) / 1000;
  const round = (n: number) => Math.round(n * 10) / 10;
  const p99 = percentile(latencies, 99);
  const deliveredShare = delivered / (CHANGES * pool.clients.length);
  return {
    p99,
    deliveredShare,
    metrics: {
      changes: CHANGES, clients: pool.clients.length, deliveredPercent: round(deliveredShare * 100),
      p50Ms: round(percentile(latencies, 50)), p99Ms: round(p99), maxMs: round(percentile(latencies, 100)),
      lastClientP50Ms: round(percentile(lastClient, 50)), lastClientP99Ms: round(percentile(lastClient, 99)),
      sinceAtP50Ms: round(percentile(sinceAt, 50)), sinceAtP99Ms: round(percentile(sinceAt, 99)),
      requestP50Ms: round(percentile(requestMs, 50)), requestP99Ms: round(percentile(requestMs, 99)),
      clientCpuPercentOfCore: round((clientCpuMs / wallMs) * 100),
      clientCpuMsPerChange: round(clientCpuMs / CHANGES),
      clientLoopDelayP99Ms: round(delay.percentile(99) / 1e6),
      ...Object.fromEntries(servers.map((s, i) => [`server${i + 1}CpuPercent`, round(((s.cpuMs() - serverCpu[i]!) / wallMs) * 100)])),
    },
  };
}

/** The bare socket.io pair: same clients, same Redis adapter, no app; one event per POST /emit, alternating servers. */
async function bareBaseline(tokens: string[]): Promise<FanOut> {
  const ports = [await freePort(), await freePort()];
  const key = `hdbench-bare${Date.now()}:socket.io`;
  const servers = await Promise.all(ports.map((port, i) => startProcess(['--import', 'tsx', 'bench/realtime-bare-server.ts', String(port), REDIS_URL, key, String(i)], process.env, 'listening')));
  const probe = await startProbe(key);
  const urls = ports.map((p) => `http://127.0.0.1:${p}`);
  const pool = await ClientPool.connect(urls, tokens, CLIENTS);
  try {
    return await measureFanOut(pool, probe, servers, async (k) => {
      const orderId = `bare-${k}`;
      await post(`${urls[k % 2]}/emit`, null, {}, { 'x-order-id': orderId });
      return orderId;
    });
  } finally {
    pool.close();
    await Promise.all([probe, ...servers].map((s) => s.stop()));
  }
}

interface CatchUp {
  metrics: Record<string, number>;
  p99: number;
  complete: boolean;
}

/**
 * 100 clients drop at once; MISSED orders are signed while they are away; they reconnect at once with their last
 * event id. Measured from the reconnect to the moment each has every missed event (replayed or live).
 */
async function measureCatchUp(pool: ClientPool, sign: (k: number) => Promise<string>): Promise<CatchUp> {
  // Every n-th client, so both apis lose the same number (clients alternate between them); at most half (small runs).
  const count = Math.min(AWAY, Math.floor(pool.clients.length / 2));
  const away = pool.clients.filter((_, i) => i % Math.floor(pool.clients.length / count) === 0).slice(0, count);
  const staying = pool.clients.filter((c) => !away.includes(c));
  for (const c of away) c.socket.disconnect();
  const before = Math.max(...staying.map((c) => c.lastEventId));
  const missed: string[] = [];
  for (let k = 0; k < MISSED; k++) missed.push(await sign(k));
  await pool.allDelivered(missed, 10_000);
  // What the clients that stayed received while the others were away: the events the others must catch up on.
  const missedIds = new Set([...staying[0]!.seen].filter((id) => id > before));

  const caughtUp = (c: (typeof away)[number]) => [...missedIds].every((id) => c.seen.has(id));
  const times: number[] = [];
  const readyTimes: number[] = [];
  const start = performance.now();
  await Promise.all(away.map(async (c) => {
    c.socket.auth = { token: c.token, lastEventId: c.lastEventId };
    const isReady = ready(c.socket).then(() => readyTimes.push(performance.now() - start));
    c.socket.connect();
    await isReady;
    const end = performance.now() + 10_000;
    while (!caughtUp(c) && performance.now() < end) await new Promise((r) => setTimeout(r, 2));
    if (caughtUp(c)) times.push(performance.now() - start);
  }));

  // The floor: the same 100 connect at once without an event id (handshake, session lookup, rooms; no replay).
  for (const c of away) c.socket.disconnect();
  const freshTimes: number[] = [];
  const freshStart = performance.now();
  await Promise.all(away.map(async (c) => {
    c.socket.auth = { token: c.token };
    const isReady = ready(c.socket).then(() => freshTimes.push(performance.now() - freshStart));
    c.socket.connect();
    await isReady;
  }));
  const round = (n: number) => Math.round(n * 10) / 10;
  const p99 = percentile(times, 99);
  return {
    p99,
    complete: times.length === away.length && missedIds.size === MISSED,
    metrics: {
      clients: away.length, missedEvents: missedIds.size, caughtUpPercent: round((times.length / away.length) * 100),
      caughtUpP50Ms: round(percentile(times, 50)), caughtUpP99Ms: round(p99), caughtUpMaxMs: round(percentile(times, 100)),
      readyP99Ms: round(percentile(readyTimes, 99)), freshConnectP50Ms: round(percentile(freshTimes, 50)), freshConnectP99Ms: round(percentile(freshTimes, 99)),
    },
  };
}

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = await freshDatabaseUrl(DB);
  const ports = [await freePort(), await freePort()];
  // A prefix of its own: queues and socket channels apart from any other desk on this Redis.
  const prefix = `hdbenchrt${Date.now()}`;
  const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
    ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX: prefix,
    JWT_SECRET: 'bench-secret-'.padEnd(48, 'x'), PII_KEY: '22'.repeat(32), SEED_DEMO: 'false', SEED_DEMO_ORDERS: 'false',
    LOG_LEVEL: 'warn', HOST: '127.0.0.1', RATE_LIMIT_LOGIN_PER_MINUTE: '1000000', RATE_LIMIT_INTAKE_PER_MINUTE: '1000000', ...extra,
  });
  const processes: BenchProcess[] = [];
  try {
    // The first api seeds the demo street and users; the second and the worker start on the seeded database.
    processes.push(await startProcess([API_ENTRY, '--role=api'], env({ PORT: String(ports[0]), SEED_DEMO: 'true' }), 'is running at', true));
    processes.push(...(await Promise.all([
      startProcess([API_ENTRY, '--role=api'], env({ PORT: String(ports[1]) }), 'is running at', true),
      startProcess([WORKER_ENTRY], env({}), 'consuming jobs'),
    ])));
    const apis = ports.map((p) => `http://127.0.0.1:${p}`);
    const login = async (username: string, k: number) => (await post(`${apis[k % 2]}/api/auth/login`, null, { username, password: PASSWORD })).accessToken as string;
    // Ten sessions of the three desk roles that hear every order change; a hundred clients share each token.
    const tokens = await Promise.all(['supervisor', 'operator', 'reviewer', 'supervisor', 'operator', 'reviewer', 'supervisor', 'operator', 'reviewer', 'supervisor'].map(login));
    const operator = await login('operator', 0);

    // Orders to sign, entered before any client listens.
    const orders: { id: string; version: number }[] = [];
    for (let i = 0; i < WARMUP + CHANGES + MISSED; i += 4) {
      orders.push(...(await Promise.all([0, 1, 2, 3].filter((j) => i + j < WARMUP + CHANGES + MISSED).map(async (j) => {
        const body = await post(`${apis[(i + j) % 2]}/api/orders`, operator, orderBody(i + j));
        return { id: body.id as string, version: Number(body.version ?? 1) };
      }))));
    }
    const sign = async (k: number) => {
      const order = orders[k]!;
      await post(`${apis[k % 2]}/api/orders/${order.id}/actions/sign`, operator, { version: order.version });
      return order.id;
    };

    const baseline = await bareBaseline(tokens);
    const probe = await startProbe(`${prefix}:socket.io`);
    processes.push(probe);
    const pool = await ClientPool.connect(apis, tokens, CLIENTS);
    try {
      const subject = await measureFanOut(pool, probe, processes.slice(0, 3), sign);
      const catchUp = await measureCatchUp(pool, (k) => sign(WARMUP + CHANGES + k));
      const ms = (n: number) => `${Math.round(n)} ms`;
      const fanOutMet = subject.p99 < 200 && subject.deliveredShare === 1;
      return [
        {
          name: `realtime fan-out: ${CHANGES} order changes at ${RATE}/s to ${pool.clients.length} socket.io clients over 2 api processes (Redis adapter)`,
          metrics: subject.metrics,
          baseline: { name: 'bare socket.io pair, same Redis adapter and clients, no app', metrics: baseline.metrics },
          ratio: subject.p99 / baseline.p99,
          headline: {
            figure: `realtime fan-out p99, ${pool.clients.length} clients / 2 apis`,
            value: `${ms(subject.p99)} (${subject.metrics.deliveredPercent}% delivered)`,
            baseline: `${ms(baseline.p99)} (bare socket.io + Redis adapter)`,
            ratio: `${(subject.p99 / baseline.p99).toFixed(2)}×`,
            target: 'p99 < 200 ms, 100% delivered',
            met: fanOutMet,
          },
        },
        {
          name: `realtime catch-up: ${AWAY} clients reconnect at once with their last event id after ${MISSED} changes`,
          metrics: catchUp.metrics,
          baseline: { name: `the same ${AWAY} clients connecting at once without an event id (no replay)`, metrics: { p99Ms: catchUp.metrics.freshConnectP99Ms! } },
          ratio: catchUp.p99 / catchUp.metrics.freshConnectP99Ms!,
          headline: {
            figure: `realtime catch-up p99, ${AWAY} clients reconnect at once`,
            value: `${ms(catchUp.p99)} (${catchUp.metrics.caughtUpPercent}% got all ${catchUp.metrics.missedEvents} missed)`,
            baseline: `${ms(catchUp.metrics.freshConnectP99Ms!)} (connect, no replay)`,
            ratio: `${(catchUp.p99 / catchUp.metrics.freshConnectP99Ms!).toFixed(2)}×`,
            target: 'every missed event, 100% of clients',
            met: catchUp.complete,
          },
        },
      ];
    } finally {
      pool.close();
    }
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(JSON.stringify(r, null, 2));
}
