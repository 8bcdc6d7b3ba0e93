import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { formatShanghai, loadChineseDaysHolidays, shanghaiInstant, type ClockInput } from '@app/calendar';
import { ManualClock } from '@app/clock';
import { loadReferenceData } from '@app/reference';
import { createTestApp, type TestApp } from '@app/testing';
import { CalendarSeeder } from './calendar.seeder.js';
import { CalendarService, REVALIDATE_AFTER_MS } from './calendar.service.js';
import { DeadlineService } from './deadline.service.js';
import { seedCalendar } from './seed-calendar.js';

// Other test files share this database: admin edits here use years no other test relies on (2027, 2028) and are
// undone at the end of each test.
const UNLOADED_YEAR = 2027;
const SCRATCH_YEAR = 2028;
const STREET = loadReferenceData().street.code;
const clock = new ManualClock('2026-11-20T02:00:00Z');

let t: TestApp;
let admin: string;
let operator: string;
let deadlines: DeadlineService;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const putYear = (year: number | string, body: unknown, token = admin) =>
  t.http.put(`/api/admin/holidays/${year}`).set(bearer(token)).send(body as object);
const unitReply = (date: string): ClockInput => ({
  startAt: shanghaiInstant(date, '10:00'),
  type: 'complaint',
  urgency: 'normal',
  upstreamDueAt: null,
});
const fieldsOf = (body: { details: { fields: { field: string }[] } }) => body.details.fields.map((f) => f.field);

/** The street's calendar rows as text, to show that something did or did not change. */
async function calendarSnapshot(): Promise<string> {
  const [row] = (await t.dataSource.query(
    `SELECT (SELECT string_agg(date::text || kind || name || source, '|' ORDER BY date) FROM holiday WHERE street_code = $1)
         || '#' || (SELECT string_agg(year || source || loaded_at::text, ',' ORDER BY year) FROM holiday_year WHERE street_code = $1)
         || '#' || (SELECT string_agg(type || urgency || updated_at::text, ',' ORDER BY type, urgency) FROM deadline_policy WHERE street_code = $1)
       AS snapshot`,
    [STREET],
  )) as { snapshot: string }[];
  return row.snapshot;
}

beforeAll(async () => {
  expect(loadChineseDaysHolidays().knownYears).not.toContain(UNLOADED_YEAR); // a newer package would void these tests
  t = await createTestApp({ clock });
  admin = await t.login('admin');
  operator = await t.login('operator');
  deadlines = t.app.get(DeadlineService);
});
afterAll(async () => t?.close());

describe('calendar seeding', () => {
  it('when the app has started, then the chinese-days schedule is in the holiday table and its years are known', async () => {
    const res = await t.http.get('/api/admin/holidays?year=2026').set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2026, known: true, knownSource: 'chinese-days' });
    expect(res.body.entries).toEqual(
      expect.arrayContaining([
        { date: '2026-10-01', kind: 'holiday', name: '国庆节', source: 'chinese-days' },
        { date: '2026-10-10', kind: 'workday', name: '国庆节', source: 'chinese-days' },
      ]),
    );
    const years = (await t.dataSource.query(`SELECT year FROM holiday_year WHERE street_code = $1 AND source = 'chinese-days'`, [
      STREET,
    ])) as { year: number }[];
    expect(years.map((y) => y.year)).toEqual(expect.arrayContaining([2024, 2025, 2026]));
  });

  it('when the app has started, then the street has the 21 default policy rows', async () => {
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM deadline_policy WHERE street_code = $1`, [STREET])) as {
      n: number;
    }[];
    expect(n).toBe(21);
  });

  it('when seeding runs again, then nothing is inserted, changed or audited', async () => {
    const before = await calendarSnapshot();
    const audits = async () =>
      ((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE street_code = $1 AND action = 'calendar.seed'`, [
        STREET,
      ])) as { n: number }[])[0].n;
    const auditsBefore = await audits();

    const results = await t.app.get(CalendarSeeder).seedAllStreets();
    expect(results[STREET]).toEqual({ holidays: 0, years: [], policyRows: 0 });
    expect(await calendarSnapshot()).toBe(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it('when an admin has changed a package date, then re-seeding keeps the admin row', async () => {
    const rollback = new Error('rollback');
    const seen = await t.dataSource
      .transaction(async (m) => {
        await m.query(
          `UPDATE holiday SET kind = 'holiday', name = '管理员修改', source = 'admin' WHERE street_code = $1 AND date = '2026-10-10'`,
          [STREET],
        );
        const result = await seedCalendar(m, STREET);
        const rows = (await m.query(`SELECT kind, name, source FROM holiday WHERE street_code = $1 AND date = '2026-10-10'`, [
          STREET,
        ])) as unknown[];
        throw Object.assign(rollback, { seen: { result, rows } });
      })
      .catch((error: Error & { seen?: unknown }) => {
        if (error !== rollback) throw error;
        return error.seen;
      });
    expect(seen).toEqual({
      result: { holidays: 0, years: [], policyRows: 0 },
      rows: [{ kind: 'holiday', name: '管理员修改', source: 'admin' }],
    });
  });
});

describe('DeadlineService.computeClock', () => {
  it('when a unit gets an order without an upstream limit on 2026-09-30 10:00, then it is due 5 working days later on 2026-10-13 10:00', async () => {
    const clock = await deadlines.computeClock(STREET, 'unitReply', unitReply('2026-09-30'));
    expect(formatShanghai(clock.dueAt)).toBe('2026-10-13 10:00');
    expect(clock.provisional).toBe(false);
  });

  it('when the admin enters a holiday, then a deadline running over it moves to the next working day', async () => {
    // 2028-03-03 is a Friday: Mon 03-06 … Fri 03-10 are the five working days.
    expect(formatShanghai((await deadlines.computeClock(STREET, 'unitReply', unitReply('2028-03-03'))).dueAt)).toBe('2028-03-10 10:00');
    try {
      const res = await putYear(SCRATCH_YEAR, { entries: [{ date: '2028-03-06', kind: 'holiday', name: '测试假日' }], markLoaded: false });
      expect(res.status).toBe(200);
      const moved = await deadlines.computeClock(STREET, 'unitReply', unitReply('2028-03-03'));
      expect(formatShanghai(moved.dueAt)).toBe('2028-03-13 10:00');
      expect(moved.provisional).toBe(true); // rows alone do not make a year known
    } finally {
      expect((await putYear(SCRATCH_YEAR, { entries: [], markLoaded: false })).status).toBe(200);
    }
    expect(formatShanghai((await deadlines.computeClock(STREET, 'unitReply', unitReply('2028-03-03'))).dueAt)).toBe('2028-03-10 10:00');
  });
});

describe('CalendarService cache', () => {
  it('when another process changes the holidays, then this process sees it once the cache is due for its check', async () => {
    const calendars = t.app.get(CalendarService);
    calendars.invalidate();
    expect((await calendars.calendarFor(STREET)).isWorkingDay('2028-03-07')).toBe(true);
    // Written straight to the database, as another api process would: this process is not told.
    await t.dataSource.query(`INSERT INTO holiday (street_code, date, kind, name, source) VALUES ($1, '2028-03-07', 'holiday', '测试', 'admin')`, [
      STREET,
    ]);
    const realNow = performance.now.bind(performance);
    const later = jest.spyOn(performance, 'now');
    try {
      expect((await calendars.calendarFor(STREET)).isWorkingDay('2028-03-07')).toBe(true);
      later.mockImplementation(() => realNow() + REVALIDATE_AFTER_MS + 1);
      expect((await calendars.calendarFor(STREET)).isWorkingDay('2028-03-07')).toBe(false);
    } finally {
      later.mockRestore();
      await t.dataSource.query(`DELETE FROM holiday WHERE street_code = $1 AND date = '2028-03-07'`, [STREET]);
      calendars.invalidate();
    }
  });
});

describe('PUT /api/admin/holidays/:year', () => {
  it(`when ${UNLOADED_YEAR} is not loaded, then its clocks are provisional and alerted; once the admin loads it, then neither`, async () => {
    const alerts = async () => (await t.http.get('/api/admin/calendar/alerts').set(bearer(admin))).body;
    expect((await deadlines.computeClock(STREET, 'unitReply', unitReply('2027-03-01'))).provisional).toBe(true);
    expect(await deadlines.provisionalYears(STREET, clock.now())).toEqual([UNLOADED_YEAR]);
    expect(await alerts()).toEqual({
      items: [{ year: UNLOADED_YEAR, message: '2027 年节假日安排尚未录入，相关时限按周一至周五临时计算' }],
      total: 1,
    });

    try {
      const res = await putYear(UNLOADED_YEAR, {
        entries: [
          { date: '2027-01-01', kind: 'holiday', name: ' 元旦 ' },
          { date: '2027-02-07', kind: 'workday', name: '春节' },
        ],
        markLoaded: true,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ year: UNLOADED_YEAR, known: true, knownSource: 'admin' });
      expect(res.body.entries).toEqual([
        { date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'admin' },
        { date: '2027-02-07', kind: 'workday', name: '春节', source: 'admin' },
      ]);
      expect((await deadlines.computeClock(STREET, 'unitReply', unitReply('2027-03-01'))).provisional).toBe(false);
      expect(await alerts()).toEqual({ items: [], total: 0 });

      const [audit] = (await t.dataSource.query(
        `SELECT actor_name, before, after FROM audit_log
          WHERE street_code = $1 AND action = 'calendar.holidays.replace' AND entity_id = $2 ORDER BY id DESC LIMIT 1`,
        [STREET, String(UNLOADED_YEAR)],
      )) as { actor_name: string; before: { known: boolean }; after: { known: boolean; entries: unknown[] } }[];
      expect(audit).toMatchObject({ actor_name: 'admin', before: { known: false }, after: { known: true } });
      expect(audit.after.entries).toHaveLength(2);
    } finally {
      expect((await putYear(UNLOADED_YEAR, { entries: [], markLoaded: false })).status).toBe(200);
    }
    expect((await alerts()).items).toEqual([{ year: UNLOADED_YEAR, message: expect.any(String) }]);
  });

  it('when the rows are wrong, then 400 names every bad row and field, and nothing is saved', async () => {
    const res = await putYear(UNLOADED_YEAR, {
      entries: [
        { date: '2026-12-31', kind: 'holiday', name: '跨年' },
        { date: '2027-05-01', kind: 'vacation', name: '劳动节' },
        { date: '2027-05-02', kind: 'holiday', name: '劳动节' },
        { date: '2027-05-02', kind: 'holiday', name: '劳动节' },
        { date: '2027-05-03', kind: 'holiday', name: '  ' },
        { date: '2027-05-06', kind: 'workday', name: '劳动节' },
        { date: '2027-02-30', kind: 'holiday', name: '春节' },
      ],
      markLoaded: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(res.body)).toEqual([
      'entries.0.date',
      'entries.1.kind',
      'entries.3.date',
      'entries.4.name',
      'entries.5.kind',
      'entries.6.date',
    ]);
    expect(res.body.details.fields[0].message).toBe('日期 2026-12-31 不在 2027 年内');
    expect(res.body.details.fields[4].message).toBe('2027-05-06 是周一至周五，调休上班日只能是周六或周日');
    expect(res.body.message).toMatch(/^请求参数有误/);
    const view = await t.http.get(`/api/admin/holidays?year=${UNLOADED_YEAR}`).set(bearer(admin));
    expect(view.body).toMatchObject({ known: false, entries: [] });
  });

  it('when the body or the year is malformed, then 400 naming the field', async () => {
    const body = await putYear(UNLOADED_YEAR, { entries: 'none' });
    expect(body.status).toBe(400);
    expect(fieldsOf(body.body).sort()).toEqual(['entries', 'markLoaded']);
    const year = await putYear('20x7', { entries: [], markLoaded: false });
    expect(year.status).toBe(400);
    expect(fieldsOf(year.body)).toEqual(['year']);
  });

  it('when an operator tries to change the holidays, then 403; reading them is allowed', async () => {
    const res = await putYear(UNLOADED_YEAR, { entries: [], markLoaded: true }, operator);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect((await t.http.get('/api/admin/holidays').set(bearer(operator))).body).toMatchObject({ year: 2026, known: true });
  });
});

describe('GET /api/calendar/working-days', () => {
  it('when asked for the National Day week, then each day says whether it is worked, why, and that it is certain', async () => {
    const res = await t.http.get('/api/calendar/working-days?from=2026-09-30&to=2026-10-13').set(bearer(operator));
    expect(res.status).toBe(200);
    const byDate = Object.fromEntries(res.body.days.map((d: { date: string }) => [d.date, d]));
    expect(res.body.days).toHaveLength(14);
    expect(byDate['2026-09-30']).toEqual({ date: '2026-09-30', working: true, reason: 'weekday', provisional: false });
    expect(byDate['2026-10-01']).toMatchObject({ working: false, reason: 'holiday', name: '国庆节', provisional: false });
    expect(byDate['2026-10-10']).toMatchObject({ working: true, reason: 'makeUpWorkday', provisional: false });
    expect(byDate['2026-10-11']).toMatchObject({ working: false, reason: 'weekend' });
  });

  it(`when the days lie in ${UNLOADED_YEAR}, then they follow Monday–Friday and are marked provisional`, async () => {
    const res = await t.http.get('/api/calendar/working-days?from=2027-01-01&to=2027-01-02').set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.days).toEqual([
      { date: '2027-01-01', working: true, reason: 'weekday', provisional: true },
      { date: '2027-01-02', working: false, reason: 'weekend', provisional: true },
    ]);
  });

  it('when the range is malformed or reversed, then 400 naming the query field', async () => {
    const bad = await t.http.get('/api/calendar/working-days?from=2026-13-01&to=2026-10-01').set(bearer(operator));
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['query.from']);
    const reversed = await t.http.get('/api/calendar/working-days?from=2026-10-02&to=2026-10-01').set(bearer(operator));
    expect(fieldsOf(reversed.body)).toEqual(['query.to']);
  });
});
