import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { freshDatabaseUrl } from '../bench-database.js';

/** The built processes (`npm run build`). */
export const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
export const WORKER_MAIN = 'dist/apps/worker/apps/worker/src/main.js';
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Hotline#2026';

/** A new empty database on the server of DATABASE_URL; the desk migrates and seeds it when it starts. */
export const freshDatabase = freshDatabaseUrl;

export interface BenchProcess {
  pid: number;
  stop(): Promise<void>;
}

/**
 * A built desk process on its own database and queue prefix, resolved once it prints that it runs. `role` api is
 * HTTP and sockets only (jobs go to a worker through Redis), all runs jobs in the same process.
 */
export async function startDesk(
  role: 'api' | 'all' | 'worker',
  env: { databaseUrl: string; port?: number; queuePrefix: string; seed: boolean; extra?: Record<string, string> },
): Promise<BenchProcess> {
  const entry = role === 'worker' ? WORKER_MAIN : API_MAIN;
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, entry, ...(role === 'api' ? ['--role=api'] : [])], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ...(env.port ? { PORT: String(env.port) } : {}),
      HOST: '127.0.0.1',
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: env.queuePrefix,
      JWT_SECRET: 'bench-secret-'.padEnd(48, 'x'),
      PII_KEY: '22'.repeat(32),
      SEED_DEMO: String(env.seed),
      SEED_DEMO_ORDERS: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
      RATE_LIMIT_INTAKE_PER_MINUTE: '1000000',
      ...env.extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => {
    log += d;
    process.stderr.write(d);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = role === 'worker' ? 'consuming jobs' : 'is running at';
  const end = Date.now() + 120_000;
  while (!log.includes(ready)) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}:\n${log}`);
    if (Date.now() > end) throw new Error(`${entry} did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username} → ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User + system CPU seconds a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by each PostgreSQL backend serving `database` (their process title names it), so the
 * figure leaves out whatever else the shared server runs. Compare two snapshots with `backendsCpuSince`.
 */
export function databaseBackendsCpu(database: string): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.startsWith('postgres: ') && cmdline.split(' ').includes(database)) byPid.set(Number(entry), cpuSeconds(Number(entry)));
    } catch {
      // the process ended while we looked
    }
  }
  return byPid;
}

/**
 * CPU seconds the backends of `database` used since the snapshot `before`, per backend: one that exited in between
 * (an idle pool connection closed, such as the bench's own after loading data) takes its whole past with it, and a
 * plain difference of totals went negative; a new backend counts from zero.
 */
export function backendsCpuSince(before: Map<number, number>, database: string): number {
  let total = 0;
  for (const [pid, seconds] of databaseBackendsCpu(database)) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** The value at quantile q (0..1) of the samples, nearest rank. */
export function quantile(samples: number[], q: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Runs `task(i)` for i in 0..count-1 on `concurrency` lanes; returns each call's latency in ms. */
export async function onLanes(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < count; i = next++) {
      const start = performance.now();
      await task(i);
      latencies.push(performance.now() - start);
    }
  }));
  return latencies;
}
