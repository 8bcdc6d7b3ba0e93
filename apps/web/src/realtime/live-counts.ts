import type { OrderListQuery } from '../api/order-types';

/**
 * The events after which a queue's size may differ: new orders (one, or an import's batch), changes, and a clock
 * crossing its warning or due time.
 */
export const COUNT_EVENTS = ['order.created', 'orders.created', 'order.changed', 'order.deadline-warning', 'order.overdue'] as const;
export type CountEventName = (typeof COUNT_EVENTS)[number];

export interface OrderEventSource {
  on(name: CountEventName, handler: () => void): () => void;
}

export interface LiveCount {
  /** null until first read, or when it never could be read. */
  count: number | null;
  failed: boolean;
  /** `Date.now()` of the last good read. */
  updatedAt: number | null;
}

export interface LiveCountsOptions {
  /** A burst (an import, a sweep) is read once after this much quiet… */
  quietMs?: number;
  /** …but no later than this after its first event, so a steady stream still shows. */
  maxWaitMs?: number;
  /** Street-wide queues also change by events this user is not addressed; read them again now and then. */
  pollMs?: number;
}

interface Entry {
  query: OrderListQuery;
  watchers: number;
  value: LiveCount;
  /** `events` when the last read started; null before the first. */
  readAtEvent: number | null;
  /** Increases per read, so an older answer arriving late cannot overwrite a newer one. */
  seq: number;
}

const NOT_READ: LiveCount = { count: null, failed: false, updatedAt: null };

/**
 * Sizes of order queues (`GET /api/orders?…&pageSize=1` → `total`) shared by every component that shows one: the home
 * page's cards and the side nav's badges ask for the same query once, and after a burst of order events each watched
 * query is read once. Queries nobody watches are not read; they are read again when watched after events passed.
 */
export class LiveCounts {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private events = 0;
  private version = 0;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private maxTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pollTimer: ReturnType<typeof setInterval>;
  private readonly quietMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly readCount: (query: OrderListQuery) => Promise<number>,
    source: OrderEventSource,
    options: LiveCountsOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 500;
    this.maxWaitMs = options.maxWaitMs ?? 3000;
    for (const name of COUNT_EVENTS) source.on(name, () => this.onEvent());
    this.pollTimer = setInterval(() => this.flush(), options.pollMs ?? 5 * 60_000);
  }

  /** Starts following `query`; returns the function that stops. */
  watch(query: OrderListQuery): () => void {
    const key = queryKey(query);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { query, watchers: 0, value: NOT_READ, readAtEvent: null, seq: 0 };
      this.entries.set(key, entry);
    }
    entry.watchers++;
    if (entry.readAtEvent === null || entry.readAtEvent < this.events || entry.value.failed) void this.read(entry);
    const watched = entry;
    return () => {
      watched.watchers--;
    };
  }

  get(query: OrderListQuery): LiveCount {
    return this.entries.get(queryKey(query))?.value ?? NOT_READ;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever any count does (for `useSyncExternalStore`). */
  getVersion = (): number => this.version;

  /** Forgets every count: the next user of the tab may see other orders (a unit's scope), so nothing carries over. */
  reset(): void {
    this.entries.clear();
    this.version++;
    for (const listener of this.listeners) listener();
  }

  dispose(): void {
    clearInterval(this.pollTimer);
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxTimer);
  }

  private onEvent(): void {
    this.events++;
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.flush(), this.quietMs);
    this.maxTimer ??= setTimeout(() => this.flush(), this.maxWaitMs);
  }

  private flush(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxTimer);
    this.quietTimer = undefined;
    this.maxTimer = undefined;
    for (const entry of this.entries.values()) if (entry.watchers > 0) void this.read(entry);
  }

  private async read(entry: Entry): Promise<void> {
    const seq = ++entry.seq;
    entry.readAtEvent = this.events;
    let value: LiveCount;
    try {
      value = { count: await this.readCount(entry.query), failed: false, updatedAt: Date.now() };
    } catch {
      value = { ...entry.value, failed: true };
    }
    if (seq !== entry.seq) return;
    entry.value = value;
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/** The same filters in any key order are one query. */
export function queryKey(query: OrderListQuery): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
}
