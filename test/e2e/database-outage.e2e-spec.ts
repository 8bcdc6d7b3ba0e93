import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, waitUntil, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';
import { TcpProxy } from '../support/tcp-proxy.js';

/**
 * Issue 13, faults: PostgreSQL unreachable for 10 s. The api keeps answering — 503 with a code, a Chinese message and
 * Retry-After, nothing half-applied — and serves again by itself once the database is back, jobs included; the
 * process is never restarted. The app reaches PostgreSQL through a proxy the test cuts, so the shared server is
 * never touched.
 */
const clock = new ManualClock('2026-11-25T02:00:00Z');
const OUTAGE_MS = 10_000;
let proxy: TcpProxy;
let t: TestApp;
let desk: OrderDesk;

beforeAll(async () => {
  const target = new URL(process.env.TEST_DATABASE_URL!);
  proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  await proxy.start();
  const proxied = new URL(target);
  proxied.host = `127.0.0.1:${proxy.port}`;
  t = await createTestApp({ clock, runJobs: true, configOverrides: { DATABASE_URL: proxied.toString() } });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'admin'], phonePrefix: '1396631' });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await proxy?.stop();
});

const orderCount = async () => (await t.http.get('/api/orders?pageSize=1').set(desk.as('operator'))).body.total as number;

describe('PostgreSQL unreachable for 10 seconds', () => {
  it('when the database drops away, then requests get 503 DATABASE_UNAVAILABLE; when it is back, then the api serves again without a restart', async () => {
    const before = await orderCount();
    await proxy.cut();
    const ended = Date.now() + OUTAGE_MS;
    const answers: { status: number; code: string; retryAfter?: string; message: string }[] = [];
    while (Date.now() < ended) {
      const [read, write] = await Promise.all([
        t.http.get('/api/orders').set(desk.as('operator')),
        t.http.post('/api/orders').set(desk.as('operator')).send(desk.orderBody({ content: '停电期间提交的工单，应当被拒绝。' })),
      ]);
      for (const res of [read, write]) {
        answers.push({ status: res.status, code: res.body.code, retryAfter: res.headers['retry-after'], message: res.body.message });
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const health = await t.http.get('/api/health');
    expect(health.status).toBe(503);
    expect(answers.length).toBeGreaterThan(4);
    // Every answer during the outage: a 503 the desk can show, never a 500.
    expect(answers.filter((a) => a.status !== 503 || a.code !== 'DATABASE_UNAVAILABLE' || a.retryAfter !== '5' || !/数据库/.test(a.message))).toEqual([]);

    await proxy.restore();
    await waitUntil(async () => (await t.http.get('/api/orders?pageSize=1').set(desk.as('operator'))).status === 200, 20_000, () => 'the api did not recover');
    // Nothing of the refused writes reached the database; a new one goes through.
    expect(await orderCount()).toBe(before);
    const created = await t.http.post('/api/orders').set(desk.as('operator')).send(desk.orderBody({ content: '恢复后提交的工单。' }));
    expect(created.status).toBe(201);
    expect(await orderCount()).toBe(before + 1);
    expect((await t.http.get('/api/health')).status).toBe(200);
  }, 90_000);

  it('when the database is back, then jobs run again in the same process', async () => {
    const requested = await t.http.post('/api/admin/audit/verify').set(desk.as('admin'));
    expect(requested.status).toBe(202);
    let last: { status?: string } = {};
    await waitUntil(async () => {
      last = (await t.http.get(`/api/admin/audit/verifications/${requested.body.id}`).set(desk.as('admin'))).body;
      return last.status === 'finished';
    }, 30_000, () => `verification still ${JSON.stringify(last)}`);
  }, 60_000);
});
