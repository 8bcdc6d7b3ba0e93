import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { ClockAlarms } from '@app/orders';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * 联系市民 and overdue per clock (DESIGN §3, §4). The contact clock is met by reaching the citizen, at the moment the
 * contact happened; the order shows 超期 only while one of its clocks runs past due, and says which.
 */
const clock = new ManualClock('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Beijing
let t: TestApp;
let desk: OrderDesk;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1370000' });
});
afterAll(async () => t?.close());

async function dispatched(overrides: Record<string, unknown> = {}): Promise<{ id: string; dispatchedAt: Date }> {
  const id = await desk.intake(overrides);
  expect((await desk.act('supervisor', id, 'sign')).status).toBe(200);
  expect((await desk.act('supervisor', id, 'dispatch', { leadUnitId: desk.units.CGB })).status).toBe(200);
  return { id, dispatchedAt: clock.now() };
}

const contactBody = (at: Date) => ({ contactedAt: at.toISOString(), method: 'phone', contactedBy: '王建国', summary: '已电话联系诉求人，约定明日上门查看' });
const deadline = (order: Record<string, any>, kind: string) => order.deadlines.find((d: { kind: string }) => d.kind === kind);
const lastEvent = (order: Record<string, any>, action: string) => [...order.timeline].reverse().find((e: { action: string }) => e.action === action);
const sweep = () => t.app.get(ClockAlarms).sweep();


describe('POST /api/orders/:id/actions/contact', () => {
  it('when the unit phones the citizen within the hour and replies on day 3, then the contact clock is met and the order is never 超期', async () => {
    const { id, dispatchedAt } = await dispatched();
    clock.advance(HOUR);
    const contactedAt = new Date(dispatchedAt.getTime() + 40 * MINUTE);
    expect((await desk.act('unit.cgb', id, 'contact', contactBody(contactedAt))).status).toBe(200);

    clock.advance(3 * 24 * HOUR);
    await sweep();
    const reply = { content: '已清理楼道垃圾，并要求物业每日保洁。', contacted: true, contactedAt: contactedAt.toISOString(), contactMethod: 'phone', result: 'solved' };
    expect((await desk.act('unit.cgb', id, 'reply', reply)).status).toBe(200);

    const order = await desk.detail(id);
    expect(deadline(order, 'contact')).toMatchObject({ outcome: 'done', late: false, stoppedAt: contactedAt.toISOString() });
    expect(deadline(order, 'unitReply')).toMatchObject({ outcome: 'done', late: false });
    expect(order.overdue).toBe(false);
    expect(order.timeline.some((e: { action: string }) => e.action === 'overdue')).toBe(false);
    expect(lastEvent(order, 'contact').payload).toMatchObject({
      method: 'phone', contactedBy: '王建国', clocks: [{ clock: 'contact', outcome: 'done', late: false, lateMinutes: 0 }],
    });
    // The reply found the contact clock already stopped: only its own clock is on its entry.
    expect(lastEvent(order, 'reply').payload.clocks).toEqual([expect.objectContaining({ clock: 'unitReply', late: false })]);
  });

  it('when the contact comes an hour after the clock ran out, then 超期 names the contact clock until then and the clock is recorded late by 1 h', async () => {
    const { id, dispatchedAt } = await dispatched({ urgency: 'urgent' }); // contact within 2 h
    clock.advance(2 * HOUR + MINUTE);
    await sweep();

    const late = await desk.detail(id);
    expect(late).toMatchObject({ overdue: true, overdueClocks: ['contact'], overdueClockLabels: ['联系诉求人时限'] });
    expect(await desk.listed('supervisor', id, 'overdue=true&overdueClock=contact')).toBe(true);
    expect(await desk.listed('supervisor', id, 'overdueClock=review')).toBe(false);
    expect(lastEvent(late, 'overdue').payload).toMatchObject({ clock: 'contact' });

    clock.advance(59 * MINUTE); // three hours after dispatch
    expect((await desk.act('unit.cgb', id, 'contact', contactBody(clock.now()))).status).toBe(200);
    const order = await desk.detail(id);
    expect(deadline(order, 'contact')).toMatchObject({ outcome: 'done', late: true, overdueAt: expect.any(String) });
    expect(order).toMatchObject({ overdue: false, overdueClocks: [] });
    expect(lastEvent(order, 'contact').payload.clocks).toEqual([expect.objectContaining({ clock: 'contact', late: true, lateMinutes: 60 })]);
    expect(await desk.listed('supervisor', id, 'overdue=true')).toBe(false);
    expect(new Date(deadline(order, 'contact').dueAt).getTime()).toBe(dispatchedAt.getTime() + 2 * HOUR);
  });

  it('when a contact made in time is reported after the alarm, then the clock is met and the 超期 flag falls', async () => {
    const { id, dispatchedAt } = await dispatched({ urgency: 'urgent' });
    clock.advance(2 * HOUR + 10 * MINUTE);
    await sweep();
    expect((await desk.detail(id)).overdue).toBe(true);

    const contactedAt = new Date(dispatchedAt.getTime() + HOUR);
    expect((await desk.act('operator', id, 'contact', contactBody(contactedAt))).status).toBe(200);
    const order = await desk.detail(id);
    expect(deadline(order, 'contact')).toMatchObject({ late: false, stoppedAt: contactedAt.toISOString() });
    expect(order.overdue).toBe(false);
  });

  it('when a second contact is reported, then the timeline keeps it and the clock keeps the first', async () => {
    const { id, dispatchedAt } = await dispatched();
    const first = new Date(dispatchedAt.getTime() + 20 * MINUTE);
    clock.advance(HOUR);
    await desk.act('unit.cgb', id, 'contact', contactBody(first));
    expect((await desk.act('unit.cgb', id, 'contact', { ...contactBody(clock.now()), method: 'visit', summary: '上门查看楼道情况' })).status).toBe(200);
    const order = await desk.detail(id);
    expect(deadline(order, 'contact').stoppedAt).toBe(first.toISOString());
    expect(order.timeline.filter((e: { action: string }) => e.action === 'contact')).toHaveLength(2);
    expect(lastEvent(order, 'contact').payload.clocks).toBeUndefined();
  });

  it('when the reply states contactedAt while the contact clock still runs, then the reply stops it at that moment', async () => {
    const { id, dispatchedAt } = await dispatched();
    clock.advance(2 * HOUR);
    const contactedAt = new Date(dispatchedAt.getTime() + 30 * MINUTE);
    const reply = { content: '已联系物业清理楼道。', contacted: true, contactedAt: contactedAt.toISOString(), contactMethod: 'phone', result: 'solved' };
    expect((await desk.act('unit.cgb', id, 'reply', reply)).status).toBe(200);
    const order = await desk.detail(id);
    expect(deadline(order, 'contact')).toMatchObject({ outcome: 'done', late: false, stoppedAt: contactedAt.toISOString() });
    expect(lastEvent(order, 'reply').payload.clocks).toEqual(expect.arrayContaining([expect.objectContaining({ clock: 'contact', late: false })]));
  });

  it('when the contact is dated in the future, then 400 and nothing is recorded', async () => {
    const { id } = await dispatched();
    const res = await desk.act('unit.cgb', id, 'contact', contactBody(new Date(clock.now().getTime() + HOUR)));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('ORDER_DATE_IN_FUTURE');
    const order = await desk.detail(id);
    expect(order.timeline.some((e: { action: string }) => e.action === 'contact')).toBe(false);
    expect(deadline(order, 'contact').stoppedAt).toBeNull();
  });

  it('when a proactive finding is dispatched, then no contact clock runs and contact is refused: there is no citizen', async () => {
    const { id } = await dispatched({ channel: 'proactive', citizenPhone: undefined, citizenName: undefined });
    const order = await desk.detail(id);
    expect(deadline(order, 'contact')).toBeUndefined();
    expect(order.allowedActions).not.toContain('contact');
    const res = await desk.act('unit.cgb', id, 'contact', contactBody(clock.now()));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ORDER_NO_CITIZEN');
  });

  it('when a contact is recorded, then the audit trail has it with the clock it stopped', async () => {
    const { id } = await dispatched();
    await desk.act('unit.cgb', id, 'contact', contactBody(clock.now()));
    const [row] = (await t.dataSource.query(
      `SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'order.contact'`, [id],
    )) as { after: { payload: Record<string, unknown> } }[];
    expect(row.after.payload).toMatchObject({ method: 'phone', clocks: [expect.objectContaining({ clock: 'contact', late: false })] });
  });
});
