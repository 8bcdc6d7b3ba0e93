import { describe, expect, it } from '@jest/globals';
import type { RosterContext } from '@app/roster';
import { calendarFromSnapshot, snapshotCalendar } from './calendar-snapshot.js';

const context = (calendar: RosterContext['calendar']): RosterContext =>
  ({ month: '2026-10', templates: [], staff: [], demand: { seatsByHourOfWeek: [], dispatchByHourOfWeek: [] }, calendar }) as unknown as RosterContext;

describe('calendar snapshot (the calendar crossing into the solver thread)', () => {
  const national = new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
  const rebuilt = calendarFromSnapshot(
    snapshotCalendar(context({ isWorkingDay: (d) => d === '2026-10-10' || (!national.has(d) && ![0, 6].includes(new Date(d + 'T00:00:00Z').getUTCDay())), isHoliday: (d) => national.has(d) })),
  )!;

  it.each([
    ['2026-10-01', false, true, 'National Day'],
    ['2026-10-10', true, false, 'the make-up Saturday'],
    ['2026-10-12', true, false, 'an ordinary Monday'],
    ['2026-09-20', false, false, 'a Sunday inside the margin before the month'],
    ['2026-11-10', true, false, 'a Tuesday inside the margin after the month'],
    ['2027-03-01', true, false, 'a Monday far outside: Monday to Friday'],
  ])('%s is working %s, holiday %s (%s)', (date, working, holiday) => {
    expect(rebuilt.isWorkingDay!(date)).toBe(working);
    expect(rebuilt.isHoliday!(date)).toBe(holiday);
  });

  it('when the context has no calendar, then neither does the thread', () => {
    expect(calendarFromSnapshot(snapshotCalendar(context(undefined)))).toBeUndefined();
  });
});
