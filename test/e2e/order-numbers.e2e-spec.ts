import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { systemActor } from '@app/access';
import { ManualClock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { IntakeOrder, IntakeOrderBody } from '@app/orders';
import { createTestApp, type TestApp } from '@app/testing';

/**
 * Readable numbers for hand-entered orders (issue 10, item 8): `<short code>-<Beijing date>-<nnnn>`, gap-free per
 * street and day. The file counts in a database of its own, so other files' orders on the same day do not interfere.
 */
const clock = new ManualClock('2026-12-03T02:00:00Z'); // Thursday 10:00 in Beijing
let t: TestApp;
let token: string;
let street: string;
let phoneSeq = 0;

const body = (overrides: Record<string, unknown> = {}) => ({
  channel: 'hotline',
  receivedAt: clock.now().toISOString(),
  citizenName: '周某某',
  citizenPhone: `1358888${String(1000 + ++phoneSeq).slice(-4)}`,
  address: '龙泉胡同17号',
  type: 'complaint',
  category: '交通管理/停车管理/乱停车',
  content: `龙泉胡同17号门口有车辆占用消防通道，第${phoneSeq}次反映。`,
  upstreamDueAt: new Date(clock.now().getTime() + 7 * 86400e3).toISOString(),
  ...overrides,
});
const enter = (overrides?: Record<string, unknown>) => t.http.post('/api/orders').set('authorization', `Bearer ${token}`).send(body(overrides));
const numbersOf = async (day: string) =>
  ((await t.dataSource.query(`SELECT local_no FROM work_order WHERE street_code = $1 AND local_no LIKE $2 ORDER BY local_no`, [street, `TRT-${day}-%`])) as { local_no: string }[]).map((r) => r.local_no);
const seq = (day: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `TRT-${day}-${String(from + i).padStart(4, '0')}`);

beforeAll(async () => {
  t = await createTestApp({ clock, ownDatabase: 'numbers' });
  token = await t.login('operator');
  [{ code: street }] = await t.dataSource.query(`SELECT code FROM street WHERE short_code = 'TRT'`);
});
afterAll(async () => t?.close());

describe('POST /api/orders (local order numbers)', () => {
  it('when 20 orders are entered by hand at once, then they get TRT-20261203-0001..0020 with no gap and no duplicate', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => enter()));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(await numbersOf('20261203')).toEqual(seq('20261203', 1, 20));
  });

  it('when an intake fails after drawing its number, then the number is given back and the next order takes it', async () => {
    const failed = t.app.get(TransactionRunner).run(systemActor(street, 'test'), async (tx) => {
      const row = await t.app.get(IntakeOrder).createIn(tx, IntakeOrderBody.parse(body()), 'manual');
      expect(row.local_no).toBe('TRT-20261203-0021');
      throw new Error('the rest of the intake failed');
    });
    await expect(failed).rejects.toThrow('the rest of the intake failed');
    expect((await enter()).status).toBe(201);
    expect(await numbersOf('20261203')).toEqual(seq('20261203', 1, 21));
  });

  it('when the order has a platform number, then it keeps that one and draws none', async () => {
    const res = await enter({ upstreamNo: 'SJ2026120300001' });
    expect(res.status).toBe(201);
    const [row] = await t.dataSource.query('SELECT upstream_no, local_no FROM work_order WHERE id = $1', [res.body.id]);
    expect(row).toEqual({ upstream_no: 'SJ2026120300001', local_no: null });
    expect(await numbersOf('20261203')).toEqual(seq('20261203', 1, 21));
  });

  it('when the list is searched by a local number, then that order comes back with it as its orderNo', async () => {
    const list = await t.http.get('/api/orders?q=TRT-20261203-0007').set('authorization', `Bearer ${token}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((o: { orderNo: string; localNo: string; upstreamNo: string | null }) => [o.orderNo, o.localNo, o.upstreamNo])).toEqual([
      ['TRT-20261203-0007', 'TRT-20261203-0007', null],
    ]);
    const detail = await t.http.get(`/api/orders/${list.body.items[0].id}`).set('authorization', `Bearer ${token}`);
    expect(detail.body.orderNo).toBe('TRT-20261203-0007');
  });

  it('when the Beijing day turns at 16:00 UTC, then numbering starts again at 0001', async () => {
    clock.set('2026-12-03T15:59:00Z'); // 23:59 in Beijing: still the 3rd
    expect((await enter()).status).toBe(201);
    clock.set('2026-12-03T16:00:00Z'); // midnight in Beijing
    expect((await enter()).status).toBe(201);
    expect(await numbersOf('20261203')).toEqual(seq('20261203', 1, 22));
    expect(await numbersOf('20261204')).toEqual(seq('20261204', 1, 1));
  });
});
