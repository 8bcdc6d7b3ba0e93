import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { verifyIntakeSignature } from '@app/intake';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { JobQueue, QUEUE_DRIVER, type QueueDriver } from '@app/queue';
import { createTestApp, testConfig, waitUntil, type TestApp } from '@app/testing';
import { chineseDateTime } from '../../libs/orders/src/outbox/citizen-sms-text.js';
import { OutboxDelivery } from '../../libs/orders/src/outbox/outbox-delivery.service.js';
import { OutboxRepository } from '../../libs/orders/src/outbox/outbox.repository.js';
import { OutboxSweep } from '../../libs/orders/src/outbox/outbox-sweep.service.js';
import { HttpReceiver } from '../support/http-receiver.js';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * The outbox with both outside channels configured: a local receiver stands in for the 12345 platform (it checks
 * our signature with the intake verifier, as the platform would) and another for the SMS gateway. Jobs run in this
 * process on BullMQ (Redis), exactly as in the worker.
 */
const SECRET = 'platform-sync-shared-secret-'.padEnd(48, 's');
const clock = new ManualClock('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Beijing
const platform = new HttpReceiver(({ headers, raw }) => {
  const check = verifyIntakeSignature({
    secret: SECRET, timestampHeader: headers['x-hd-timestamp'] as string | undefined, signatureHeader: headers['x-hd-signature'] as string | undefined,
    rawBody: Buffer.from(raw), now: clock.now(), maxSkewSeconds: 300,
  });
  return check.ok ? null : 401;
});
const sms = new HttpReceiver();
const RUN = randomBytes(3).toString('hex').toUpperCase();
let seq = 0;
let t: TestApp;
let desk: OrderDesk;

const checklist = DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: 'pass' }));
const REPLY = '经核实，物业公司已清理楼道垃圾并安排每日保洁，已电话告知诉求人处理结果。';

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await desk.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}

async function dispatched(overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await desk.intake({ upstreamNo: `OBX${RUN}${String(++seq).padStart(4, '0')}`, ...overrides });
  await ok('operator', id, 'sign');
  await ok('supervisor', id, 'dispatch', { leadUnitId: desk.units.CGB });
  return id;
}

async function approved(): Promise<string> {
  const id = await dispatched();
  await ok('unit.cgb', id, 'reply', { content: REPLY, contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [] });
  await ok('reviewer', id, 'approve', { checklist });
  return id;
}

const messagesOf = async (orderId: string) =>
  (await t.dataSource.query('SELECT * FROM outbox_message WHERE order_id = $1 ORDER BY created_at, id', [orderId])) as Record<string, any>[];

async function settled(messageId: string, status: string) {
  let row: Record<string, any> | undefined;
  await waitUntil(
    async () => {
      [row] = await t.dataSource.query('SELECT * FROM outbox_message WHERE id = $1', [messageId]);
      return row?.status === status;
    },
    20_000,
    () => `message ${messageId} is not ${status}: ${JSON.stringify(row)}`,
  );
  return row!;
}

beforeAll(async () => {
  const [platformUrl, smsUrl] = [await platform.start(), await sms.start()];
  t = await createTestApp({
    clock,
    runJobs: true,
    config: testConfig({ PLATFORM_SYNC_URL: `${platformUrl}/sync`, PLATFORM_SYNC_SECRET: SECRET, SMS_WEBHOOK_URL: `${smsUrl}/sms`, OUTBOX_HTTP_TIMEOUT: '5s' }),
  });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1351000' });
});
afterAll(async () => {
  await t?.close();
  await Promise.all([platform.close(), sms.close()]);
});

describe('POST /api/orders/:id/actions/approve → the platform', () => {
  it('when a reply is approved, then its report is in the outbox from the same commit and the job delivers it signed, once', async () => {
    const id = await approved();
    const [message] = await messagesOf(id);
    const [order] = await t.dataSource.query('SELECT upstream_no, closed_at FROM work_order WHERE id = $1', [id]);
    // Written by the approve itself: the same transaction's time as the order's closing.
    expect(message).toMatchObject({ kind: 'platform', topic: 'reply', street_code: expect.any(String) });
    expect(new Date(message.created_at).getTime()).toBe(new Date(order.closed_at).getTime());

    const delivered = await settled(message.id, 'delivered');
    expect(delivered).toMatchObject({ attempts: 1, last_error: null, next_attempt_at: null });
    const requests = platform.for(message.id);
    expect(requests.map((r) => r.status)).toEqual([200]); // the receiver verified the signature (401 otherwise)
    expect(requests[0].body).toMatchObject({
      id: message.id, topic: 'reply', orderId: id, upstreamNo: order.upstream_no, content: REPLY, result: 'solved',
      contacted: true, contactMethod: 'phone', unitName: '城市管理办',
    });

    // A second delivery of the same message — a redelivered job, a direct call, a supervisor's retry — sends nothing.
    const jobId = `redeliver-${message.id}`;
    await t.app.get(JobQueue).enqueue('outbox-deliver', { outboxId: message.id }, { jobId });
    const driver = t.app.get<QueueDriver>(QUEUE_DRIVER);
    await waitUntil(async () => (await driver.list('completed', 500)).some((j) => j.id === jobId), 20_000, () => `${jobId} did not complete`);
    expect(await t.app.get(OutboxDelivery).deliver(message.id, { attempt: 1 })).toBe('skipped');
    const retry = await t.http.post(`/api/outbox/${message.id}/retry`).set(desk.as('supervisor'));
    expect(retry.status).toBe(409);
    expect(retry.body).toMatchObject({ code: 'OUTBOX_ALREADY_SETTLED', message: expect.stringContaining('不会重复发送') });
    expect(platform.for(message.id)).toHaveLength(1);

    const page = await desk.detail(id, 'leader');
    expect(page.outbox.items).toEqual([expect.objectContaining({ id: message.id, topicLabel: '办结答复', status: 'delivered', statusLabel: '已送达', attempts: 1 })]);
  });

  it('when the platform answers 500, then the message shows 发送失败 with the error, attempts and next attempt, and a retry delivers it later', async () => {
    platform.answers.push(500);
    const id = await approved();
    const [message] = await messagesOf(id);
    const failed = await settled(message.id, 'failed');
    expect(failed).toMatchObject({ attempts: 1, last_error: 'HTTP 500：platform down' });
    // The queue's backoff: the first retry 30 s after the failure (time as the desk's clock reads it).
    expect(new Date(failed.next_attempt_at).getTime()).toBe(clock.now().getTime() + 30_000);

    const list = await t.http.get('/api/outbox?status=failed&kind=platform&pageSize=200').set(desk.as('supervisor'));
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 200, total: expect.any(Number) });
    expect(list.body.items.find((m: { id: string }) => m.id === message.id)).toMatchObject({
      orderId: id, status: 'failed', statusLabel: '发送失败', attempts: 1, lastError: 'HTTP 500：platform down',
      nextAttemptAt: new Date(clock.now().getTime() + 30_000).toISOString(),
    });
    expect((await t.http.get('/api/outbox').set(desk.as('leader'))).status).toBe(403);
    expect((await t.http.post(`/api/outbox/${message.id}/retry`).set(desk.as('operator'))).status).toBe(403);

    clock.advance(5 * 60_000);
    const retry = await t.http.post(`/api/outbox/${message.id}/retry`).set(desk.as('supervisor'));
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id: message.id, status: 'pending', statusLabel: '待发送' });
    const delivered = await settled(message.id, 'delivered');
    expect(delivered).toMatchObject({ attempts: 2, last_error: null, round: 2 });
    expect(platform.for(message.id).map((r) => r.status)).toEqual([500, 200]);
    const audit = await t.dataSource.query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1`, [message.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['outbox.retry']);
  });
});

describe('extensions (Art. 15)', () => {
  it('when a unit asks past the platform limit, then the request goes upstream; when approved, the citizen gets the SMS with the clear phone, never stored in the outbox', async () => {
    const phone = `1351999${String(1000 + ++seq).slice(-4)}`;
    const id = await dispatched({ citizenPhone: phone });
    const newDueAt = new Date(clock.now().getTime() + 10 * 86400e3).toISOString(); // the platform gave 7 days
    await ok('unit.cgb', id, 'extend_request', { newDueAt, reason: '需协调供热公司更换管线，时间较长' });
    const [request] = await messagesOf(id);
    expect(request).toMatchObject({ kind: 'platform', topic: 'extension_request' });
    await settled(request.id, 'delivered');
    expect(platform.for(request.id)[0].body).toMatchObject({ topic: 'extension_request', orderId: id, reason: '需协调供热公司更换管线，时间较长', unitName: '城市管理办' });
    expect(new Date(platform.for(request.id)[0].body.requestedDueAt).toISOString()).toBe(newDueAt);

    await ok('supervisor', id, 'extend_decide', { approved: true, upstreamApproved: true, newUpstreamDueAt: newDueAt });
    const notice = (await messagesOf(id)).find((m) => m.kind === 'sms')!;
    expect(notice.topic).toBe('extension_notice');
    const [{ upstream_no: upstreamNo }] = await t.dataSource.query('SELECT upstream_no FROM work_order WHERE id = $1', [id]);
    expect(notice.payload.text).toBe(`【陶然亭街道】您反映的问题（工单号${upstreamNo}）办理时限已延长至${chineseDateTime(new Date(newDueAt))}，我们将尽快办理。`);
    const [stored] = await t.dataSource.query('SELECT payload::text AS payload FROM outbox_message WHERE id = $1', [notice.id]);
    expect(stored.payload).not.toContain(phone);

    await settled(notice.id, 'delivered');
    expect(sms.for(notice.id).map((r) => r.body)).toEqual([{ id: notice.id, orderId: id, phone, text: notice.payload.text }]);
    const list = await t.http.get(`/api/outbox?kind=sms&orderId=${id}`).set(desk.as('supervisor'));
    expect(list.body.items).toEqual([expect.objectContaining({ id: notice.id, statusLabel: '已送达', citizenPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}` })]);
    expect(JSON.stringify(list.body)).not.toContain(phone);
  });
});

describe('the outbox sweep', () => {
  it('when a message was committed but its enqueue was lost, then the sweep hands it to the queue once it is past the grace, and it is delivered', async () => {
    const id = await dispatched();
    const [order] = await t.dataSource.query('SELECT street_code, upstream_no FROM work_order WHERE id = $1', [id]);
    // What an action's commit leaves when the process stops before its after-commit enqueue.
    const lost = await t.dataSource.transaction((m) =>
      OutboxRepository.insert(m, {
        streetCode: order.street_code, orderId: id, kind: 'platform', topic: 'return_request',
        payload: { upstreamNo: order.upstream_no, reason: 'not_our_duty', text: '非本街道职责' }, status: 'pending', createdBy: null, at: clock.now(),
      }),
    );
    // Too young: its own enqueue may still come. (The sweep may hand other files' messages on: the database is shared.)
    await t.app.get(OutboxSweep).sweep();
    const driver = t.app.get<QueueDriver>(QUEUE_DRIVER);
    const states = ['waiting', 'delayed', 'active', 'completed', 'failed'] as const;
    const jobs = (await Promise.all(states.map((state) => driver.list(state, 1000)))).flat();
    expect(jobs.filter((j) => (j.payload as { outboxId?: string }).outboxId === lost.id)).toEqual([]);
    expect(platform.for(lost.id)).toHaveLength(0);

    clock.advance(2 * 60_000);
    await t.app.get(JobQueue).enqueue('outbox-sweep', {}, { jobId: `sweep-${lost.id}` });
    await settled(lost.id, 'delivered');
    expect(platform.for(lost.id).map((r) => [r.status, r.body.topic])).toEqual([[200, 'return_request']]);
  });
});
