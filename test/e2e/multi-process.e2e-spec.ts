import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { ManualClock } from '@app/clock';
import { createTestApp, waitUntil, withTimeout, type TestApp } from '@app/testing';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.js';

/**
 * Issue 13, several processes: two api processes and two workers (the production entries, built) on loopback against
 * one PostgreSQL and one Redis. An order changed through one api reaches a socket on the other; 200 concurrent
 * actions spread over both apis lose no update and leave one timeline event per accepted action; every delayed alarm
 * fires exactly once although both workers consume the queue.
 */
const ORDERS = 40;
const TRIES_PER_ORDER = 5; // 200 concurrent sign requests, half through each api
// Received long before the real clock the processes run on: every order's sign clock is past due at intake, so its
// delayed alarm is due at once and both workers race for it.
const clock = new ManualClock('2026-11-25T02:00:00Z');

let t: TestApp;
let desk: OrderDesk;
let apis: ApiProcess[] = [];
let workers: WorkerProcess[] = [];
let sockets: Socket[] = [];

beforeAll(async () => {
  // A database of its own: its orders would crowd the lists other files read.
  t = await createTestApp({ clock, ownDatabase: 'multi_process' });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor'], phonePrefix: '1396651' });
  apis = await Promise.all([startApiProcess(t.config), startApiProcess(t.config)]);
  workers = await Promise.all([startWorkerProcess(t.config), startWorkerProcess(t.config)]);
}, 180_000);
afterAll(async () => {
  for (const s of sockets) s.close();
  await Promise.all([...apis, ...workers].map((p) => p.stop('SIGTERM')));
  await t?.close();
});

async function call(api: ApiProcess, user: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...desk.as(user) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

function listen(api: ApiProcess, user: string): Promise<Socket> {
  const socket = io(`${api.url}/desk`, { auth: { token: desk.tokens[user] }, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  return withTimeout(new Promise<Socket>((resolve) => socket.once('ready', () => resolve(socket))), 10_000, 'socket ready');
}

const countOf = async (sql: string, ids: string[]) => ((await t.dataSource.query(sql, [ids])) as { n: number }[])[0].n;

describe('two api processes and two workers on one PostgreSQL and one Redis', () => {
  let ids: string[] = [];

  it('when an order is changed through one api, then a socket on the other hears it', async () => {
    const [a, b] = apis;
    const onB = await listen(b, 'supervisor');
    const created = await call(a, 'operator', 'POST', '/api/orders', desk.orderBody({ content: '跨进程事件：经 A 提交，B 上的坐席应当看到。' }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const heard = withTimeout(new Promise<{ orderId: string; action: string }>((resolve) => {
      onB.on('order.changed', (e: { orderId: string; action: string }) => { if (e.orderId === id && e.action === 'sign') resolve(e); });
    }), 15_000, 'order.changed on the other api');
    const signed = await call(a, 'operator', 'POST', `/api/orders/${id}/actions/sign`, { version: created.body.version });
    expect(signed.status).toBe(200);
    await heard;
  }, 60_000);

  it('when both workers consume the alarms, then every overdue sign clock is raised exactly once', async () => {
    const created = await Promise.all(Array.from({ length: ORDERS }, (_, i) =>
      call(apis[i % 2], 'operator', 'POST', '/api/orders', desk.orderBody({ content: `多进程第${i}单：楼道灯坏了，晚上看不见。` }))));
    expect(created.map((c) => c.status)).toEqual(Array(ORDERS).fill(201));
    ids = created.map((c) => c.body.id as string);
    const overdueEvents = `SELECT count(*)::int AS n FROM order_event WHERE action = 'overdue' AND payload->>'clock' = 'sign' AND order_id = ANY($1::uuid[])`;
    await waitUntil(async () => (await countOf(overdueEvents, ids)) >= ORDERS, 60_000, () => 'not every sign clock was raised');
    await new Promise((r) => setTimeout(r, 2000)); // a second raise, if any, would land now
    expect(await countOf(overdueEvents, ids)).toBe(ORDERS);
    // The sign clock's records only: the processes run on the real clock, which has also passed these orders'
    // platform limits (a week after the pinned intake time), and the sweep rightly raises those too.
    expect(await countOf(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'order.overdue' AND after->>'clock' = 'sign' AND entity_id = ANY($1::text[])`, ids)).toBe(ORDERS);
  }, 120_000);

  it('when 200 sign requests race over both apis, then each order is signed once and the others get 409', async () => {
    const versions = await Promise.all(ids.map(async (id) => (await call(apis[0], 'supervisor', 'GET', `/api/orders/${id}`)).body.version as number));
    const answers = await Promise.all(ids.flatMap((id, i) => Array.from({ length: TRIES_PER_ORDER }, (_, k) =>
      call(apis[(i + k) % 2], 'operator', 'POST', `/api/orders/${id}/actions/sign`, { version: versions[i] }).then((res) => ({ id, ...res })))));
    expect(answers.filter((a) => a.status !== 200 && a.status !== 409)).toEqual([]);
    for (const id of ids) {
      const mine = answers.filter((a) => a.id === id);
      expect({ id, accepted: mine.filter((a) => a.status === 200).length }).toEqual({ id, accepted: 1 });
    }
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'ORDER_VERSION_CONFLICT')).toBe(true);
    // One timeline event and one audit record per accepted action; every order moved exactly one version.
    expect(await countOf(`SELECT count(*)::int AS n FROM order_event WHERE action = 'sign' AND order_id = ANY($1::uuid[])`, ids)).toBe(ORDERS);
    expect(await countOf(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'order.sign' AND entity_id = ANY($1::text[])`, ids)).toBe(ORDERS);
    const rows = (await t.dataSource.query(`SELECT id, version, status FROM work_order WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; version: number; status: string }[];
    expect(rows.filter((r, _i) => r.status !== 'signed' || r.version !== versions[ids.indexOf(r.id)] + 1)).toEqual([]);
  }, 120_000);
});
