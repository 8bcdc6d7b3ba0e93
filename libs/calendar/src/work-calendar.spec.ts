import { describe, expect, it } from '@jest/globals';
import { WorkCalendar } from './work-calendar.js';
import { ADMIN_2027_NATIONAL_DAY } from './work-calendar.fixtures.js';

const calendar = new WorkCalendar(ADMIN_2027_NATIONAL_DAY, [2027]);

describe('WorkCalendar', () => {
  it.each([
    ['2027-10-01', 'a holiday on a Friday', false, 'holiday'],
    ['2027-10-02', 'a holiday on a Saturday', false, 'holiday'],
    ['2027-10-09', 'a make-up Saturday', true, 'makeUpWorkday'],
    ['2027-09-26', 'a make-up Sunday', true, 'makeUpWorkday'],
    ['2027-10-08', 'an ordinary Friday', true, 'weekday'],
    ['2027-10-10', 'an ordinary Sunday', false, 'weekend'],
  ])('when the date is %s (%s) in a loaded year, then working=%p, not provisional', (date, _label, working, reason) => {
    expect(calendar.describeDay(date)).toMatchObject({ date, working, reason, provisional: false });
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['2028-10-02', true, 'weekday'],
    ['2028-10-07', false, 'weekend'],
    ['2026-10-01', true, 'weekday'],
  ])('when %s is in a year without a schedule, then Mon–Fri says working=%p, provisional', (date, working, reason) => {
    expect(calendar.describeDay(date)).toEqual({ date, working, reason, provisional: true });
  });

  it('when a holiday row names its festival, then the day carries the name', () => {
    expect(calendar.describeDay('2027-10-09').name).toBe('国庆节');
  });

  it('when built, then it lists its known years and rows in order, and outside changes do not leak in', () => {
    const rows = ADMIN_2027_NATIONAL_DAY.map((entry) => ({ ...entry }));
    const built = new WorkCalendar(rows, [2027, 2026]);
    rows[0]!.kind = 'holiday';
    expect(built.knownYears).toEqual([2026, 2027]);
    expect(built.isKnownYear(2028)).toBe(false);
    expect(built.isWorkingDay('2027-09-26')).toBe(true);
    const expectedDates = ADMIN_2027_NATIONAL_DAY.map((entry) => entry.date).sort();
    expect(built.entries.map((entry) => entry.date)).toEqual(expectedDates);
  });

  it.each([
    ['a malformed row', [{ date: '2027-9-26', kind: 'workday', name: '国庆节' }], [2027]],
    ['a fractional year', [], [2027.5]],
  ])('when given %s, then construction fails loudly', (_case, entries, years) => {
    expect(() => new WorkCalendar(entries as never, years)).toThrow(RangeError);
  });
});
