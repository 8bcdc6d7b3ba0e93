import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * Issue 13, unit scope: a unit reads an order and its duplicates panel only as far as the detail view lets it —
 * no clear personal data on an order it no longer holds, no other unit's order among the candidates.
 */
const clock = new ManualClock('2026-11-26T03:00:00Z');
let t: TestApp;
let desk: OrderDesk;
let otherUnit: string;

// Phones and the address of this file only, so the duplicate candidates are the ones the tests make.
const CALLER = '13966130001';
const FLAT = '永定门西街9号院4号楼1单元201';

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await desk.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}

async function dispatchedTo(unitId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await desk.intake(overrides);
  await ok('operator', id, 'sign');
  await ok('supervisor', id, 'dispatch', { leadUnitId: unitId });
  return id;
}

const reveal = (user: string, id: string) => t.http.post(`/api/orders/${id}/reveal`).set(desk.as(user)).send({ reason: '回访核实' });

beforeAll(async () => {
  t = await createTestApp({ clock });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor', 'unit.cgb'], phonePrefix: '1396614' });
  otherUnit = Object.entries(desk.units).find(([code]) => code !== 'CGB')![1];
});
afterAll(async () => t?.close());

describe('POST /api/orders/:id/reveal after the unit returned the order', () => {
  it('when the unit holds the order, then it may reveal; once it returned it, then 403 like the masked detail, and the street still may', async () => {
    const id = await dispatchedTo(desk.units.CGB, { citizenName: '刘某某', citizenPhone: '13966140999' });
    const held = await reveal('unit.cgb', id);
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ citizenName: '刘某某', citizenPhone: '13966140999' });

    await ok('unit.cgb', id, 'unit_return', { reason: 'not_our_duty', text: '应由供热公司处理' });

    // The detail: the former unit still reads the order, with the personal data masked.
    const detail = await t.http.get(`/api/orders/${id}`).set(desk.as('unit.cgb'));
    expect(detail.status).toBe(200);
    expect(detail.body.piiMasked).toBe(true);
    expect(JSON.stringify(detail.body)).not.toContain('13966140999');

    const after = await reveal('unit.cgb', id);
    expect(after.status).toBe(403);
    expect(after.body.code).toBe('ORDER_PII_NOT_HELD');
    expect(JSON.stringify(after.body)).not.toContain('13966140999');

    expect((await reveal('supervisor', id)).status).toBe(200);
  });

  it('when the order was never the unit’s, then reveal answers 404 like the detail', async () => {
    const id = await dispatchedTo(otherUnit);
    expect((await t.http.get(`/api/orders/${id}`).set(desk.as('unit.cgb'))).status).toBe(404);
    expect((await reveal('unit.cgb', id)).status).toBe(404);
  });
});

describe('GET /api/orders/:id/duplicates for a unit', () => {
  it('when the suspected duplicate belongs to another unit, then the unit does not see it, while the street does', async () => {
    const foreign = await dispatchedTo(otherUnit, { citizenPhone: CALLER, address: FLAT, content: `${FLAT}楼上漏水，墙面发霉。` });
    clock.advance(60_000);
    const own = await dispatchedTo(desk.units.CGB, { citizenPhone: CALLER, address: FLAT, content: `${FLAT}楼上还在漏水，屋顶滴水。` });

    const street = await t.http.get(`/api/orders/${own}/duplicates`).set(desk.as('supervisor'));
    expect(street.status).toBe(200);
    expect(street.body.candidates.map((c: { orderId: string }) => c.orderId)).toContain(foreign);

    const unit = await t.http.get(`/api/orders/${own}/duplicates`).set(desk.as('unit.cgb'));
    expect(unit.status).toBe(200);
    expect(unit.body.candidates.map((c: { orderId: string }) => c.orderId)).not.toContain(foreign);
    expect(JSON.stringify(unit.body)).not.toContain(foreign);
    // Consistent with the detail: the unit cannot open the foreign order either.
    expect((await t.http.get(`/api/orders/${foreign}`).set(desk.as('unit.cgb'))).status).toBe(404);
  });

  it('when a call was merged into the unit’s order, then the merged list shows it only to those who may open it', async () => {
    const master = await dispatchedTo(desk.units.CGB, { citizenPhone: '13966130002', address: '永定门西街11号', content: '永定门西街11号门前路灯不亮。' });
    const repeat = await desk.intake({ citizenPhone: '13966130002', address: '永定门西街11号', content: '永定门西街11号路灯还是不亮。' });
    const [{ version }] = await t.dataSource.query('SELECT version FROM work_order WHERE id = $1', [repeat]);
    const merged = await t.http.post(`/api/orders/${repeat}/duplicates/merge`).set(desk.as('supervisor')).send({ version, masterId: master });
    expect(merged.status).toBe(200);

    const street = await t.http.get(`/api/orders/${master}/duplicates`).set(desk.as('supervisor'));
    expect(street.body.mergedDuplicates.map((m: { id: string }) => m.id)).toEqual([repeat]);
    // The unit cannot open the merged call (it never held it), so the panel does not name it either.
    expect((await t.http.get(`/api/orders/${repeat}`).set(desk.as('unit.cgb'))).status).toBe(404);
    const unit = await t.http.get(`/api/orders/${master}/duplicates`).set(desk.as('unit.cgb'));
    expect(unit.status).toBe(200);
    expect(unit.body.mergedDuplicates).toEqual([]);
  });
});
