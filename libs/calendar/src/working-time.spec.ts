import { describe, expect, it } from '@jest/globals';
import { addCalendarDays } from './calendar-date.js';
import type { HolidayEntry } from './holiday-entry.js';
import { formatShanghai, shanghaiInstant } from './shanghai-time.js';
import { WorkCalendar } from './work-calendar.js';
import { calendarWithAdmin2027, packageCalendar } from './work-calendar.fixtures.js';
import { addDuration, addHours, addMinutes, addWorkingDays, subtractDuration } from './working-time.js';

const real = packageCalendar();
const with2027 = calendarWithAdmin2027();
const at = (shanghai: string): Date => shanghaiInstant(shanghai.slice(0, 10), shanghai.slice(11));

describe('addWorkingDays', () => {
  it.each([
    // [case, start (Shanghai), n, end (Shanghai), provisional, calendar]
    ['DESIGN §4: across National Day and the make-up Saturday', '2026-09-30 10:00', 5, '2026-10-13 10:00', false, real],
    ['from Friday evening over a weekend', '2026-10-16 17:00', 1, '2026-10-19 17:00', false, real],
    ['from a Saturday: the start day never counts', '2026-10-17 15:00', 1, '2026-10-19 15:00', false, real],
    ['onto a make-up Sunday', '2026-09-19 11:00', 1, '2026-09-20 11:00', false, real],
    ['Spring Festival: Friday to the make-up Saturday', '2026-02-13 17:00', 1, '2026-02-14 17:00', false, real],
    ['Spring Festival: over the nine days off', '2026-02-14 10:00', 1, '2026-02-24 10:00', false, real],
    ['Spring Festival: three days from the Friday before', '2026-02-13 09:00', 3, '2026-02-25 09:00', false, real],
    ['the Shanghai date decides, not the UTC date', '2026-10-09 00:30', 1, '2026-10-10 00:30', false, real],
    ['zero days is the start itself', '2026-10-01 08:00', 0, '2026-10-01 08:00', false, real],
    ['backwards over National Day', '2026-10-13 10:00', -5, '2026-09-30 10:00', false, real],
    ['into 2027 with only the package loaded', '2026-12-31 10:00', 1, '2027-01-01 10:00', true, real],
    ['admin-loaded 2027: holiday and make-up Saturday', '2027-09-30 10:00', 2, '2027-10-09 10:00', false, with2027],
    ['2028 unknown: Mon–Fri rule, flagged', '2028-09-29 10:00', 1, '2028-10-02 10:00', true, with2027],
    ['from the last day of loaded 2027 into 2028', '2027-12-31 16:00', 1, '2028-01-03 16:00', true, with2027],
  ])('when %s: %s + %i working days = %s (provisional: %p)', (_case, start, n, end, provisional, calendar) => {
    const result = addWorkingDays(at(start), n, calendar);
    expect({ at: formatShanghai(result.at), provisional: result.provisional }).toEqual({ at: end, provisional });
  });

  it('when the start has seconds, then the end keeps the exact clock time', () => {
    const start = new Date('2026-09-30T02:00:30.250Z');
    expect(addWorkingDays(start, 5, real).at.toISOString()).toBe('2026-10-13T02:00:30.250Z');
  });

  it('when the amount is not a whole number, then it is refused', () => {
    expect(() => addWorkingDays(at('2026-10-08 10:00'), 1.5, real)).toThrow(RangeError);
  });

  it('when the holiday table leaves no working day for months, then it stops instead of looping', () => {
    const entries: HolidayEntry[] = Array.from({ length: 90 }, (_, index) => ({
      date: addCalendarDays('2027-01-01', index),
      kind: 'holiday',
      name: '错误录入',
    }));
    expect(() => addWorkingDays(at('2026-12-31 10:00'), 1, new WorkCalendar(entries, [2027]))).toThrow(/holiday table/);
  });
});

describe('wall-clock durations (the hotline is 7×24)', () => {
  it.each([
    ['30 minutes on a holiday', '2026-10-02 00:20', () => addMinutes(at('2026-10-01 23:50'), 30)],
    ['24 hours over a weekend', '2026-10-18 09:00', () => addHours(at('2026-10-17 09:00'), 24)],
    ['1.5 hours', '2026-10-01 10:30', () => addHours(at('2026-10-01 09:00'), 1.5)],
  ])('when adding %s, then the result is %s', (_case, expected, compute) => {
    expect(formatShanghai(compute())).toBe(expected);
  });

  it('when the amount is not finite, then it is refused', () => {
    expect(() => addMinutes(new Date(), Number.NaN)).toThrow(RangeError);
    expect(() => addHours(new Date(), Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('addDuration / subtractDuration', () => {
  it.each([
    [{ unit: 'minutes', amount: 15 } as const, '2026-10-05 10:15', '2026-10-05 09:45'],
    [{ unit: 'hours', amount: 2 } as const, '2026-10-05 12:00', '2026-10-05 08:00'],
    [{ unit: 'workingDays', amount: 1 } as const, '2026-10-08 10:00', '2026-09-30 10:00'],
  ])('when the duration is %j from 2026-10-05 10:00, then + gives %s and − gives %s', (duration, plus, minus) => {
    const start = at('2026-10-05 10:00');
    expect(formatShanghai(addDuration(start, duration, real).at)).toBe(plus);
    expect(formatShanghai(subtractDuration(start, duration, real).at)).toBe(minus);
  });

  it('when a stored duration has an unknown unit, then it is refused', () => {
    expect(() => addDuration(new Date(), { unit: 'days', amount: 1 } as never, real)).toThrow(/unit/);
  });
});
