import { percentile, ready, type ClientPool } from './realtime-clients.js';

export interface CatchUp {
  metrics: Record<string, number>;
  p99: number;
  /** The baseline: p99 of the same clients connecting at once without an event id. */
  freshP99: number;
  complete: boolean;
}

/**
 * `away` clients drop at once; `missed` orders are signed while they are away; they reconnect at once with their last
 * event id. Measured from the reconnect to the moment each has every missed event (replayed or live).
 */
export async function measureCatchUp(pool: ClientPool, sign: (k: number) => Promise<string>, options: { away: number; missed: number }): Promise<CatchUp> {
  // Every n-th client, so both apis lose the same number (clients alternate between them); at most half (small runs).
  const count = Math.min(options.away, Math.floor(pool.clients.length / 2));
  const away = pool.clients.filter((_, i) => i % Math.floor(pool.clients.length / count) === 0).slice(0, count);
  const staying = pool.clients.filter((c) => !away.includes(c));
  for (const c of away) c.socket.disconnect();
  const before = Math.max(...staying.map((c) => c.lastEventId));
  const missed: string[] = [];
  for (let k = 0; k < options.missed; k += 5) {
    missed.push(...(await Promise.all(Array.from({ length: Math.min(5, options.missed - k) }, (_, j) => sign(k + j)))));
  }
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
    freshP99: percentile(freshTimes, 99),
    complete: times.length === away.length && missedIds.size === options.missed,
    metrics: {
      clients: away.length, missedEvents: missedIds.size, caughtUpPercent: round((times.length / away.length) * 100),
      caughtUpP50Ms: round(percentile(times, 50)), caughtUpP99Ms: round(p99), caughtUpMaxMs: round(percentile(times, 100)),
      readyP99Ms: round(percentile(readyTimes, 99)), freshConnectP50Ms: round(percentile(freshTimes, 50)), freshConnectP99Ms: round(percentile(freshTimes, 99)),
    },
  };
}
