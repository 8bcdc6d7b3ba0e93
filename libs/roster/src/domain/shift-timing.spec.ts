import { describe, expect, it } from '@jest/globals';
import { dayNumber, formatMinute } from './calendar-dates.js';
import { coveredHourNumbers, isNightShift, shiftDurationHours, shiftInterval } from './shift-timing.js';
import type { ShiftTemplate } from './roster.types.js';

const shift = (start: string, end: string): ShiftTemplate => ({ code: 'X', name: 'X', start, end });
const clockHours = (template: ShiftTemplate, date: string) =>
  coveredHourNumbers(shiftInterval(template, date)).map((hour) => formatMinute(hour * 60));

describe('shift timing', () => {
  it.each([
    ['早班', '08:00', '16:00', 8, false],
    ['中班 ends at 24:00 on its own date', '16:00', '24:00', 8, false],
    ['夜班 lies inside its date', '00:00', '08:00', 8, true],
    ['22:00–06:00 runs into the next date', '22:00', '06:00', 8, true],
    ['行政班', '09:00', '17:30', 8.5, false],
  ])('%s: %s–%s lasts %d h, night: %s', (_name, start, end, hours, night) => {
    expect(shiftDurationHours(shift(start, end))).toBe(hours);
    expect(isNightShift(shift(start, end))).toBe(night);
  });

  it('when a shift crosses midnight, then its hours fall on both calendar dates', () => {
    expect(clockHours(shift('22:00', '06:00'), '2026-12-31')).toEqual([
      '2026-12-31 22:00', '2026-12-31 23:00', '2027-01-01 00:00', '2027-01-01 01:00',
      '2027-01-01 02:00', '2027-01-01 03:00', '2027-01-01 04:00', '2027-01-01 05:00',
    ]);
    const interval = shiftInterval(shift('16:00', '24:00'), '2026-12-05');
    expect(interval.endMinute).toBe((dayNumber('2026-12-06')) * 1440);
  });

  it('when a shift ends on the half hour, then the last partial hour does not count as covered', () => {
    expect(clockHours(shift('09:00', '17:30'), '2026-12-09').at(-1)).toBe('2026-12-09 16:00');
  });

  it('when the template says so, then the night flag wins over the derived one', () => {
    expect(isNightShift({ ...shift('05:00', '13:00'), night: false })).toBe(false);
  });
});
