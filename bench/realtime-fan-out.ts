import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { percentile, type ClientPool } from './realtime-clients.js';
import { startProcess, type BenchProcess } from './realtime-processes.js';

/** One side of the comparison: its clients, its servers, its commit clock, and how to commit change number k. */
export interface FanOutTarget {
  pool: ClientPool;
  servers: BenchProcess[];
  /** bench/realtime-publish-probe.ts on this side's adapter channel. */
  probe: BenchProcess;
  /** Commits change number k and resolves to the order id its event carries. */
  send(k: number): Promise<string>;
}

export interface FanOut {
  metrics: Record<string, number>;
  p99: number;
  deliveredShare: number;
}

/** Starts the commit clock (bench/realtime-publish-probe.ts) on the adapter channel `key`. */
export function startProbe(redisUrl: string, key: string): Promise<BenchProcess> {
  return startProcess(['--import', 'tsx', 'bench/realtime-publish-probe.ts', redisUrl, key], process.env, 'probe subscribed');
}

/** Runs `change(k)` for k = from…from+count-1 at `rate` per second, open loop (a slow response delays nothing). */
async function atRate(from: number, count: number, rate: number, change: (k: number) => Promise<void>): Promise<void> {
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(change(from + i));
  }
  await Promise.all(pending);
}

/** What one side accumulated over its slices. */
class Tally {
  readonly orderIds: string[] = [];
  readonly requestMs: number[] = [];
  readonly delay: IntervalHistogram = monitorEventLoopDelay({ resolution: 5 });
  clientCpuMs = 0;
  wallMs = 0;
  serverCpuMs: number[];
  constructor(servers: BenchProcess[]) {
    this.serverCpuMs = servers.map(() => 0);
  }
}

/**
 * The sides take turns, `rounds` slices each of `changes / rounds` changes at `rate`, each slice waited out until
 * delivered: the load other programs put on a shared machine then falls on both sides alike, and the ratio holds
 * although the absolute figures drift. `warmup` changes per side first, unmeasured.
 */
export async function measureFanOuts(targets: FanOutTarget[], options: { changes: number; rate: number; rounds: number; warmup: number }): Promise<FanOut[]> {
  for (const t of targets) await t.pool.allDelivered(await Promise.all(Array.from({ length: options.warmup }, (_, k) => t.send(k))), 10_000);
  const tallies = targets.map((t) => new Tally(t.servers));
  const perSlice = Math.ceil(options.changes / options.rounds);
  for (let round = 0; round < options.rounds; round++) {
    for (const [i, t] of targets.entries()) {
      const tally = tallies[i]!;
      const from = options.warmup + round * perSlice;
      const count = Math.min(perSlice, options.changes - round * perSlice);
      const cpu = process.cpuUsage();
      const serverCpu = t.servers.map((s) => s.cpuMs());
      const started = performance.now();
      tally.delay.enable();
      const sliceIds: string[] = [];
      await atRate(from, count, options.rate, async (k) => {
        const sentAt = performance.now();
        sliceIds.push(await t.send(k));
        tally.requestMs.push(performance.now() - sentAt);
      });
      await t.pool.allDelivered(sliceIds, 10_000);
      tally.delay.disable();
      tally.wallMs += performance.now() - started;
      const used = process.cpuUsage(cpu);
      tally.clientCpuMs += (used.user + used.system) / 1000;
      t.servers.forEach((s, j) => (tally.serverCpuMs[j]! += s.cpuMs() - serverCpu[j]!));
      tally.orderIds.push(...sliceIds);
    }
  }
  await new Promise((r) => setTimeout(r, 200)); // the probes' last lines
  return targets.map((t, i) => summarise(t, tallies[i]!));
}

/** When the probe saw each order's event published, by order id. */
function publishedTimes(probe: BenchProcess): Map<string, number> {
  const lines = probe.log().split('\n').map((line) => line.split(' ')).filter((parts) => parts.length === 2);
  return new Map(lines.map(([orderId, at]) => [orderId!, Number(at)]));
}

/**
 * Latency over every (change, client) delivery and over each change's last client — from the publish the probe saw,
 * and from the event's own `at` — the share delivered, and the CPU this process spent receiving (the clients' own
 * cost, which is inside every figure).
 */
function summarise(target: FanOutTarget, tally: Tally): FanOut {
  const published = publishedTimes(target.probe);
  const latencies: number[] = [];
  const sinceAt: number[] = [];
  const lastClient: number[] = [];
  let delivered = 0;
  for (const orderId of tally.orderIds) {
    const entry = target.pool.arrivals.get(orderId);
    const publishedAt = published.get(orderId);
    if (!entry || publishedAt === undefined) continue;
    delivered += entry.times.length;
    for (const time of entry.times) {
      latencies.push(time - publishedAt);
      sinceAt.push(time - entry.at);
    }
    lastClient.push(entry.times.reduce((a, b) => Math.max(a, b)) - publishedAt);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  const p99 = percentile(latencies, 99);
  const deliveredShare = delivered / (tally.orderIds.length * target.pool.clients.length);
  return {
    p99,
    deliveredShare,
    metrics: {
      changes: tally.orderIds.length, clients: target.pool.clients.length, deliveredPercent: round(deliveredShare * 100),
      p50Ms: round(percentile(latencies, 50)), p99Ms: round(p99), maxMs: round(percentile(latencies, 100)),
      lastClientP50Ms: round(percentile(lastClient, 50)), lastClientP99Ms: round(percentile(lastClient, 99)),
      sinceAtP50Ms: round(percentile(sinceAt, 50)), sinceAtP99Ms: round(percentile(sinceAt, 99)),
      requestP50Ms: round(percentile(tally.requestMs, 50)), requestP99Ms: round(percentile(tally.requestMs, 99)),
      clientCpuPercentOfCore: round((tally.clientCpuMs / tally.wallMs) * 100),
      clientCpuMsPerChange: round(tally.clientCpuMs / tally.orderIds.length),
      clientLoopDelayP99Ms: round(tally.delay.percentile(99) / 1e6),
      ...Object.fromEntries(tally.serverCpuMs.map((ms, j) => [`server${j + 1}CpuPercent`, round((ms / tally.wallMs) * 100)])),
    },
  };
}
