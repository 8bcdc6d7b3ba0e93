import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { OrderListQuery } from '../api/order-types';
import { LiveCounts, queryKey, type CountEventName } from './live-counts';

/** A socket stand-in: tests fire order events by hand. */
function eventSource() {
  const handlers = new Map<CountEventName, (() => void)[]>();
  return {
    on(name: CountEventName, handler: () => void) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler]);
      return () => undefined;
    },
    fire(name: CountEventName) {
      for (const handler of handlers.get(name) ?? []) handler();
    },
  };
}

const NEW: OrderListQuery = { status: ['new'] };
const SIGNED: OrderListQuery = { status: ['signed'] };

let reads: string[];
let totals: Record<string, number>;
let source: ReturnType<typeof eventSource>;
let counts: LiveCounts;

beforeEach(() => {
  jest.useFakeTimers();
  reads = [];
  totals = { [queryKey(NEW)]: 3, [queryKey(SIGNED)]: 7 };
  source = eventSource();
  counts = new LiveCounts(
    async (query) => {
      reads.push(queryKey(query));
      return totals[queryKey(query)];
    },
    source,
    { quietMs: 400, maxWaitMs: 2000, pollMs: 60_000 },
  );
});
afterEach(() => {
  counts.dispose();
  jest.useRealTimers();
});

/** Lets the pending reads' promises settle. */
const settle = () => jest.advanceTimersByTimeAsync(0);

describe('LiveCounts', () => {
  it('when two components watch the same queue, then it is read once and both see its total', async () => {
    counts.watch(NEW);
    counts.watch({ status: ['new'] });
    counts.watch(SIGNED);
    await settle();
    expect(reads).toEqual([queryKey(NEW), queryKey(SIGNED)]);
    expect(counts.get(NEW)).toMatchObject({ count: 3, failed: false });
    expect(counts.get(SIGNED).count).toBe(7);
  });

  it('when thirty order events arrive in a burst, then each watched queue is read once after the burst', async () => {
    counts.watch(NEW);
    counts.watch(SIGNED);
    await settle();
    reads = [];
    totals[queryKey(NEW)] = 33;
    for (let i = 0; i < 30; i++) {
      source.fire(i % 2 ? 'order.created' : 'order.overdue');
      await jest.advanceTimersByTimeAsync(20);
    }
    expect(reads).toEqual([]);
    await jest.advanceTimersByTimeAsync(400);
    expect(reads.sort()).toEqual([queryKey(NEW), queryKey(SIGNED)].sort());
    expect(counts.get(NEW).count).toBe(33);
  });

  it('when events keep coming without a pause, then the queues are still read once the longest wait has passed', async () => {
    counts.watch(NEW);
    await settle();
    reads = [];
    for (let i = 0; i < 12; i++) {
      source.fire('order.deadline-warning');
      await jest.advanceTimersByTimeAsync(200);
    }
    expect(reads).toEqual([queryKey(NEW)]);
  });

  it('when nobody watches a queue during events, then it is not read then, and is read again when watched', async () => {
    const stop = counts.watch(SIGNED);
    await settle();
    stop();
    reads = [];
    source.fire('order.changed');
    await jest.advanceTimersByTimeAsync(3000);
    expect(reads).toEqual([]);
    counts.watch(SIGNED);
    await settle();
    expect(reads).toEqual([queryKey(SIGNED)]);
  });

  it('when a read fails, then the last total stays, marked failed', async () => {
    let answers = [5];
    const flaky = new LiveCounts(
      async () => {
        const next = answers.shift();
        if (next === undefined) throw new Error('offline');
        return next;
      },
      source,
      { quietMs: 10, pollMs: 60_000 },
    );
    flaky.watch(NEW);
    await settle();
    expect(flaky.get(NEW)).toMatchObject({ count: 5, failed: false });
    answers = [];
    source.fire('order.changed');
    await jest.advanceTimersByTimeAsync(10);
    expect(flaky.get(NEW)).toMatchObject({ count: 5, failed: true });
    flaky.dispose();
  });

  it('when the counts are reset (sign-out), then a queue watched again is read again, not shown from the last user', async () => {
    counts.watch(NEW);
    await settle();
    counts.reset();
    expect(counts.get(NEW).count).toBeNull();
    reads = [];
    counts.watch(NEW);
    await settle();
    expect(reads).toEqual([queryKey(NEW)]);
  });
});
