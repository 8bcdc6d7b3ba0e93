import { io, type Socket } from 'socket.io-client';

/** A wall-clock time in ms with sub-ms resolution, comparable with the `at` other processes on this host stamp. */
export const wallNow = (): number => performance.timeOrigin + performance.now();

export interface BenchClient {
  socket: Socket;
  token: string;
  /** Highest event id seen, sent back on reconnect as the web client does (apps/web/src/realtime/desk-socket.ts). */
  lastEventId: number;
  /** Event ids seen, to de-duplicate as the web client does: catch-up may overlap live delivery. */
  seen: Set<number>;
}

/** One measured change: when it was stamped, and when each client received it (first arrival only). */
export interface Arrivals {
  at: number;
  times: number[];
}

/**
 * Many socket.io clients on namespace `/desk` in this process, spread round-robin over servers and tokens. Every
 * `order.changed` is de-duplicated per client by event id; those whose action is `sign` (the bench's changes) have
 * their arrival time recorded under the order id.
 */
export class ClientPool {
  readonly clients: BenchClient[] = [];
  readonly arrivals = new Map<string, Arrivals>();

  static async connect(urls: string[], tokens: string[], count: number, batch = 100): Promise<ClientPool> {
    const pool = new ClientPool();
    for (let i = 0; i < count; i += batch) {
      // In batches: a thousand handshakes at once would measure the servers' connect storm, not the fan-out.
      const opened = Array.from({ length: Math.min(batch, count - i) }, (_, j) => pool.open(urls[(i + j) % urls.length]!, tokens[(i + j) % tokens.length]!));
      await Promise.all(opened.map((c) => ready(c.socket)));
    }
    return pool;
  }

  private open(url: string, token: string): BenchClient {
    const socket = io(`${url}/desk`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
    const client: BenchClient = { socket, token, lastEventId: 0, seen: new Set() };
    socket.on('order.changed', (payload: { eventId: number; orderId: string; action?: string; at: string }) => {
      const now = wallNow();
      if (client.seen.has(payload.eventId) && payload.eventId > 0) return;
      client.seen.add(payload.eventId);
      client.lastEventId = Math.max(client.lastEventId, payload.eventId);
      if (payload.action !== 'sign') return;
      let entry = this.arrivals.get(payload.orderId);
      if (!entry) this.arrivals.set(payload.orderId, (entry = { at: Date.parse(payload.at), times: [] }));
      entry.times.push(now);
    });
    this.clients.push(client);
    return client;
  }

  /** Resolves once every change in `orderIds` reached every connected client, or after `timeoutMs`. */
  async allDelivered(orderIds: string[], timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    const expected = this.clients.filter((c) => c.socket.connected).length;
    while (Date.now() < end && !orderIds.every((id) => (this.arrivals.get(id)?.times.length ?? 0) >= expected)) {
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): void {
    for (const c of this.clients) c.socket.close();
  }
}

/** Resolves on the server's `ready` (rooms joined, any catch-up sent); rejects on a refused handshake. */
export function ready(socket: Socket, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket not ready in time')), timeoutMs);
    socket.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Nearest-rank percentile of unsorted `values` (sorted in place). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.max(0, Math.ceil((p / 100) * values.length) - 1))]!;
}
