import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * The order list's queue filters behind the home pages (工作台): a unit's 待接收 / 待联系 / 驳回重办 / 临近时限 and the
 * supervisor's 延期待审批. Each home card links to the list with the same filter, so these decide both numbers.
 */
const clock = new ManualClock('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Beijing
let t: TestApp;
let desk: OrderDesk;
let units: Record<string, string>;
/**
 * A word only this file's orders carry, searched with every list: the worker's database holds other files' orders,
 * some received later, and the newest 200 of a queue need not include this file's.
 */
const MARK = `队列${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const intake = (overrides: Record<string, unknown> = {}) =>
  desk.intake({ content: `黑窑厂街12号院物业长期不打扫楼道，垃圾堆积，希望尽快处理。${MARK}`, ...overrides });

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1360000' });
  ({ units } = desk);
});
afterAll(async () => t?.close());

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}): Promise<void> {
  const res = await desk.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}

async function dispatched(): Promise<string> {
  const id = await intake();
  await ok('operator', id, 'sign');
  await ok('supervisor', id, 'dispatch', { leadUnitId: units.CGB });
  return id;
}

async function ids(user: string, query: string): Promise<string[]> {
  const res = await t.http.get(`/api/orders?pageSize=200&q=${encodeURIComponent(MARK)}&${query}`).set(desk.as(user));
  expect(res.status).toBe(200);
  return res.body.items.map((o: { id: string }) => o.id);
}

const contact = () => ({ contactedAt: clock.now().toISOString(), method: 'phone', contactedBy: '张师傅', summary: '已电话联系诉求人' });
const reply = () => ({
  content: '经核实，物业公司已清理楼道垃圾，并已责令其每日保洁。已电话告知诉求人处理结果。',
  contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [],
});

describe('GET /api/orders?acknowledged=&runningClock= (a unit\'s 待接收 and 待联系)', () => {
  it('when orders are dispatched, then acknowledged=false lists those the unit has not acknowledged and runningClock=contact those not yet contacted', async () => {
    const fresh = await dispatched();
    const acknowledged = await dispatched();
    await ok('unit.cgb', acknowledged, 'acknowledge');
    const contacted = await dispatched();
    await ok('unit.cgb', contacted, 'acknowledge');
    await ok('unit.cgb', contacted, 'contact', contact());

    const waiting = await ids('unit.cgb', 'status=dispatched&acknowledged=false');
    expect(waiting).toContain(fresh);
    expect(waiting).not.toEqual(expect.arrayContaining([acknowledged]));
    expect(waiting).not.toEqual(expect.arrayContaining([contacted]));
    expect(await ids('unit.cgb', 'status=dispatched&acknowledged=true')).toEqual(expect.arrayContaining([acknowledged, contacted]));
    // The street asks about the lead unit.
    expect(await ids('supervisor', 'status=dispatched&acknowledged=false')).toContain(fresh);
    expect(await ids('supervisor', 'status=dispatched&acknowledged=false')).not.toContain(acknowledged);

    const toContact = await ids('unit.cgb', 'status=dispatched&runningClock=contact');
    expect(toContact).toEqual(expect.arrayContaining([fresh, acknowledged]));
    expect(toContact).not.toContain(contacted);
  });
});

describe('GET /api/orders?reworked=&extensionPending= (驳回重办, 延期待审批)', () => {
  it('when a reply is rejected, then reworked=true lists the order back at the unit; an untouched one is not listed', async () => {
    const rejected = await dispatched();
    await ok('unit.cgb', rejected, 'reply', reply());
    const checklist = DEFAULT_REVIEW_CHECKLIST.map((i, n) => ({ item: i.code, verdict: n === 0 ? 'fail' : 'pass' }));
    await ok('reviewer', rejected, 'reject', { checklist, comment: '请补充办理依据' });
    const untouched = await dispatched();

    const reworked = await ids('unit.cgb', 'status=dispatched&reworked=true');
    expect(reworked).toContain(rejected);
    expect(reworked).not.toContain(untouched);
    expect(await ids('unit.cgb', 'status=dispatched&reworked=false')).toContain(untouched);
  });

  it('when a unit asks for an extension, then extensionPending=true lists it until the supervisor decides', async () => {
    const id = await dispatched();
    expect(await ids('supervisor', 'extensionPending=true')).not.toContain(id);
    await ok('unit.cgb', id, 'extend_request', { newDueAt: new Date(clock.now().getTime() + 6.5 * 86400e3).toISOString(), reason: '需协调物业公司' });
    expect(await ids('supervisor', 'status=dispatched&extensionPending=true')).toContain(id);
    await ok('supervisor', id, 'extend_decide', { approved: true });
    expect(await ids('supervisor', 'extensionPending=true')).not.toContain(id);
  });
});

describe('GET /api/orders?nearDue=&nearDueClock= (临近时限)', () => {
  it('when a clock passes its warning time, then the order is near due on that clock until the clock runs out', async () => {
    const id = await intake({ urgency: 'urgent' }); // sign within 15 minutes, warned with a quarter left
    expect(await ids('operator', 'nearDue=true')).not.toContain(id);
    expect(await ids('operator', 'nearDue=false')).toContain(id);

    clock.advance(12 * 60_000);
    expect(await ids('operator', 'nearDue=true')).toContain(id);
    expect(await ids('operator', 'nearDueClock=sign')).toContain(id);
    expect(await ids('operator', 'nearDueClock=contact')).not.toContain(id);

    clock.advance(4 * 60_000); // past due: overdue now, no longer "near"
    expect(await ids('operator', 'nearDue=true')).not.toContain(id);
  });

  it('when a queue filter has a wrong value, then 400 names the field', async () => {
    const res = await t.http.get('/api/orders?nearDueClock=lunch&acknowledged=maybe').set(desk.as('supervisor'));
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['query.acknowledged', 'query.nearDueClock']);
  });
});
