import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * Issue 13, faults: the api killed with `kill -9` in the middle of a burst of 500 manual intakes. Every order the api
 * acknowledged (201) exists exactly once, nothing exists twice, and the operator's retry of whatever was not
 * acknowledged (same Idempotency-Key, against the restarted api) completes the batch without a duplicate — including
 * the orders that committed just before the kill but whose answer never left the process.
 */
const BURST = 500;
const CONCURRENCY = 20;
const KILL_AFTER = 150;
const BATCH = `崩溃批次${randomUUID().slice(0, 8)}`;

let t: TestApp;
let desk: OrderDesk;
let api: ApiProcess | null = null;

interface Attempt {
  key: string;
  body: Record<string, unknown>;
  status: number | 'lost';
  id?: string;
}

async function post(url: string, token: string, attempt: Attempt): Promise<void> {
  try {
    const res = await fetch(`${url}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': attempt.key },
      body: JSON.stringify(attempt.body),
    });
    attempt.status = res.status;
    if (res.status === 201) attempt.id = ((await res.json()) as { id: string }).id;
  } catch {
    attempt.status = 'lost'; // the connection died with the process: the operator never heard back
  }
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'operator', password: 'Hotline#2026' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const batchOrders = async () =>
  (await t.dataSource.query(`SELECT id, content FROM work_order WHERE content LIKE $1`, [`${BATCH}%`])) as { id: string; content: string }[];

beforeAll(async () => {
  // A database of its own: 500 more orders would crowd the lists other files read.
  t = await createTestApp({ clock: new ManualClock('2026-11-25T02:00:00Z'), ownDatabase: 'api_crash' });
  desk = await openOrderDesk(t, new ManualClock('2026-11-25T02:00:00Z'), { users: ['operator'], phonePrefix: '1396641' });
}, 120_000);
afterAll(async () => {
  await api?.stop('SIGKILL');
  await t?.close();
});

describe('kill -9 of the api during a burst of intakes', () => {
  it('when the api dies mid-burst, then every acknowledged order exists once, and retrying the rest with their keys completes the batch without a duplicate', async () => {
    api = await startApiProcess(t.config);
    const token = await login(api.url);
    const attempts: Attempt[] = Array.from({ length: BURST }, (_, i) => ({
      key: randomUUID(),
      body: desk.orderBody({ content: `${BATCH}-${String(i).padStart(3, '0')} 楼下商铺夜间噪音扰民，请尽快处理。` }),
      status: 'lost',
    }));

    let next = 0;
    let answered = 0;
    let killed: Promise<void> | null = null;
    const running = api;
    const lane = async () => {
      while (next < attempts.length) {
        const attempt = attempts[next++];
        await post(running.url, token, attempt);
        if (++answered === KILL_AFTER) killed = running.stop('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    await killed;

    const acknowledged = attempts.filter((a) => a.status === 201);
    const unanswered = attempts.filter((a) => a.status !== 201);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER - CONCURRENCY);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(attempts.filter((a) => a.status !== 201 && a.status !== 'lost')).toEqual([]); // no 500s before the kill

    const afterCrash = await batchOrders();
    const ids = new Set(afterCrash.map((o) => o.id));
    expect(acknowledged.filter((a) => !ids.has(a.id!))).toEqual([]); // nothing acknowledged was lost
    expect(new Set(afterCrash.map((o) => o.content)).size).toBe(afterCrash.length); // nothing exists twice

    // The operator retries what never got an answer, with the same keys, against the api once it is back.
    api = await startApiProcess(t.config);
    const again = await login(api.url);
    for (const attempt of unanswered) await post(api.url, again, attempt);
    expect(attempts.filter((a) => a.status !== 201)).toEqual([]);

    const complete = await batchOrders();
    expect(complete.length).toBe(BURST);
    expect(new Set(complete.map((o) => o.content)).size).toBe(BURST);
    expect(new Set(attempts.map((a) => a.id)).size).toBe(BURST);
    // One creation record per order in the audit trail, and one timeline start.
    const [{ audits, events }] = (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM audit_log WHERE action = 'order.create' AND entity_id = ANY($1::text[])) AS audits,
              (SELECT count(*)::int FROM order_event WHERE action = 'create' AND order_id = ANY($1::uuid[])) AS events`,
      [complete.map((o) => o.id)],
    )) as { audits: number; events: number }[];
    expect({ audits, events }).toEqual({ audits: BURST, events: BURST });
  }, 240_000);
});
