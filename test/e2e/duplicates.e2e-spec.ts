import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

const clock = new ManualClock('2026-11-26T02:00:00Z'); // Thursday 10:00 in Beijing
let t: TestApp;
let desk: OrderDesk;

// Addresses and phones of this file only, so candidates are the ones the tests make.
const FLAT = '龙泉胡同17号院2号楼3单元402';
const CALLER = '13977710001';
const FIRST_CALL = '龙泉胡同17号院2号楼3单元402家中暖气不热，室温只有16度，家里有老人。';
const SECOND_CALL = '刚才打过电话了，屋里还是冷得不行，暖气片摸着温乎乎的，老人受不了。';

const check = (body: Record<string, unknown>, user = 'operator') => t.http.post('/api/intake/duplicates/check').set(desk.as(user)).send(body);
const orderCount = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM work_order'))[0].n as number;

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor', 'leader'], phonePrefix: '1397772' });
});
afterAll(async () => t?.close());

describe('POST /api/intake/duplicates/check', () => {
  let first: string;

  beforeAll(async () => {
    first = await desk.intake({ upstreamNo: 'DUPE-E2E-0001', citizenPhone: CALLER, address: FLAT, category: '公共服务/供暖/室温不达标', content: FIRST_CALL });
  });

  it('when the same caller calls again a minute later in other words, then the form finds the first order before the second exists', async () => {
    clock.advance(60_000);
    const before = await orderCount();
    const res = await check({ citizenPhone: CALLER, address: FLAT, content: SECOND_CALL, receivedAt: clock.now().toISOString() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ suspected: true, method: 'pg_trgm' });
    expect(res.body.candidates).toEqual([
      expect.objectContaining({
        orderId: first, upstreamNo: 'DUPE-E2E-0001', status: 'new', statusLabel: '待签收', address: FLAT,
        contentExcerpt: FIRST_CALL, category: '公共服务/供暖/室温不达标', reasons: ['same_phone_7d'], reasonLabels: ['同一来电号码7日内'],
        score: expect.any(Number), citizenPhone: '139****0001', citizenName: '陈**',
      }),
    ]);
    expect(await orderCount()).toBe(before);
  });

  it('when the second order is then entered, then its own duplicates show the same candidate (one rule set)', async () => {
    const second = await desk.intake({ citizenPhone: CALLER, address: FLAT, content: SECOND_CALL, category: undefined });
    const res = await t.http.get(`/api/orders/${second}/duplicates`).set(desk.as('operator'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ suspected: true });
    expect(res.body.candidates).toEqual([
      expect.objectContaining({ orderId: first, upstreamNo: 'DUPE-E2E-0001', statusLabel: '待签收', address: FLAT, contentExcerpt: FIRST_CALL, reasons: ['same_phone_7d'], citizenPhone: '139****0001' }),
    ]);
  });

  it('when only a phone is typed, then the caller’s recent orders are found', async () => {
    const res = await check({ citizenPhone: '139 7771 0001' });
    expect(res.status).toBe(200);
    expect(res.body.candidates.map((c: { orderId: string }) => c.orderId)).toContain(first);
  });

  it('when only an address is typed, then 200 and nothing is claimed without a problem to compare', async () => {
    const res = await check({ address: '龙泉胡同十七号院2楼' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ suspected: false, candidates: [] });
  });

  it('when a neighbour from the same building reports the same kind of problem, then the building match is the reason', async () => {
    const res = await check({ citizenPhone: '13977719999', address: '龙泉胡同十七号院2号楼1单元101', category: '公共服务/供暖/停暖' });
    expect(res.status).toBe(200);
    expect(res.body.candidates).toEqual(expect.arrayContaining([expect.objectContaining({ orderId: first, reasons: ['same_place_similar'] })]));
  });

  it('when a half-typed phone is sent, then 200 with no match rather than an error', async () => {
    const res = await check({ citizenPhone: '1397' });
    expect(res.status).toBe(200);
    expect(res.body.candidates).toEqual([]);
  });

  it('when the body is empty or malformed, then 400 names the fields', async () => {
    const empty = await check({});
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED');
    expect(empty.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['citizenPhone']);
    const bad = await check({ citizenPhone: 'abc', receivedAt: 'yesterday', address: 42 });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['citizenPhone', 'receivedAt', 'address']));
  });

  it('when a user who cannot create orders calls it, then 403', async () => {
    const res = await check({ citizenPhone: CALLER }, 'leader');
    expect(res.status).toBe(403);
  });
});

describe('POST /api/orders/:id/duplicates/merge (master picked by the operator)', () => {
  it('when the master is not among the candidates but the state machine accepts it, then the merge goes through', async () => {
    const master = await desk.intake({ address: '壹瓶胡同5号', category: '交通管理/道路设施/路灯不亮', content: '壹瓶胡同5号附近路灯3天不亮，晚上出行不安全。' });
    const dup = await desk.intake({ address: '姚家井9号院', category: '市容环境/环境卫生/垃圾清运', content: '姚家井9号院门口垃圾桶满溢无人清运，异味很大。' });
    const shown = await t.http.get(`/api/orders/${dup}/duplicates`).set(desk.as('operator'));
    expect(shown.body.candidates.map((c: { orderId: string }) => c.orderId)).not.toContain(master);
    const { version } = await desk.detail(dup, 'operator');
    const res = await t.http.post(`/api/orders/${dup}/duplicates/merge`).set(desk.as('operator')).send({ version, masterId: master, note: '同一事件' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('merged');
  });

  it('when the picked master is itself merged, then the state machine refuses it (409 ORDER_MERGE_MASTER_FINAL)', async () => {
    const target = await desk.intake({ address: '大吉巷40号', content: '大吉巷40号附近墙上贴满小广告，影响市容。', category: '市容环境/街面秩序/非法小广告' });
    const other = await desk.intake({ address: '大吉巷41号', content: '大吉巷41号附近墙上贴满小广告。', category: '市容环境/街面秩序/非法小广告' });
    const merged = await desk.intake({ address: '大吉巷42号', content: '大吉巷42号附近小广告很多。', category: '市容环境/街面秩序/非法小广告' });
    expect((await desk.act('operator', merged, 'merge', { masterId: other })).status).toBe(200);
    const { version } = await desk.detail(target, 'operator');
    const res = await t.http.post(`/api/orders/${target}/duplicates/merge`).set(desk.as('operator')).send({ version, masterId: merged });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ORDER_MERGE_MASTER_FINAL');
  });
});
