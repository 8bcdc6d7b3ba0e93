import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST, HangProgressAlarms } from '@app/orders';
import { createTestApp, withTimeout, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

const clock = new ManualClock('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Beijing
let t: TestApp;
const CALLER_PREFIX = '1370000';
let desk: OrderDesk;
let tokens: Record<string, string>;
let units: Record<string, string>;
const as = (user: string) => desk.as(user);
const intake = (overrides?: Record<string, unknown>) => desk.intake(overrides);
const detail = (id: string, user?: string) => desk.detail(id, user);
const act = (user: string, id: string, action: string, body?: Record<string, unknown>) => desk.act(user, id, action, body);

/** The lifecycle steps of a timeline; intake's duplicate hints (same address within 7 days) are not steps. */
const stepsOf = (timeline: { action: string }[]) => timeline.map((e) => e.action).filter((a) => a !== 'duplicate_suspected');

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
  return res.body;
}

const GOOD_REPLY = '经核实，物业公司已清理楼道垃圾，并已责令其每日保洁。已电话告知诉求人处理结果。';
const reply = (content = GOOD_REPLY) => ({
  content, contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [],
});
const checklist = (failed: string[] = []) => DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: failed.includes(i.code) ? 'fail' : 'pass' }));

async function replied(content = GOOD_REPLY): Promise<string> {
  const id = await intake();
  await ok('operator', id, 'sign');
  await ok('supervisor', id, 'dispatch', { leadUnitId: units.CGB });
  await ok('unit.cgb', id, 'reply', reply(content));
  return id;
}

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { phonePrefix: CALLER_PREFIX });
  ({ tokens, units } = desk);
});
afterAll(async () => t?.close());

describe('GET /api/review/queue', () => {
  it('when a reply says "不归我们管" and carries an ID-card number, then the reviewer sees both flagged with the matched text and the items pre-failed', async () => {
    const id = await replied(`${GOOD_REPLY}此事不归我们管。当事人身份证号110101199003074514。`);
    const queue = await t.http.get('/api/review/queue?pageSize=200').set(as('reviewer'));
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((o: { id: string }) => o.id)).toContain(id);
    const dueTimes = queue.body.items.map((o: { reviewDueAt: string | null }) => o.reviewDueAt).filter(Boolean).map((d: string) => new Date(d).getTime());
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));

    const res = await t.http.get(`/api/review/queue/${id}`).set(as('reviewer'));
    expect(res.status).toBe(200);
    expect(stepsOf(res.body.order.timeline)).toEqual(['create', 'sign', 'dispatch', 'reply']);
    expect(res.body.reply.content).toContain('不归我们管');
    const findings = res.body.screening.findings.map((f: { rule: string; matched: string }) => [f.rule, f.matched]);
    expect(findings).toEqual(expect.arrayContaining([['evasive_phrase', '不归我们管'], ['id_card_number', '110101199003074514']]));
    const failed = res.body.checklist.filter((c: { verdict: string | null }) => c.verdict === 'fail').map((c: { item: string }) => c.item);
    expect(failed).toEqual(['wording_polite', 'no_third_party_pii']);

    // the order page carries the same findings for the reviewer, and none for a leader (they quote personal data)
    const page = await t.http.get(`/api/orders/${id}`).set(as('reviewer'));
    expect(page.body.screening.findings.map((f: { matched: string }) => f.matched)).toEqual(expect.arrayContaining(['不归我们管']));
    expect((await t.http.get(`/api/orders/${id}`).set(as('leader'))).body.screening).toBeUndefined();

    // screened once: opening it again reuses the stored result
    await t.http.get(`/api/review/queue/${id}`).set(as('reviewer'));
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM reply_screening WHERE order_id = $1', [id]))[0].n).toBe(1);
  });

  it('when replies wait unopened in the queue, then the list already shows their screening, not 未筛查', async () => {
    const flagged = await replied(`${GOOD_REPLY}此事不归我们管。`);
    const clean = await replied();
    const queue = await t.http.get('/api/review/queue?pageSize=200').set(as('reviewer'));
    const countOf = (id: string) => queue.body.items.find((o: { id: string }) => o.id === id)?.findingCount;
    expect({ flagged: countOf(flagged), clean: countOf(clean) }).toEqual({ flagged: 1, clean: 0 });
    // the list stored what it screened: opening the reply shows the same finding and screens nothing again
    const res = await t.http.get(`/api/review/queue/${flagged}`).set(as('reviewer'));
    expect(res.body.screening.findings.map((f: { matched: string }) => f.matched)).toEqual(['不归我们管']);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM reply_screening WHERE order_id = $1', [flagged]))[0].n).toBe(1);
  });

  it('when a unit user asks for the queue, then 403', async () => {
    expect((await t.http.get('/api/review/queue').set(as('unit.cgb'))).status).toBe(403);
  });
});

describe('approve and reject (POST /api/orders/:id/actions/approve|reject)', () => {
  it('when approving with a failed item, then 409 naming the item, and nothing changes', async () => {
    const id = await replied();
    const before = await detail(id);
    const res = await act('reviewer', id, 'approve', { checklist: checklist(['wording_polite']) });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ORDER_REVIEW_ITEM_FAILED');
    expect(res.body.message).toContain('用语文明规范，无禁用表述');
    expect(res.body.details.failedItems).toEqual([{ item: 'wording_polite', label: '用语文明规范，无禁用表述', reason: 'failed' }]);
    expect((await detail(id)).version).toBe(before.version);
  });

  it('when rejecting without a failed item or without a comment, then 400', async () => {
    const id = await replied();
    const noFailure = await act('reviewer', id, 'reject', { checklist: checklist(), comment: '请重写' });
    expect(noFailure.status).toBe(400);
    expect(noFailure.body.code).toBe('ORDER_REJECT_WITHOUT_FAILED_ITEM');
    const noComment = await act('reviewer', id, 'reject', { checklist: checklist(['result_clear']) });
    expect(noComment.status).toBe(400);
    expect(noComment.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['comment']);
  });

  it('when the admin adds a checklist item, then approvals must judge it, and unknown items are refused', async () => {
    const created = await t.http.post('/api/admin/review-checklist').set(as('admin')).send({ code: 'deadline_met', label: '在办理时限内答复' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'deadline_met', active: true, naAllowed: false });
    const id = await replied();
    const missing = await act('reviewer', id, 'approve', { checklist: checklist() });
    expect(missing.status).toBe(400);
    expect(missing.body.details.fields[0].message).toContain('在办理时限内答复');
    const unknown = await act('reviewer', id, 'approve', { checklist: [...checklist(), { item: 'deadline_met', verdict: 'pass' }, { item: 'made_up', verdict: 'pass' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.fields[0].field).toMatch(/^checklist\[\d\]\.item$/);
    // deactivate it again so the other tests judge the defaults
    const list = await t.http.get('/api/admin/review-checklist').set(as('admin'));
    const item = list.body.find((i: { code: string }) => i.code === 'deadline_met');
    const off = await t.http.patch('/api/admin/review-checklist/deadline_met').set(as('admin')).send({ version: item.version, active: false });
    expect(off.status).toBe(200);
    await ok('reviewer', id, 'approve', { checklist: checklist() });
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE action LIKE 'review.checklist.%' ORDER BY id`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['review.checklist.create', 'review.checklist.update']);
  });
});

describe('不适用 only where the item allows it (DESIGN §6)', () => {
  /** The defaults with `na` on the given items and `pass` elsewhere. */
  const withNa = (items: string[]) => DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: items.includes(i.code) ? 'na' : 'pass' }));
  const ALL = DEFAULT_REVIEW_CHECKLIST.map((i) => i.code);
  const setNaAllowed = async (code: string, naAllowed: boolean) => {
    const item = (await t.http.get('/api/admin/review-checklist').set(as('admin'))).body.find((i: { code: string }) => i.code === code);
    const res = await t.http.patch(`/api/admin/review-checklist/${code}`).set(as('admin')).send({ version: item.version, naAllowed });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code, naAllowed, version: item.version + 1 });
    return item.id as string;
  };

  it('when approving with every item n/a, then 409 naming the items that may not be n/a, and nothing changes', async () => {
    const id = await replied();
    const before = await detail(id);
    const res = await act('reviewer', id, 'approve', { checklist: withNa(ALL) });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ORDER_REVIEW_ITEM_FAILED');
    expect(res.body.details.failedItems).toEqual(
      ['citizen_contacted', 'all_demands_answered', 'result_clear', 'wording_polite', 'no_third_party_pii'].map((item) => ({
        item, label: DEFAULT_REVIEW_CHECKLIST.find((i) => i.code === item)!.label, reason: 'na_not_allowed',
      })),
    );
    expect(res.body.message).toBe(
      '审核项“已联系诉求人并注明时间和方式”、“逐项答复诉求”、“办理结果表述明确”、“用语文明规范，无禁用表述”、“不含第三方个人信息”不能判定为不适用，不能初审通过',
    );
    expect((await detail(id)).version).toBe(before.version);
    // a rejection may not mark them n/a either
    const rejected = await act('reviewer', id, 'reject', { checklist: withNa(['citizen_contacted']).map((e) => (e.item === 'result_clear' ? { ...e, verdict: 'fail' } : e)), comment: '请补充' });
    expect(rejected.status).toBe(400);
    expect(rejected.body).toMatchObject({ code: 'ORDER_REVIEW_NA_NOT_ALLOWED', details: { failedItems: [{ item: 'citizen_contacted', reason: 'na_not_allowed' }] } });
  });

  it('when approving with n/a only on the legal basis and the attachments, then the order is closed; the review screen offers n/a only there', async () => {
    const id = await replied();
    const screen = await t.http.get(`/api/review/queue/${id}`).set(as('reviewer'));
    expect(screen.body.checklist.filter((c: { naAllowed: boolean }) => c.naAllowed).map((c: { item: string }) => c.item)).toEqual(['legal_basis', 'attachments_present']);
    await ok('reviewer', id, 'approve', { checklist: withNa(['legal_basis', 'attachments_present']) });
    expect((await detail(id)).status).toBe('closed');
  });

  it('when the admin allows n/a for an item, then the next approval with it n/a passes; when they take it back, the next is refused', async () => {
    const itemId = await setNaAllowed('result_clear', true);
    const first = await replied();
    await ok('reviewer', first, 'approve', { checklist: withNa(['result_clear']) });
    expect((await detail(first)).status).toBe('closed');

    await setNaAllowed('result_clear', false);
    const second = await replied();
    const refused = await act('reviewer', second, 'approve', { checklist: withNa(['result_clear']) });
    expect(refused.status).toBe(409);
    expect(refused.body.details.failedItems).toEqual([{ item: 'result_clear', label: '办理结果表述明确', reason: 'na_not_allowed' }]);
    const audit = await t.dataSource.query(
      `SELECT before->>'naAllowed' AS "before", after->>'naAllowed' AS "after" FROM audit_log WHERE action = 'review.checklist.update' AND entity_id = $1 ORDER BY id`,
      [itemId],
    );
    expect(audit).toEqual([{ before: 'false', after: 'true' }, { before: 'true', after: 'false' }]);
  });
});

describe('the whole way: intake → dispatch → reply → reject → reply → approve → callback → visited → reopen', () => {
  it('when a reply is rejected and then approved and visited, then every step is on the timeline and in the audit trail, the unit sees the reasons, and the rework is counted', async () => {
    const id = await intake();
    await ok('operator', id, 'sign');
    await ok('supervisor', id, 'dispatch', { leadUnitId: units.CGB });
    await ok('unit.cgb', id, 'acknowledge');
    await ok('unit.cgb', id, 'reply', reply('您反映的问题我们收到了。'));
    clock.advance(30 * 60_000);
    const rejected = await ok('reviewer', id, 'reject', { checklist: checklist(['result_clear']), comment: '未写明处理结果，请补充' });
    expect(rejected.status).toBe('dispatched');

    // back to the same unit, with the reasons visible to it
    const atUnit = await detail(id, 'unit.cgb');
    expect(atUnit).toMatchObject({ status: 'dispatched', leadUnitId: units.CGB, reworkCount: 1 });
    expect(atUnit.allowedActions).toContain('reply');
    const history = await t.http.get(`/api/review/orders/${id}/history`).set(as('unit.cgb'));
    expect(history.status).toBe(200);
    expect(history.body.rounds[0].reviews[0]).toMatchObject({
      verdict: 'rejected', comment: '未写明处理结果，请补充', failedItems: [{ item: 'result_clear', label: '办理结果表述明确' }], unitId: units.CGB,
    });

    clock.advance(60 * 60_000);
    await ok('unit.cgb', id, 'reply', reply());
    clock.advance(15 * 60_000);
    await ok('reviewer', id, 'approve', { checklist: checklist(), comment: '答复完整' });
    clock.advance(24 * 3600_000);
    const visited = await ok('reviewer', id, 'callback', { contacted: true, solved: true, satisfaction: 'basically', valid: true, assessment: 'full' });
    expect(visited.status).toBe('visited');

    const order = await detail(id);
    const steps = ['create', 'sign', 'dispatch', 'acknowledge', 'reply', 'reject', 'reply', 'approve', 'callback'];
    expect(stepsOf(order.timeline)).toEqual(steps);
    const audited = (await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id])).map((a: { action: string }) => a.action);
    expect(audited).toEqual(expect.arrayContaining(steps.slice(1).map((s) => `order.${s}`)));
    expect(audited.filter((a: string) => a === 'order.reply')).toHaveLength(2);

    // review metrics for the unit this month: one first review (rejected), one rework, 30 and 15 minutes → 22.5
    const metrics = await t.http.get(`/api/review/metrics?unitId=${units.CGB}&from=${new Date(clock.now().getTime() - 2 * 86400e3).toISOString()}`).set(as('supervisor'));
    expect(metrics.status).toBe(200);
    const row = metrics.body.items.find((m: { unitId: string }) => m.unitId === units.CGB);
    expect(row.reworkCount).toBeGreaterThanOrEqual(1);

    // reopen after visited: a new round, the first kept
    await ok('supervisor', id, 'reopen', { reason: '市民反映楼道又堆满垃圾' });
    const after = await t.http.get(`/api/review/orders/${id}/history`).set(as('reviewer'));
    expect(after.body.currentRound).toBe(2);
    expect(after.body.rounds[0]).toMatchObject({ round: 1, callbacks: [{ valid: true, solved: true, satisfaction: 'basically' }] });
    expect(after.body.rounds[0].reviews.map((r: { verdict: string }) => r.verdict)).toEqual(['rejected', 'approved']);
    expect(after.body.rounds[1]).toMatchObject({ round: 2, reopenReason: '市民反映楼道又堆满垃圾', replies: [], reviews: [], callbacks: [] });
    expect((await detail(id)).reworkCount).toBe(2);
  });
});

describe('review metrics', () => {
  it('when one reply passes first time and another needs one rework, then the unit-month shows first-pass 1/2, one rework and the average review time', async () => {
    clock.advance(40 * 86400e3); // a fresh month (January 2027) so the numbers are this test's only
    const from = clock.now().toISOString();
    const a = await replied();
    clock.advance(60 * 60_000);
    await ok('reviewer', a, 'approve', { checklist: checklist() }); // 60 min, first pass
    const b = await replied();
    clock.advance(20 * 60_000);
    await ok('reviewer', b, 'reject', { checklist: checklist(['result_clear']), comment: '补充结果' }); // 20 min
    await ok('unit.cgb', b, 'reply', reply());
    clock.advance(10 * 60_000);
    await ok('reviewer', b, 'approve', { checklist: checklist() }); // 10 min
    const res = await t.http.get(`/api/review/metrics?from=${from}&unitId=${units.CGB}`).set(as('leader'));
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { unitId: units.CGB, month: '2027-01', reviews: 3, firstReviews: 2, firstPassed: 1, firstPassRate: 0.5, reworkCount: 1, avgReviewMinutes: 30 },
    ]);
  });
});

describe('exclusion (剔除申请) and the three rates', () => {
  async function visitedOrder(callback: Record<string, unknown>): Promise<string> {
    const id = await replied();
    await ok('reviewer', id, 'approve', { checklist: checklist() });
    await ok('reviewer', id, 'callback', callback);
    return id;
  }

  it('when a fully assessed order is excluded, then it leaves the three rates exactly as DESIGN §8 says and stays in the volume', async () => {
    clock.advance(40 * 86400e3); // another fresh month
    const from = clock.now().toISOString();
    await visitedOrder({ valid: true, contacted: true, solved: true, satisfaction: 'satisfied' }); // O1 full
    const o2 = await visitedOrder({ valid: true, contacted: true, solved: false, satisfaction: 'dissatisfied' }); // O2 full
    await visitedOrder({ valid: true, contacted: true, solved: true, satisfaction: 'basically', assessment: 'response_only' }); // O3
    await visitedOrder({ valid: true, contacted: false }); // O4 full, citizen not reached
    clock.advance(60_000);
    const to = clock.now().toISOString();
    const rates = async () => (await t.http.get(`/api/review/rates?from=${from}&to=${to}`).set(as('leader'))).body;

    // response: O1 O2 O3 O4 = 4, contacted 3 → 0.75; full: O1 O2 O4 = 3, solved 1 → 1/3, 满意 1 → 1/3
    // composite (0.1 × 0.75 + 0.5 × 1/3 + 0.4 × 1/3) × 100 = 7.5 + 16.667 + 13.333 = 37.5
    const before = await rates();
    expect(before).toMatchObject({ responseBase: 4, fullBase: 3, contacted: 3, solved: 1, composite: 37.5 });
    expect(before.responseRate).toBeCloseTo(0.75, 10);
    expect(before.resolutionRate).toBeCloseTo(1 / 3, 10);

    const evidence = await t.http.post('/api/attachments').set(as('reviewer')).attach('file', Buffer.from('《物业管理条例》第三十五条'), '政策依据.txt');
    expect(evidence.status).toBe(201);
    const asked = await t.http.post(`/api/orders/${o2}/exclusion-requests`).set(as('reviewer')).send({ reason: '诉求人要求超出政策规定范围，属不合理诉求', evidenceIds: [evidence.body.id] });
    expect(asked.status).toBe(201);
    expect((await t.http.post(`/api/orders/${o2}/exclusion-requests`).set(as('reviewer')).send({ reason: '再次申请剔除' })).status).toBe(409);
    expect((await t.http.post(`/api/exclusion-requests/${asked.body.id}/decision`).set(as('reviewer')).send({ approved: true })).status).toBe(403);
    const decided = await t.http.post(`/api/exclusion-requests/${asked.body.id}/decision`).set(as('supervisor')).send({ approved: true, comment: '同意剔除' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'approved', assessment: 'excluded' });

    // response: O1 O3 O4 = 3, contacted 2 → 2/3; full: O1 O4 = 2, solved 1 → 0.5, 满意 1 → 0.5
    // composite (0.1 × 2/3 + 0.5 × 0.5 + 0.4 × 0.5) × 100 = 6.667 + 25 + 20 = 51.667 → 51.7
    const after = await rates();
    expect(after).toMatchObject({ responseBase: 3, fullBase: 2, contacted: 2, solved: 1, composite: 51.7 });
    // The same figures as the statistics page's for those days: one source for every rate.
    const stats = (await t.http.get(`/api/stats/rates?from=${after.days.from}&to=${after.days.to}`).set(as('leader'))).body;
    expect(stats.overall).toEqual(Object.fromEntries(Object.keys(stats.overall).map((k) => [k, after[k]])));
    expect(after.responseRate).toBeCloseTo(2 / 3, 10);
    expect(after.satisfactionRate).toBeCloseTo(0.5, 10);

    const order = await detail(o2);
    expect(order.assessment).toBe('excluded');
    expect(order.timeline.map((e: { action: string }) => e.action).slice(-2)).toEqual(['exclusion_request', 'exclusion_decided']);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'order.exclusion.%' ORDER BY id`, [o2]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['order.exclusion.request', 'order.exclusion.decide']);
    // an approved exclusion is not undone by a later callback
    await ok('supervisor', o2, 'reopen', { reason: '平台退回重办' });
  });
});

describe('挂账 (hang) with progress alarms', () => {
  it('when a hung order’s progress date passes, then supervisors and the unit are alarmed once, it is on the timeline, and the list marks it', async () => {
    const socket: Socket = io(`${t.url}/desk`, { auth: { token: tokens['unit.cgb'] }, transports: ['websocket'], reconnection: false });
    await withTimeout(new Promise((r) => socket.once('ready', r)), 5000);
    const alarms: { orderId: string; clock: string }[] = [];
    socket.on('order.overdue', (e) => alarms.push(e));

    const id = await intake();
    await ok('operator', id, 'sign');
    await ok('supervisor', id, 'dispatch', { leadUnitId: units.CGB });
    const nextProgressAt = new Date(clock.now().getTime() + 3 * 86400e3).toISOString();
    await ok('supervisor', id, 'hang', { plan: '纳入老旧小区改造计划，年内完成', nextProgressAt, note: '已列入街道年度计划' });

    const list = await t.http.get('/api/hung-orders').set(as('unit.cgb'));
    expect(list.status).toBe(200);
    expect(list.body.items.find((o: { id: string }) => o.id === id)).toMatchObject({
      plan: '纳入老旧小区改造计划，年内完成', note: '已列入街道年度计划', responsibleUnitId: units.CGB, progressOverdue: false,
    });

    const service = t.app.get(HangProgressAlarms);
    await service.sweep();
    expect((await detail(id)).timeline.map((e: { action: string }) => e.action)).not.toContain('hang_progress_overdue');
    clock.advance(3 * 86400e3 + 60_000);
    await service.sweep();
    await service.sweep();
    await service.raise(id, nextProgressAt); // the delayed job arriving late changes nothing
    await new Promise((r) => setTimeout(r, 300));

    expect(alarms.filter((a) => a.orderId === id)).toEqual([expect.objectContaining({ clock: 'hangProgress' })]);
    expect((await detail(id)).timeline.filter((e: { action: string }) => e.action === 'hang_progress_overdue')).toHaveLength(1);
    const overdue = await t.http.get('/api/hung-orders?progressOverdue=true').set(as('supervisor'));
    expect(overdue.body.items.map((o: { id: string }) => o.id)).toContain(id);

    // a progress report moves the date: no alarm until the new one passes
    await ok('supervisor', id, 'hang', { plan: '纳入老旧小区改造计划，年内完成', nextProgressAt: new Date(clock.now().getTime() + 7 * 86400e3).toISOString(), note: '施工单位已进场' });
    await service.sweep();
    expect((await detail(id)).timeline.filter((e: { action: string }) => e.action === 'hang_progress_overdue')).toHaveLength(1);
    socket.close();
  });

  it('when the responsible unit does not handle the order, then 400', async () => {
    const id = await intake();
    await ok('operator', id, 'sign');
    await ok('supervisor', id, 'dispatch', { leadUnitId: units.CGB });
    const res = await act('supervisor', id, 'hang', { plan: '计划', nextProgressAt: new Date(clock.now().getTime() + 86400e3).toISOString(), responsibleUnitId: units.ZFD });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('ORDER_HANG_UNIT_NOT_HANDLING');
  });
});

describe('reply templates (常用答复)', () => {
  it('when a supervisor keeps a template for a category, then a unit renders it filled from its order, and unknown placeholders are refused', async () => {
    const bad = await t.http.post('/api/reply-templates').set(as('supervisor')).send({ title: '物业', body: '{{电话}}' });
    expect(bad.status).toBe(400);
    const created = await t.http.post('/api/reply-templates').set(as('supervisor')).send({
      categoryPrefix: '城乡建设/物业管理', title: '物业服务答复', body: '{{诉求人称呼}}您好，您反映的{{诉求地址}}问题已由{{承办单位}}处理完毕。',
    });
    expect(created.status).toBe(201);
    expect((await t.http.post('/api/reply-templates').set(as('unit.cgb')).send({ title: 'x', body: 'yy' })).status).toBe(403);
    const listed = await t.http.get(`/api/reply-templates?category=${encodeURIComponent('城乡建设/物业管理/物业服务')}`).set(as('unit.cgb'));
    expect(listed.body.map((x: { id: string }) => x.id)).toContain(created.body.id);

    const id = await intake();
    await ok('operator', id, 'sign');
    await ok('supervisor', id, 'dispatch', { leadUnitId: units.CGB });
    const rendered = await t.http.post(`/api/reply-templates/${created.body.id}/render`).set(as('unit.cgb')).send({ orderId: id });
    expect(rendered.status).toBe(200);
    expect(rendered.body).toEqual({ text: '陈先生/女士您好，您反映的黑窑厂街12号院3号楼问题已由城市管理办处理完毕。', unknown: [], missing: [] });
  });
});
