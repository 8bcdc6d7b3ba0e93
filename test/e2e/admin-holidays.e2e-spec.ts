import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadChineseDaysHolidays } from '@app/calendar';
import { ManualClock } from '@app/clock';
import { createTestApp, waitUntil, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * 系统管理 → 节假日 (DESIGN §14): the admin pastes next year's schedule, sees it checked row by row and what saving
 * would change — nothing stored — then saves it with the PUT, which recomputes the provisional clocks.
 */
const YEAR = 2027;
const clock = new ManualClock('2027-09-28T02:00:00Z'); // Tuesday 10:00 in Beijing
const GOOD_CSV = ['日期,类型,名称', '2027-09-26,调休上班,国庆节', ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2027年10月${d}日,放假,国庆节`), '2027-10-09,补班,国庆节'].join('\n');
let t: TestApp;
let desk: OrderDesk;
let orderId: string;

const preview = (body: Record<string, unknown>, year = YEAR) =>
  t.http.post(`/api/admin/holidays/${year}/preview`).set(desk.as('admin')).send(body);
const stored = async () => ({
  holidays: (await t.dataSource.query(`SELECT count(*)::int AS n FROM holiday WHERE date >= '2027-01-01' AND date < '2028-01-01'`))[0].n,
  years: (await t.dataSource.query(`SELECT year FROM holiday_year WHERE year = $1`, [YEAR])).length,
  audits: (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'calendar.holidays.replace'`))[0].n,
});

beforeAll(async () => {
  expect(loadChineseDaysHolidays().knownYears).not.toContain(YEAR); // a newer package would void this test
  t = await createTestApp({ clock, runJobs: true, ownDatabase: 'holiday-preview' });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor', 'admin'], phonePrefix: '1392028' });
  // No platform limit: 5 working days from 09-28 reach across the unknown 2027 National Day — a provisional clock.
  orderId = await desk.intake({ upstreamDueAt: undefined });
  expect((await desk.act('operator', orderId, 'sign')).status).toBe(200);
  expect((await desk.act('supervisor', orderId, 'dispatch', { leadUnitId: desk.units.CGB })).status).toBe(200);
  expect((await desk.detail(orderId)).deadlineProvisional).toBe(true);
});
afterAll(async () => t?.close());

describe('POST /api/admin/holidays/:year/preview', () => {
  it('when the CSV is good, then the normalised rows, the days added and the provisional clocks to recompute come back, and nothing is saved', async () => {
    const before = await stored();
    const res = await preview({ text: GOOD_CSV });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: YEAR, format: 'csv', problems: [], current: { known: false } });
    expect(res.body.entries).toHaveLength(9);
    expect(res.body.entries[1]).toEqual({ date: '2027-10-01', kind: 'holiday', name: '国庆节' });
    expect(res.body.changes).toMatchObject({ removed: [], changed: [], unchanged: 0 });
    expect(res.body.changes.added).toHaveLength(9);
    expect(res.body.provisional).toEqual({ clocks: 1, orders: 1 });
    expect(await stored()).toEqual(before);
  });

  it('when rows are wrong, then each problem names its row and column in Chinese, no changes are offered, and nothing is saved', async () => {
    const before = await stored();
    const text = ['日期，类型，名称', '2027-10-01,放假,国庆节', '2027-10-32,放假,国庆节', '2027-10-08,上班,国庆节', '2027-10-01,放假,国庆节'].join('\n');
    const res = await preview({ text });
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([
      { row: 2, column: 'date', message: expect.stringContaining('无法识别的日期') },
      { row: 3, column: 'kind', message: '2027-10-08 是周一至周五，调休上班日只能是周六或周日' },
      { row: 4, column: 'date', message: '日期 2027-10-01 重复' },
    ]);
    expect(res.body.changes).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('when the body is the PUT’s own JSON, then it is checked the same way', async () => {
    const res = await preview({ entries: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }, { date: '2026-12-31', kind: 'holiday', name: '元旦' }], markLoaded: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'json', entries: [{ date: '2027-01-01' }], problems: [{ row: 2, column: 'date', message: '日期 2026-12-31 不在 2027 年内' }] });
  });

  it('when a non-admin asks, then 403; when the year is not a year, then 400', async () => {
    expect((await t.http.post(`/api/admin/holidays/${YEAR}/preview`).set(desk.as('supervisor')).send({ text: GOOD_CSV })).status).toBe(403);
    expect((await preview({ text: GOOD_CSV }, 'abc' as unknown as number)).status).toBe(400);
  });

  it('when the previewed rows are saved with the PUT, then the year is audited with before and after and the provisional clock is recomputed', async () => {
    const { entries } = (await preview({ text: GOOD_CSV })).body;
    const saved = await t.http.put(`/api/admin/holidays/${YEAR}`).set(desk.as('admin')).send({ entries, markLoaded: true });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ known: true, knownSource: 'admin' });
    const [audit] = (await t.dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'calendar.holidays.replace' AND entity_id = $1`,
      [String(YEAR)],
    )) as { before: { known: boolean; entries: unknown[] }; after: { known: boolean; entries: unknown[] } }[];
    expect({ before: [audit.before.known, audit.before.entries.length], after: [audit.after.known, audit.after.entries.length] }).toEqual({
      before: [false, 0],
      after: [true, 9],
    });
    await waitUntil(async () => !(await desk.detail(orderId)).deadlineProvisional, 30_000, () => 'the provisional clock was not recomputed');
    const again = (await preview({ text: GOOD_CSV })).body;
    expect(again).toMatchObject({ current: { known: true }, provisional: { clocks: 0, orders: 0 }, changes: { added: [], unchanged: 9 } });
  });
});
