import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * The outbox of a desk with no platform link and no SMS gateway (the default): reports wait for the replies
 * export, extension notices for a supervisor's phone call. And the per-unit counters the statistics read.
 */
const clock = new ManualClock('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Beijing
const RUN = randomBytes(3).toString('hex').toUpperCase();
let seq = 0;
let t: TestApp;
let desk: OrderDesk;

const checklist = (failed: string[] = []) => DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: failed.includes(i.code) ? 'fail' : 'pass' }));
const reply = () => ({
  content: '经核实，物业公司已清理楼道垃圾并安排每日保洁，已电话告知诉求人处理结果。',
  contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [],
});

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await desk.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}

async function dispatched(overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await desk.intake({ upstreamNo: `OBM${RUN}${String(++seq).padStart(4, '0')}`, ...overrides });
  await ok('operator', id, 'sign');
  await ok('supervisor', id, 'dispatch', { leadUnitId: desk.units.CGB });
  return id;
}

const messagesOf = async (orderId: string) =>
  (await t.dataSource.query('SELECT * FROM outbox_message WHERE order_id = $1 ORDER BY created_at, id', [orderId])) as Record<string, any>[];

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: true });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1352000' });
});
afterAll(async () => t?.close());

describe('approved replies without a platform link', () => {
  let orderId: string;

  it('when an approve fails after its effects ran, then nothing of it is in the outbox; when it succeeds, the reply waits as 待导出', async () => {
    orderId = await dispatched();
    await ok('unit.cgb', orderId, 'reply', reply());
    // The approve's timeline entry is written after its effects; refusing it rolls the whole action back.
    const refuse = `outbox_test_refuse_${RUN.toLowerCase()}`;
    await t.dataSource.query(`CREATE FUNCTION ${refuse}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER ${refuse} BEFORE INSERT ON order_event FOR EACH ROW
       WHEN (NEW.order_id = '${orderId}' AND NEW.action = 'approve') EXECUTE FUNCTION ${refuse}()`,
    );
    try {
      const refused = await desk.act('reviewer', orderId, 'approve', { checklist: checklist() });
      expect(refused.status).toBe(500);
    } finally {
      await t.dataSource.query(`DROP TRIGGER ${refuse} ON order_event`);
      await t.dataSource.query(`DROP FUNCTION ${refuse}()`);
    }
    expect(await messagesOf(orderId)).toEqual([]);
    expect((await desk.detail(orderId)).status).toBe('replied');

    await ok('reviewer', orderId, 'approve', { checklist: checklist() });
    const messages = await messagesOf(orderId);
    expect(messages.map((m) => [m.kind, m.topic, m.status, m.attempts])).toEqual([['platform', 'reply', 'manual', 0]]);
    expect((await desk.detail(orderId)).outbox.items).toEqual([expect.objectContaining({ topicLabel: '办结答复', statusLabel: '待导出' })]);
    const retry = await t.http.post(`/api/outbox/${messages[0].id}/retry`).set(desk.as('supervisor'));
    expect(retry.body).toMatchObject({ code: 'OUTBOX_CHANNEL_NOT_CONFIGURED', message: expect.stringContaining('导出') });
  });

  it('when the replies are exported, then the file lists them from the outbox and those not yet delivered become 已导出, by whom and when', async () => {
    const exportedAt = clock.now();
    const csv = async () => {
      const res = await t.http.get('/api/intake/exports/replies?format=csv').set(desk.as('reviewer'));
      expect(res.status).toBe(200);
      return res.text.replace(/^\uFEFF/, '').split('\r\n');
    };
    const [{ upstream_no: upstreamNo }] = await t.dataSource.query('SELECT upstream_no FROM work_order WHERE id = $1', [orderId]);
    const line = (await csv()).find((l) => l.startsWith(upstreamNo));
    expect(line).toMatch(new RegExp(`^${upstreamNo},2026-11-25 10:00:00,已解决,经核实.*,是,2026-11-25 10:00:00,电话,城市管理办$`));
    const [message] = await messagesOf(orderId);
    expect(message).toMatchObject({ status: 'exported', exported_by: expect.any(String) });
    expect(new Date(message.exported_at).getTime()).toBe(exportedAt.getTime());

    // Downloading the period again lists the same reply; the first export stays the one recorded.
    clock.advance(60_000);
    expect((await csv()).find((l) => l.startsWith(upstreamNo))).toBe(line);
    const [again] = await messagesOf(orderId);
    expect(new Date(again.exported_at).getTime()).toBe(exportedAt.getTime());
    const list = await t.http.get(`/api/outbox?orderId=${orderId}`).set(desk.as('supervisor'));
    expect(list.body.items).toEqual([expect.objectContaining({ statusLabel: '已导出', exportedBy: expect.any(String) })]);
  });
});

describe('extension notices without an SMS gateway (Art. 15)', () => {
  it('when an extension is approved, then the notice is 待电话告知 in the supervisors list with a masked phone, and a supervisor marks it told by phone, audited', async () => {
    const phone = `1352999${String(1000 + ++seq).slice(-4)}`;
    const id = await dispatched({ citizenPhone: phone });
    // Past the unit's 6 days, within the platform's 7: nothing goes upstream, only the citizen is told.
    await ok('unit.cgb', id, 'extend_request', { newDueAt: new Date(clock.now().getTime() + 6.5 * 86400e3).toISOString(), reason: '需等待物业公司采购配件' });
    await ok('supervisor', id, 'extend_decide', { approved: true });
    const messages = await messagesOf(id);
    expect(messages.map((m) => [m.kind, m.topic, m.status])).toEqual([['sms', 'extension_notice', 'manual']]);
    const notice = messages[0];

    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    const list = await t.http.get('/api/outbox?kind=sms&status=manual&pageSize=200').set(desk.as('supervisor'));
    expect(list.status).toBe(200);
    expect(list.body.items.find((m: { id: string }) => m.id === notice.id)).toMatchObject({
      orderId: id, statusLabel: '待电话告知', citizenPhone: masked, text: expect.stringContaining('办理时限已延长至'),
    });
    expect(JSON.stringify(list.body)).not.toContain(phone);
    const asAdmin = await t.http.get(`/api/outbox?orderId=${id}`).set(desk.as('admin'));
    expect(asAdmin.body.items[0].citizenPhone).toBe(masked);
    expect((await t.http.get('/api/outbox').set(desk.as('leader'))).status).toBe(403);

    const retry = await t.http.post(`/api/outbox/${notice.id}/retry`).set(desk.as('supervisor'));
    expect(retry.status).toBe(409);
    expect(retry.body).toMatchObject({ code: 'OUTBOX_CHANNEL_NOT_CONFIGURED', message: expect.stringContaining('电话告知') });
    expect((await t.http.post(`/api/outbox/${notice.id}/mark-done`).set(desk.as('operator')).send({})).status).toBe(403);
    expect((await t.http.post(`/api/outbox/${notice.id}/mark-done`).set(desk.as('admin')).send({})).status).toBe(403);

    const done = await t.http.post(`/api/outbox/${notice.id}/mark-done`).set(desk.as('supervisor')).send({ note: '已电话告知市民新的办理时限' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', statusLabel: '已电话告知' });
    const twice = await t.http.post(`/api/outbox/${notice.id}/mark-done`).set(desk.as('supervisor')).send({});
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('OUTBOX_ALREADY_SETTLED');

    const after = await t.http.get(`/api/outbox?orderId=${id}&status=done`).set(desk.as('supervisor'));
    expect(after.body.items).toEqual([expect.objectContaining({ id: notice.id, doneBy: expect.any(String), doneNote: '已电话告知市民新的办理时限' })]);
    const [audit] = await t.dataSource.query(
      `SELECT l.action, u.username, l.after FROM audit_log l JOIN app_user u ON u.id = l.actor_id WHERE l.entity_id = $1`, [notice.id],
    );
    expect(audit).toMatchObject({ action: 'outbox.mark_done', username: 'supervisor' });
    // The order page: every reader sees the notice was given; a leader sees no phone and no error text.
    const page = await desk.detail(id, 'leader');
    expect(page.outbox.items).toEqual([expect.objectContaining({ topicLabel: '延期告知', statusLabel: '已电话告知', lastError: null })]);
    expect(JSON.stringify(page.outbox)).not.toContain(phone.slice(-4));
  });
});

describe('per-unit counters (urge, reject, reopen)', () => {
  it('when a unit is urged twice, its reply rejected and the closed order reopened, then the counters say so and the review metrics read the rework from them', async () => {
    // A month no other file uses (May 2027; review.e2e takes January and February), so the metrics are this test's only.
    clock.advance(180 * 86400e3);
    const monthStart = clock.now().toISOString();
    const id = await dispatched();
    await ok('supervisor', id, 'urge', { comment: '请尽快联系市民' });
    await ok('supervisor', id, 'urge');
    await ok('unit.cgb', id, 'reply', reply());
    await ok('reviewer', id, 'reject', { checklist: checklist(['result_clear']), comment: '未写明处理结果' });
    await ok('unit.cgb', id, 'reply', reply());
    await ok('reviewer', id, 'approve', { checklist: checklist() });
    await ok('supervisor', id, 'reopen', { reason: '市民反映楼道又堆满垃圾' });

    const counters = await t.dataSource.query(
      `SELECT unit_id, to_char(day, 'YYYY-MM-DD') AS day, rework_count, urge_count FROM order_unit_counter WHERE order_id = $1`, [id],
    );
    expect(counters).toEqual([{ unit_id: desk.units.CGB, day: '2027-05-24', rework_count: 2, urge_count: 2 }]);
    const [order] = await t.dataSource.query('SELECT rework_count, urge_count FROM work_order WHERE id = $1', [id]);
    expect(order).toEqual({ rework_count: 2, urge_count: 2 });

    // One first review (rejected) then an approval; rework 2 — the rejection and the reopen, both counted (DESIGN §3).
    const metrics = await t.http.get(`/api/review/metrics?unitId=${desk.units.CGB}&from=${monthStart}`).set(desk.as('supervisor'));
    expect(metrics.status).toBe(200);
    expect(metrics.body.items).toEqual([
      expect.objectContaining({ unitId: desk.units.CGB, month: '2027-05', reviews: 2, firstReviews: 1, firstPassed: 0, firstPassRate: 0, reworkCount: 2 }),
    ]);
  });
});
