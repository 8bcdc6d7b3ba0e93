import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * Issue 15: the admin's category overrides of the deadline policy (DESIGN §4). Its own database: an override changes
 * the clocks of every order of the category.
 */
const clock = new ManualClock('2026-10-14T02:00:00Z'); // Wednesday 2026-10-14 10:00 in Beijing, after National Day
const PATH = '/api/admin/deadline-policies/overrides';
const OVERRIDDEN = '城乡建设/物业管理';
const minutes = (amount: number) => ({ unit: 'minutes', amount });

let t: TestApp;
let desk: OrderDesk;
let sibling: string;

const dueOf = async (orderId: string, kind: string) =>
  ((await t.dataSource.query('SELECT due_at FROM order_clock WHERE order_id = $1 AND kind = $2', [orderId, kind])) as { due_at: Date }[])[0]!.due_at.toISOString();
const audits = async (entityId: string) =>
  ((await t.dataSource.query('SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id', [entityId])) as { action: string; before: unknown; after: unknown }[]);

beforeAll(async () => {
  t = await createTestApp({ clock, ownDatabase: 'deadline_overrides' });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1391515' });
  const [row] = (await t.dataSource.query(
    `SELECT path FROM category WHERE level = 3 AND active AND path LIKE '城乡建设/%' AND path NOT LIKE '城乡建设/物业管理/%' ORDER BY path LIMIT 1`,
  )) as { path: string }[];
  sibling = row!.path;
});
afterAll(async () => {
  await t?.close();
});

describe('POST /api/admin/deadline-policies/overrides', () => {
  let id: string;

  it('when the admin sets 物业管理 to sign in 10 min, contact in 1 h and unit reply in 3 working days, then it is stored and audited', async () => {
    const res = await t.http.post(PATH).set(desk.as('admin')).send({
      categoryPrefix: OVERRIDDEN, signWithin: minutes(10), contactWithin: { unit: 'hours', amount: 1 }, unitReplyWithin: { unit: 'workingDays', amount: 3 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ categoryPrefix: OVERRIDDEN, type: null, urgency: null, reviewWithin: null, version: 1 });
    id = res.body.id;
    expect(await audits(id)).toEqual([{ action: 'deadline_override.create', before: null, after: expect.objectContaining({ categoryPrefix: OVERRIDDEN }) }]);
  });

  it('when an order of a category under it is signed and dispatched, then its clocks are the override\'s', async () => {
    const order = await desk.intake({ upstreamDueAt: undefined });
    // Received Wed 10:00: sign within 10 min.
    expect(await dueOf(order, 'sign')).toBe('2026-10-14T02:10:00.000Z');
    expect((await desk.act('operator', order, 'sign')).status).toBe(200);
    expect((await desk.act('supervisor', order, 'dispatch', { leadUnitId: desk.units.CGB })).status).toBe(200);
    // Dispatched Wed 10:00: contact within 1 h; 3 working days are Thu 15, Fri 16, Mon 19 → Mon 10:00.
    expect(await dueOf(order, 'contact')).toBe('2026-10-14T03:00:00.000Z');
    expect(await dueOf(order, 'unitReply')).toBe('2026-10-19T02:00:00.000Z');
  });

  it('when an order of a sibling category is signed and dispatched, then it keeps the base policy', async () => {
    const order = await desk.intake({ upstreamDueAt: undefined, category: sibling });
    expect(await dueOf(order, 'sign')).toBe('2026-10-14T02:30:00.000Z'); // complaint × normal: 30 min
    expect((await desk.act('operator', order, 'sign')).status).toBe(200);
    expect((await desk.act('supervisor', order, 'dispatch', { leadUnitId: desk.units.CGB })).status).toBe(200);
    expect(await dueOf(order, 'contact')).toBe('2026-10-15T02:00:00.000Z'); // 24 h
    // 5 working days: Thu 15, Fri 16, Mon 19, Tue 20, Wed 21.
    expect(await dueOf(order, 'unitReply')).toBe('2026-10-21T02:00:00.000Z');
  });

  it.each([
    ['no clock is set', { categoryPrefix: OVERRIDDEN, type: 'help' }, 'durations'],
    ['the category does not exist', { categoryPrefix: '城乡建设/不存在', signWithin: minutes(5) }, 'categoryPrefix'],
    ['a duration is zero', { categoryPrefix: OVERRIDDEN, type: 'help', signWithin: minutes(0) }, 'signWithin.amount'],
    ['the urgency is unknown', { categoryPrefix: OVERRIDDEN, urgency: 'asap', signWithin: minutes(5) }, 'urgency'],
  ])('when %s, then 400 names the field', async (_case, body, field) => {
    const res = await t.http.post(PATH).set(desk.as('admin')).send(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it('when the same category, type and urgency is added again, then 409 DEADLINE_OVERRIDE_DUPLICATE', async () => {
    const res = await t.http.post(PATH).set(desk.as('admin')).send({ categoryPrefix: OVERRIDDEN, reviewWithin: minutes(30) });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('DEADLINE_OVERRIDE_DUPLICATE');
  });

  it('when an operator tries to add one, then 403', async () => {
    const res = await t.http.post(PATH).set(desk.as('operator')).send({ categoryPrefix: OVERRIDDEN, type: 'help', signWithin: minutes(5) });
    expect(res.status).toBe(403);
  });

  it('when the admin edits with a stale version, then 409; with the current one, then it is saved and audited', async () => {
    const body = { categoryPrefix: OVERRIDDEN, signWithin: minutes(20) };
    expect((await t.http.patch(`${PATH}/${id}`).set(desk.as('admin')).send({ ...body, version: 7 })).status).toBe(409);
    const res = await t.http.patch(`${PATH}/${id}`).set(desk.as('admin')).send({ ...body, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, signWithin: minutes(20), contactWithin: null });
    const order = await desk.intake({ upstreamDueAt: undefined });
    expect(await dueOf(order, 'sign')).toBe('2026-10-14T02:20:00.000Z');
  });

  it('when the admin deletes it, then orders get the base policy again and the deletion is audited', async () => {
    expect((await t.http.delete(`${PATH}/${id}`).set(desk.as('admin'))).status).toBe(200);
    const order = await desk.intake({ upstreamDueAt: undefined });
    expect(await dueOf(order, 'sign')).toBe('2026-10-14T02:30:00.000Z');
    expect((await audits(id)).map((a) => a.action)).toEqual(['deadline_override.create', 'deadline_override.update', 'deadline_override.delete']);
    expect((await t.http.get(PATH).set(desk.as('admin'))).body.items).toEqual([]);
  });
});
