/**
 * Issue 14 target 6, realtime at scale: 1,000 socket.io clients on namespace `/desk`, half on each of two api
 * processes (`--role=api`, Redis adapter) beside one worker, on a fresh database with the demo street and users.
 * Orders are signed at a modest open-loop rate, through both apis in turn; each `sign` commits one `order.changed`
 * for the operator, supervisor and reviewer rooms, i.e. every client. Latency is each client's arrival minus the
 * moment the event was published to the adapter's Redis channel, right after COMMIT (bench/realtime-publish-probe.ts);
 * `sinceAt*` is measured from the event's own `at` instead, the transaction's clock read before its statements, so it
 * also holds the transaction and the HTTP request queueing in front of it.
 * Baseline, same run, same number of clients, same Redis: two bare socket.io servers with the same adapter and no app
 * (bench/realtime-bare-server.ts), one event per HTTP request at the same rate, in slices alternating with the desk's.
 * Every figure holds this process's own client work (a thousand sockets on one event loop): see clientCpu*.
 * Catch-up: 100 clients (50 per api) drop at once, orders are signed while they are away, and they reconnect at
 * once with their last event id, as the web client does; the gateway replays the event log. Measured until each
 * has every missed event. Its baseline: the same 100 connecting at once with no event id (handshake, auth, rooms).
 *
 *   npx nest build api && npx nest build worker && npx tsx bench/realtime.bench.ts
 * BENCH_REALTIME_CLIENTS, BENCH_REALTIME_CHANGES and BENCH_REALTIME_RATE scale it; BENCH_NODE_ARGS (e.g. `--prof`)
 * go to the two api processes.
 */
import { pathToFileURL } from 'node:url';
import { freshDatabaseUrl } from './bench-database.js';
import type { BenchResult } from './bench-result.js';
import { measureCatchUp } from './realtime-catch-up.js';
import { ClientPool } from './realtime-clients.js';
import { measureFanOuts, startProbe, type FanOut, type FanOutTarget } from './realtime-fan-out.js';
import { freePort } from '../test/support/free-port.js';
import { API_ENTRY, startProcess, WORKER_ENTRY, type BenchProcess } from './realtime-processes.js';

const CLIENTS = Number(process.env.BENCH_REALTIME_CLIENTS ?? 1000);
const CHANGES = Number(process.env.BENCH_REALTIME_CHANGES ?? 100);
const RATE = Number(process.env.BENCH_REALTIME_RATE ?? 10); // changes per second
const ROUNDS = 5; // slices per side, alternating with the baseline's
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

/** Two bare socket.io servers on their own adapter channel, and the commit clock on it. */
async function startBareServers(): Promise<{ urls: string[]; servers: BenchProcess[]; probe: BenchProcess }> {
  const ports = [await freePort(), await freePort()];
  const key = `hdbench-bare${Date.now()}:socket.io`;
  const servers = await Promise.all(ports.map((port, i) => startProcess(['--import', 'tsx', 'bench/realtime-bare-server.ts', String(port), REDIS_URL, key, String(i)], process.env, 'listening')));
  return { urls: ports.map((p) => `http://127.0.0.1:${p}`), servers, probe: await startProbe(REDIS_URL, key) };
}

/** The desk: two api processes (the first seeds the demo street and users) and one worker, with its commit clock. */
async function startDesk(processes: BenchProcess[]): Promise<{ urls: string[]; apis: BenchProcess[]; probe: BenchProcess }> {
  const databaseUrl = await freshDatabaseUrl(DB);
  const ports = [await freePort(), await freePort()];
  // A prefix of its own: queues and socket channels apart from any other desk on this Redis.
  const prefix = `hdbenchrt${Date.now()}`;
  const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
    ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX: prefix,
    JWT_SECRET: 'bench-secret-'.padEnd(48, 'x'), PII_KEY: '22'.repeat(32), SEED_DEMO: 'false', SEED_DEMO_ORDERS: 'false',
    LOG_LEVEL: 'warn', HOST: '127.0.0.1', RATE_LIMIT_LOGIN_PER_MINUTE: '1000000', RATE_LIMIT_INTAKE_PER_MINUTE: '1000000', ...extra,
  });
  const first = await startProcess([API_ENTRY, '--role=api'], env({ PORT: String(ports[0]), SEED_DEMO: 'true' }), 'is running at', true);
  processes.push(first);
  const [second, worker] = await Promise.all([
    startProcess([API_ENTRY, '--role=api'], env({ PORT: String(ports[1]) }), 'is running at', true),
    startProcess([WORKER_ENTRY], env({}), 'consuming jobs'),
  ]);
  processes.push(second!, worker!);
  const probe = await startProbe(REDIS_URL, `${prefix}:socket.io`);
  processes.push(probe);
  return { urls: ports.map((p) => `http://127.0.0.1:${p}`), apis: [first, second!, worker!], probe };
}

/** Where the run's minutes go, on stderr (startup and connecting dominate on a loaded machine). */
function phase(name: string, started: number): void {
  process.stderr.write(`realtime: ${name} after ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

export async function run(): Promise<BenchResult[]> {
  const started = performance.now();
  const processes: BenchProcess[] = [];
  const pools: ClientPool[] = [];
  try {
    const desk = await startDesk(processes);
    const bare = await startBareServers();
    processes.push(...bare.servers, bare.probe);
    phase('processes up', started);
    const apis = desk.urls;
    const login = async (username: string, k: number) => (await post(`${apis[k % 2]}/api/auth/login`, null, { username, password: PASSWORD })).accessToken as string;
    // Ten sessions of the three desk roles that hear every order change; a hundred clients share each token.
    const tokens = await Promise.all(['supervisor', 'operator', 'reviewer', 'supervisor', 'operator', 'reviewer', 'supervisor', 'operator', 'reviewer', 'supervisor'].map(login));
    const operator = await login('operator', 0);

    // Orders to sign, entered before any client listens, eight at a time.
    const orders: { id: string; version: number }[] = [];
    const total = WARMUP + CHANGES + MISSED;
    for (let i = 0; i < total; i += 8) {
      orders.push(...(await Promise.all(Array.from({ length: Math.min(8, total - i) }, async (_, j) => {
        const body = await post(`${apis[(i + j) % 2]}/api/orders`, operator, orderBody(i + j));
        return { id: body.id as string, version: Number(body.version ?? 1) };
      }))));
    }
    const sign = async (k: number) => {
      const order = orders[k]!;
      await post(`${apis[k % 2]}/api/orders/${order.id}/actions/sign`, operator, { version: order.version });
      return order.id;
    };

    phase(`${orders.length} orders entered`, started);
    const pool = await ClientPool.connect(apis, tokens, CLIENTS, 250);
    pools.push(pool);
    const barePool = await ClientPool.connect(bare.urls, tokens, CLIENTS, 250);
    pools.push(barePool);
    phase(`${2 * CLIENTS} clients connected`, started);
    const deskTarget: FanOutTarget = { pool, servers: desk.apis, probe: desk.probe, send: sign };
    const bareTarget: FanOutTarget = {
      pool: barePool, servers: bare.servers, probe: bare.probe,
      async send(k) {
        await post(`${bare.urls[k % 2]}/emit`, null, {}, { 'x-order-id': `bare-${k}` });
        return `bare-${k}`;
      },
    };
    const [subject, baseline] = (await measureFanOuts([deskTarget, bareTarget], { changes: CHANGES, rate: RATE, rounds: ROUNDS, warmup: WARMUP })) as [FanOut, FanOut];
    phase('fan-out measured', started);
    barePool.close();
    await Promise.all([...bare.servers, bare.probe].map((p) => p.stop()));
    const catchUp = await measureCatchUp(pool, (k) => sign(WARMUP + CHANGES + k), { away: AWAY, missed: MISSED });
    phase('catch-up measured', started);

    const ms = (n: number) => `${Math.round(n)} ms`;
    return [
      {
        name: `realtime fan-out: ${CHANGES} order changes at ${RATE}/s to ${pool.clients.length} socket.io clients over 2 api processes (Redis adapter)`,
        metrics: subject.metrics,
        baseline: { name: 'bare socket.io pair, same Redis adapter and number of clients, no app, in alternating slices', metrics: baseline.metrics },
        ratio: subject.p99 / baseline.p99,
        headline: {
          figure: `realtime fan-out p99, ${pool.clients.length} clients / 2 apis`,
          value: `${ms(subject.p99)} (${subject.metrics.deliveredPercent}% delivered)`,
          baseline: `${ms(baseline.p99)} (bare socket.io + Redis adapter)`,
          ratio: `${(subject.p99 / baseline.p99).toFixed(2)}×`,
          target: 'p99 < 200 ms, 100% delivered',
          met: subject.p99 < 200 && subject.deliveredShare === 1,
        },
      },
      {
        name: `realtime catch-up: ${catchUp.metrics.clients} clients reconnect at once with their last event id after ${MISSED} changes`,
        metrics: catchUp.metrics,
        baseline: { name: 'the same clients connecting at once without an event id (no replay)', metrics: { p99Ms: catchUp.freshP99 } },
        ratio: catchUp.p99 / catchUp.freshP99,
        headline: {
          figure: `realtime catch-up p99, ${catchUp.metrics.clients} clients reconnect at once`,
          value: `${ms(catchUp.p99)} (${catchUp.metrics.caughtUpPercent}% got all ${catchUp.metrics.missedEvents} missed)`,
          baseline: `${ms(catchUp.freshP99)} (connect, no replay)`,
          ratio: `${(catchUp.p99 / catchUp.freshP99).toFixed(2)}×`,
          target: 'every missed event, 100% of clients',
          met: catchUp.complete,
        },
      },
    ];
  } finally {
    for (const p of pools) p.close();
    await Promise.all(processes.map((p) => p.stop()));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(JSON.stringify(r, null, 2));
}
