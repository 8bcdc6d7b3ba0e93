import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { StatsVerifier } from '@app/stats';
import { createTestApp, SHARED_SEED_MOMENT, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/** The statistics API: it agrees with the order list and with a recomputation from raw orders. */
const clock = new ManualClock(SHARED_SEED_MOMENT);
let t: TestApp;
let desk: OrderDesk;

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1361111' });
});
afterAll(async () => t?.close());

const pct = (x: number | null) => x ?? 0;

describe('GET /api/stats/overview', () => {
  it('when a leader asks for November 2026, then the total equals the order list for the same period and the composite follows the three rates', async () => {
    for (let i = 0; i < 3; i++) await desk.intake();
    const ov = await t.http.get('/api/stats/overview?month=2026-11').set(desk.as('leader'));
    expect(ov.status).toBe(200);
    const { from, to } = ov.body.period;
    const list = await t.http.get(`/api/orders?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&pageSize=1`).set(desk.as('leader'));
    expect(ov.body.total).toBeGreaterThan(0);
    expect(ov.body.total).toBe(list.body.total);
    // The same month as Beijing days, as a leader's link or the acceptance script asks it.
    const byDays = await t.http.get('/api/orders?from=2026-11-01&to=2026-11-30&pageSize=1').set(desk.as('leader'));
    expect(byDays.body.total).toBe(ov.body.total);
    const r = ov.body.rates;
    const w = ov.body.scoring.weights;
    const recomputed = Math.round((w.response * pct(r.responseRate) + w.resolution * pct(r.resolutionRate) + w.satisfaction * pct(r.satisfactionRate)) * 1000) / 10;
    expect(Math.abs(r.composite - recomputed)).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(ov.body.scoring.description).toContain('响应率×0.1');
  });

  it('when the month is malformed, then 400 names the field', async () => {
    const res = await t.http.get('/api/stats/overview?month=2026-13').set(desk.as('leader'));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('when a unit asks, then it gets its own figures only, and another unit\'s are refused', async () => {
    const id = await desk.intake();
    expect((await desk.act('operator', id, 'sign')).status).toBe(200);
    expect((await desk.act('supervisor', id, 'dispatch', { leadUnitId: desk.units.CGB })).status).toBe(200);
    const all = await t.http.get('/api/stats/overview?month=2026-11').set(desk.as('leader'));
    const mine = await t.http.get('/api/stats/overview?month=2026-11').set(desk.as('unit.cgb'));
    expect(mine.status).toBe(200);
    const own = await t.http.get(`/api/stats/overview?month=2026-11&unitId=${desk.units.CGB}`).set(desk.as('leader'));
    expect(mine.body.total).toBe(own.body.total);
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.total).toBeLessThan(all.body.total);
    const other = await t.http.get(`/api/stats/overview?month=2026-11&unitId=${desk.units.MSB}`).set(desk.as('unit.cgb'));
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 403, code: 'STATS_OTHER_UNIT' });
  });

  it('when an operator asks, then 403', async () => {
    expect((await t.http.get('/api/stats/overview').set(desk.as('operator'))).status).toBe(403);
  });
});

describe('rollups', () => {
  it('when orders change, then the rollups still equal a recomputation from the raw orders', async () => {
    const id = await desk.intake();
    expect((await desk.act('operator', id, 'sign')).status).toBe(200);
    const before = await t.http.get('/api/stats/volumes?by=day&month=2026-11').set(desk.as('leader'));
    expect(before.status).toBe(200);
    const { difference } = await t.app.get(StatsVerifier).verify();
    expect(difference).toBeNull();
  });
});
