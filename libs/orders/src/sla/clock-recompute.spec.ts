import { describe, expect, it } from '@jest/globals';
import {
  computeClock, defaultDeadlinePolicy, formatShanghai, shanghaiInstant, WorkCalendar, type ClockKind, type DeadlineClock,
  type HolidayEntry,
} from '@app/calendar';
import { clockRecompute, type StoredClockTimes } from './clock-recompute.js';

/**
 * A plausible 2027 National Day, hand-written: the State Council's notice for 2027 is not out when this is written.
 * 10-01 (Fri) – 10-07 (Thu) off, Sunday 09-26 and Saturday 10-09 worked, as in 2021 when 10-01 was also a Friday.
 */
const NATIONAL_DAY_2027: HolidayEntry[] = [
  { date: '2027-09-26', kind: 'workday', name: '国庆节' },
  ...['01', '02', '03', '04', '05', '06', '07'].map((d): HolidayEntry => ({ date: `2027-10-${d}`, kind: 'holiday', name: '国庆节' })),
  { date: '2027-10-09', kind: 'workday', name: '国庆节' },
];
const unloaded = new WorkCalendar([], []);
const loaded2027 = new WorkCalendar(NATIONAL_DAY_2027, [2027]);
const policy = { rows: defaultDeadlinePolicy(), categoryOverrides: [] };
const at = (shanghai: string): Date => shanghaiInstant(shanghai.slice(0, 10), shanghai.slice(11));

function clock(kind: ClockKind, start: string, calendar: WorkCalendar): DeadlineClock {
  return computeClock(kind, { startAt: at(start), type: 'complaint', urgency: 'normal', upstreamDueAt: null }, policy, calendar);
}
const stored = (c: DeadlineClock, warnedAt: Date | null = null): StoredClockTimes => ({
  due_at: c.dueAt, provisional: c.provisional, warned_at: warnedAt,
});

describe('clockRecompute', () => {
  it('when a unit-reply clock set with Monday–Friday across 2027 National Day meets the loaded schedule, then it moves to the worked-out due time', () => {
    const before = clock('unitReply', '2027-09-28 10:00', unloaded);
    // Monday–Friday: 09-29, 09-30, 10-01, 10-04, 10-05.
    expect([formatShanghai(before.dueAt), before.provisional]).toEqual(['2027-10-05 10:00', true]);

    const change = clockRecompute(stored(before), clock('unitReply', '2027-09-28 10:00', loaded2027), at('2027-11-20 10:00'));
    // Loaded: 09-29, 09-30, (10-01..07 off), 10-08, the make-up Saturday 10-09, 10-11.
    expect(change && { ...change, dueAt: formatShanghai(change.dueAt) }).toEqual({
      dueAt: '2027-10-11 10:00', warnAt: clock('unitReply', '2027-09-28 10:00', loaded2027).warnAt, provisional: false, rewarn: false,
    });
  });

  it('when the clock was already recomputed, then a rerun changes nothing', () => {
    const now = clock('unitReply', '2027-09-28 10:00', loaded2027);
    expect(clockRecompute(stored(now), now, at('2027-11-20 10:00'))).toBeNull();
  });

  it('when another year without a schedule still decides the clock and its due time is unchanged, then it is left alone', () => {
    // 2027-12-29 + 5 working days reaches into 2028, unknown in both calendars.
    const before = clock('unitReply', '2027-12-29 10:00', unloaded);
    const after = clock('unitReply', '2027-12-29 10:00', loaded2027);
    expect([after.provisional, formatShanghai(after.dueAt)]).toEqual([true, formatShanghai(before.dueAt)]);
    expect(clockRecompute(stored(before), after, at('2027-11-20 10:00'))).toBeNull();
  });

  it('when the due time stays but the year is now known, then only the provisional mark goes', () => {
    const before = clock('unitReply', '2027-03-01 10:00', unloaded);
    const change = clockRecompute(stored(before), clock('unitReply', '2027-03-01 10:00', loaded2027), at('2027-02-20 10:00'));
    expect(change).toMatchObject({ dueAt: before.dueAt, provisional: false });
  });

  it.each([
    // [warned at, now, rewarn]: the sent warning is forgotten only when the new warning time is still ahead.
    [null, '2027-10-04 12:00', false],
    ['2027-10-04 10:00', '2027-10-04 12:00', true],
    ['2027-10-04 10:00', '2027-10-09 12:00', false],
  ] as const)('when the warning was sent at %s and the recompute runs at %s, then rewarn is %s', (warnedAt, now, rewarn) => {
    const before = clock('unitReply', '2027-09-28 10:00', unloaded);
    const after = clock('unitReply', '2027-09-28 10:00', loaded2027);
    expect(formatShanghai(after.warnAt) > '2027-10-04 12:00' && formatShanghai(after.warnAt) < '2027-10-09 12:00').toBe(true);
    expect(clockRecompute(stored(before, warnedAt ? at(warnedAt) : null), after, at(now))?.rewarn).toBe(rewarn);
  });
});
