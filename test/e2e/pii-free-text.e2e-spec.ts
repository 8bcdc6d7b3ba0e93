import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * Issue 13 item 2: a citizen's ID number, phones and name typed into the content, the dispatch instructions or the
 * reply are personal data like the phone field. Masked for whoever does not see the caller in clear (detail, list,
 * timeline, review history, audit view), never findable by number for those who may not reveal, and never written
 * into the append-only trail in clear.
 */
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;
let desk: OrderDesk;
let orderId: string;

const NAME = '欧阳建华';
const PHONE = '13966220001';
const ID_NO = '110101199003071234';
const LANDLINE = '010-83556677';
const CONTENT = `诉求人${NAME}（身份证${ID_NO}）反映楼道堆物，联系电话${PHONE}，备用${LANDLINE}。`;
const INSTRUCTIONS = `请尽快联系${NAME}，电话 139 6622 0001。`;
const REPLY = `已于当日电话${PHONE}联系${NAME}，楼道堆物已清理完毕。`;
const CLEAR = [NAME, PHONE, ID_NO, '83556677', '139 6622 0001'];

const leaks = (body: unknown) => CLEAR.filter((value) => JSON.stringify(body).includes(value));
const checklist = () => DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: i.code === 'result_clear' ? 'fail' : 'pass' }));

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await desk.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor', 'reviewer', 'leader', 'unit.cgb', 'admin'], phonePrefix: '1396623' });
  orderId = await desk.intake({ citizenName: NAME, citizenPhone: PHONE, content: CONTENT });
  await ok('operator', orderId, 'sign');
  await ok('supervisor', orderId, 'dispatch', { leadUnitId: desk.units.CGB, instructions: INSTRUCTIONS });
  await ok('unit.cgb', orderId, 'reply', {
    content: REPLY, contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [],
  });
  await ok('reviewer', orderId, 'reject', { checklist: checklist(), comment: `回复未写明结果，请再联系${NAME}（${PHONE}）` });
});
afterAll(async () => t?.close());

describe('free text on the order for those who see the caller masked', () => {
  it.each(['leader', 'reviewer'])('when %s reads the detail, then no name, phone or ID number is in clear anywhere, timeline included', async (user) => {
    const res = await t.http.get(`/api/orders/${orderId}`).set(desk.as(user));
    expect(res.status).toBe(200);
    expect(res.body.piiMasked).toBe(true);
    expect(leaks(res.body)).toEqual([]);
    // Masked, not dropped: the words around the numbers are still there to read.
    expect(res.body.content).toContain('反映楼道堆物，联系电话139****0001');
    expect(res.body.content).toContain('欧**');
  });

  it('when the leader reads the list and the review history, then they are masked too', async () => {
    const list = await t.http.get('/api/orders?q=楼道堆物').set(desk.as('leader'));
    expect(list.body.items.map((o: { id: string }) => o.id)).toContain(orderId);
    expect(leaks(list.body)).toEqual([]);
    const history = await t.http.get(`/api/review/orders/${orderId}/history`).set(desk.as('leader'));
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).toContain('回复未写明结果');
    expect(leaks(history.body)).toEqual([]);
  });

  it('when the supervisor or the holding unit reads the detail, then the text is in clear as they call the citizen', async () => {
    for (const user of ['supervisor', 'unit.cgb']) {
      const res = await t.http.get(`/api/orders/${orderId}`).set(desk.as(user));
      expect(res.body.content).toBe(CONTENT);
      expect(JSON.stringify(res.body.timeline)).toContain(INSTRUCTIONS);
    }
  });
});

describe('searching by a personal number', () => {
  it.each([PHONE, ID_NO, '1396622', '8355 6677', '83556677'])('when the leader searches %s, then the order is not found', async (q) => {
    const res = await t.http.get(`/api/orders?q=${encodeURIComponent(q)}`).set(desk.as('leader'));
    expect(res.status).toBe(200);
    expect(res.body.items.map((o: { id: string }) => o.id)).not.toContain(orderId);
  });

  it('when the operator searches the caller’s phone however written, then the order is found', async () => {
    for (const q of [PHONE, '139-6622-0001', '+86 139 6622 0001']) {
      const res = await t.http.get(`/api/orders?q=${encodeURIComponent(q)}`).set(desk.as('operator'));
      expect({ q, ids: res.body.items.map((o: { id: string }) => o.id) }).toEqual({ q, ids: expect.arrayContaining([orderId]) });
    }
  });
});

describe('the append-only audit trail', () => {
  it('when the order was written, replied and rejected, then no audit record holds the personal data in clear', async () => {
    const rows = (await t.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity_id = $1`, [orderId])) as unknown[];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(leaks(rows)).toEqual([]);
  });

  it('when the admin reads the audit view, then it is masked as well', async () => {
    const res = await t.http.get(`/api/audit?entityId=${orderId}`).set(desk.as('admin'));
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(5);
    expect(leaks(res.body)).toEqual([]);
  });
});
