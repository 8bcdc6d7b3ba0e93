import { describe, expect, it } from '@jest/globals';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  isCalendarDate,
  isWeekend,
  parseCalendarDate,
} from './calendar-date.js';

describe('calendar dates', () => {
  it.each([
    ['2026-10-01', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-5', false],
    ['2026-10-01T00:00:00Z', false],
    [20261001, false],
    [null, false],
  ])('when %p is checked, then isCalendarDate is %p', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([
    ['2026-09-30', 1, '2026-10-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-10-01', 0, '2026-10-01'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('when %s plus %i days, then %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
    expect(calendarDaysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2026-10-10', 6, true],
    ['2026-10-11', 0, true],
    ['2026-10-12', 1, false],
    ['2026-02-13', 5, false],
  ])('when %s, then weekday %i (weekend: %p)', (date, weekday, weekend) => {
    expect(dayOfWeek(date)).toBe(weekday);
    expect(isWeekend(date)).toBe(weekend);
  });

  it('when a date is malformed, then parsing throws instead of guessing', () => {
    expect(() => parseCalendarDate('2026/10/01')).toThrow(RangeError);
    expect(() => addCalendarDays('2026-10-01', 0.5)).toThrow(RangeError);
  });
});
