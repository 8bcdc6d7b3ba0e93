import { describe, expect, it } from '@jest/globals';
import { addCalendarDays } from './calendar-date.js';
import { formatShanghai, shanghaiClockTimeOf, shanghaiDateOf, shanghaiInstant } from './shanghai-time.js';

describe('Shanghai business time', () => {
  it('when the tests run, then the process is in UTC (so nothing below passes by accident)', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
  });

  it.each([
    ['2026-09-30T15:59:59.999Z', '2026-09-30', '23:59'],
    ['2026-09-30T16:00:00.000Z', '2026-10-01', '00:00'],
    ['2026-09-30T02:00:00.000Z', '2026-09-30', '10:00'],
    ['2026-12-31T16:30:00.000Z', '2027-01-01', '00:30'],
  ])('when the instant is %s, then Shanghai shows %s %s', (iso, date, clock) => {
    expect(shanghaiDateOf(new Date(iso))).toBe(date);
    expect(shanghaiClockTimeOf(new Date(iso))).toBe(clock);
  });

  it.each([
    ['2026-09-30', '10:00', '2026-09-30T02:00:00.000Z'],
    ['2026-10-01', '00:00', '2026-09-30T16:00:00.000Z'],
    ['2026-10-01', '07:59:30', '2026-09-30T23:59:30.000Z'],
    ['2027-01-01', undefined, '2026-12-31T16:00:00.000Z'],
  ])('when Shanghai shows %s at %p, then the instant is %s', (date, clock, iso) => {
    const instant = shanghaiInstant(date, clock);
    expect(instant.toISOString()).toBe(iso);
    expect(formatShanghai(instant)).toBe(`${date} ${(clock ?? '00:00').slice(0, 5)}`);
  });

  it.each(['24:00', '9:00', '10:60', 'noon'])('when the clock time is %p, then it is rejected', (clock) => {
    expect(() => shanghaiInstant('2026-10-01', clock)).toThrow(RangeError);
  });

  it('when compared with the tz database, then the fixed +08:00 offset agrees on every day of 2026–2028', () => {
    const tzDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', dateStyle: 'short' });
    for (let date = '2026-01-01'; date < '2029-01-01'; date = addCalendarDays(date, 1)) {
      expect(tzDate.format(shanghaiInstant(date, '00:00'))).toBe(date);
      expect(tzDate.format(shanghaiInstant(date, '23:59'))).toBe(date);
    }
  });
});
