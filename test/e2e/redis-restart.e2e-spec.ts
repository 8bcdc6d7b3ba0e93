import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, waitUntil, withTimeout, type TestApp } from '@app/testing';
import { OwnRedis } from '../support/own-redis.js';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.js';

/**
 * Issue 13, faults: Redis restarted under a running api and worker. A delayed alarm queued before the restart still
 * fires when due, the supervisor's open page hears it without reloading, and a job queued after the restart runs —
 * no process restarted. Redis is a server of the test's own (append-only file, as docker-compose.yml runs it), so
 * the shared one is never touched. The processes run on the real clock: the order is back-dated so that its sign
 * clock falls due a few seconds after Redis is back.
 */
const DUE_IN_MS = 15_000;
const DOWN_MS = 4_000;
let redis: OwnRedis;
let t: TestApp;
let worker: WorkerProcess;
let supervisor: string;
let operator: string;
let admin: string;
let socket: Socket | null = null;

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  redis = new OwnRedis();
  await redis.start();
  // A database of its own: orders received on the real clock would sort first in the lists other files read.
  t = await createTestApp({ ownDatabase: 'redis_restart', configOverrides: { REDIS_URL: redis.url } });
  [supervisor, operator, admin] = await Promise.all(['supervisor', 'operator', 'admin'].map((u) => t.login(u)));
  worker = await startWorkerProcess(t.config);
}, 120_000);
afterAll(async () => {
  socket?.close();
  await worker?.stop('SIGTERM');
  await t?.close();
  await redis?.dispose();
});

async function intake(receivedAt: Date, content: string): Promise<{ id: string; signDueAt: Date }> {
  const res = await t.http.post('/api/orders').set(auth(operator)).send({
    channel: 'hotline', receivedAt: receivedAt.toISOString(), citizenName: '赵某某', citizenPhone: '13966160001',
    address: '黑窑厂街12号院3号楼', type: 'complaint', urgency: 'normal', category: '城乡建设/物业管理/物业服务', content,
  });
  expect(res.status).toBe(201);
  const detail = await t.http.get(`/api/orders/${res.body.id}`).set(auth(supervisor));
  const sign = (detail.body.deadlines as { kind: string; dueAt: string }[]).find((d) => d.kind === 'sign')!;
  return { id: res.body.id as string, signDueAt: new Date(sign.dueAt) };
}

describe('Redis restarted under a running api and worker', () => {
  it('when Redis goes down and comes back, then the delayed alarm fires on time, the open page hears it, and new jobs run', async () => {
    // How long the sign clock runs for this kind of order, from a probe order received now.
    const now = Date.now();
    const probe = await intake(new Date(now), 'Redis 重启测试：探测签收时限。');
    const window = probe.signDueAt.getTime() - now;
    const { id } = await intake(new Date(Date.now() - window + DUE_IN_MS), 'Redis 重启测试：签收时限在 Redis 恢复后到期。');

    socket = io(`${t.url}/desk`, { auth: { token: supervisor }, transports: ['websocket'] });
    await withTimeout(new Promise((r) => socket!.once('ready', r)), 10_000, 'socket ready');
    const heard = withTimeout(new Promise<void>((resolve) => {
      socket!.on('order.overdue', (e: { orderId: string; clock: string }) => { if (e.orderId === id && e.clock === 'sign') resolve(); });
    }), DUE_IN_MS + 45_000, 'order.overdue on the open page');

    await redis.stop();
    await waitUntil(async () => (await t.http.get('/api/health')).status === 503, 10_000, () => 'health still ok with Redis down');
    await new Promise((r) => setTimeout(r, DOWN_MS));
    await redis.start();
    await waitUntil(async () => (await t.http.get('/api/health')).status === 200, 30_000, () => 'health did not recover');

    await heard;
    const events = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM order_event WHERE order_id = $1 AND action = 'overdue' AND payload->>'clock' = 'sign'`, [id],
    )) as { n: number }[];
    expect(events[0].n).toBe(1);

    const queued = await t.http.post('/api/admin/audit/verify').set(auth(admin));
    expect(queued.status).toBe(202);
    await waitUntil(async () => (await t.http.get(`/api/admin/audit/verifications/${queued.body.id}`).set(auth(admin))).body.status === 'finished',
      30_000, () => `a job queued after the restart did not run:\n${worker.log().slice(-2000)}`);
  }, 120_000);
});
