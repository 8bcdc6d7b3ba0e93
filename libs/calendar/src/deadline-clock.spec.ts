import { describe, expect, it } from '@jest/globals';
import { clockState, computeClock, type ClockInput, type DeadlineClock } from './deadline-clock.js';
import { defaultDeadlinePolicy, type ClockKind, type Urgency } from './deadline-policy.js';
import { formatShanghai, shanghaiInstant } from './shanghai-time.js';
import type { WorkCalendar } from './work-calendar.js';
import { calendarWithAdmin2027, packageCalendar } from './work-calendar.fixtures.js';

const table = defaultDeadlinePolicy();
const policy = { rows: table, categoryOverrides: [] };
const real = packageCalendar();
/** 'YYYY-MM-DD HH:mm' in Shanghai → instant. */
const at = (shanghai: string): Date => shanghaiInstant(shanghai.slice(0, 10), shanghai.slice(11));

function clockFor(kind: ClockKind, urgency: Urgency, start: string, upstream?: string): DeadlineClock {
  const upstreamDueAt = upstream ? at(upstream) : null;
  const input: ClockInput = { startAt: at(start), type: 'complaint', urgency, upstreamDueAt };
  return computeClock(kind, input, policy, real);
}

describe('computeClock with the default policy', () => {
  it.each([
    // [kind, urgency, start, upstream limit, due] — all Shanghai time
    ['sign', 'normal', '2026-10-01 23:50', undefined, '2026-10-02 00:20'],
    ['sign', 'urgent', '2026-10-01 10:00', undefined, '2026-10-01 10:15'],
    ['sign', 'critical', '2026-10-01 10:00', undefined, '2026-10-01 10:05'],
    ['contact', 'normal', '2026-10-17 09:00', undefined, '2026-10-18 09:00'],
    ['contact', 'urgent', '2026-10-01 22:30', undefined, '2026-10-02 00:30'],
    ['contact', 'critical', '2026-10-01 10:00', undefined, '2026-10-01 10:30'],
    ['review', 'normal', '2026-09-30 16:00', undefined, '2026-10-08 16:00'],
    ['review', 'normal', '2026-10-16 17:00', undefined, '2026-10-19 17:00'],
    ['review', 'urgent', '2026-10-03 10:00', undefined, '2026-10-03 12:00'],
    ['review', 'critical', '2026-10-03 10:00', undefined, '2026-10-03 10:30'],
    ['unitReply', 'normal', '2026-09-30 10:00', undefined, '2026-10-13 10:00'],
    ['unitReply', 'normal', '2026-09-30 10:00', '2026-10-15 18:00', '2026-10-14 18:00'],
    ['unitReply', 'urgent', '2026-10-01 08:00', '2026-10-01 20:00', '2026-10-01 18:00'],
    ['unitReply', 'critical', '2026-10-01 08:00', '2026-10-01 12:00', '2026-10-01 11:00'],
  ] as const)('when a %s clock (%s) starts %s with limit %s, then it is due %s', (kind, urgency, start, limit, due) => {
    const clock = clockFor(kind, urgency, start, limit);
    const shown = { kind: clock.kind, startedAt: formatShanghai(clock.startedAt), dueAt: formatShanghai(clock.dueAt) };
    expect(shown).toEqual({ kind, startedAt: start, dueAt: due });
    expect(clock.provisional).toBe(false);
  });
});

describe('unit reply inside the platform limit', () => {
  it.each([
    ['the buffer fits', 'normal', '2026-10-12 09:00', '2026-10-14 09:00', '2026-10-13 09:00'],
    ['the buffer ends exactly at dispatch: split', 'normal', '2026-10-12 09:00', '2026-10-13 09:00', '2026-10-12 21:00'],
    ['the buffer no longer fits: split', 'normal', '2026-10-12 09:00', '2026-10-12 21:00', '2026-10-12 15:00'],
    ['critical, 40 minutes left: split', 'critical', '2026-10-12 09:00', '2026-10-12 09:40', '2026-10-12 09:20'],
    ['the limit already passed: at the limit', 'urgent', '2026-10-12 09:00', '2026-10-12 08:00', '2026-10-12 08:00'],
  ] as const)('when %s (%s, dispatched %s, limit %s), then due %s', (_case, urgency, start, limit, due) => {
    const clock = clockFor('unitReply', urgency, start, limit);
    expect(formatShanghai(clock.dueAt)).toBe(due);
    expect(clock.dueAt.getTime()).toBeLessThanOrEqual(at(limit).getTime());
  });

  it('when the limit already passed, then the clock is born overdue and warns at its due time', () => {
    const clock = clockFor('unitReply', 'urgent', '2026-10-12 09:00', '2026-10-12 08:00');
    expect(clock.warnAt).toEqual(clock.dueAt);
    expect(clockState(clock, at('2026-10-12 09:00'))).toBe('overdue');
  });

  it('when the admin sets the buffer in working days, then it counts back over National Day', () => {
    const edited = defaultDeadlinePolicy().map((row) => ({
      ...row,
      unitReplyBuffer: { unit: 'workingDays' as const, amount: 1 },
    }));
    const input: ClockInput = {
      startAt: at('2026-09-28 10:00'),
      type: 'help',
      urgency: 'normal',
      upstreamDueAt: at('2026-10-08 18:00'),
    };
    expect(formatShanghai(computeClock('unitReply', input, { rows: edited, categoryOverrides: [] }, real).dueAt)).toBe('2026-09-30 18:00');
  });
});

describe('provisional clocks', () => {
  it.each<[string, string, string, boolean, WorkCalendar]>([
    ['2028 (no schedule loaded)', '2028-09-29 10:00', '2028-10-06 10:00', true, calendarWithAdmin2027()],
    ['2027 loaded by the admin', '2027-09-30 10:00', '2027-10-13 10:00', false, calendarWithAdmin2027()],
    ['2027 with only the package data', '2027-09-30 10:00', '2027-10-07 10:00', true, real],
  ])('when a 5-working-day unit clock runs in %s from %s, then it is due %s', (_case, start, due, provisional, calendar) => {
    const input: ClockInput = { startAt: at(start), type: 'report', urgency: 'normal' };
    const clock = computeClock('unitReply', input, policy, calendar);
    expect({ dueAt: formatShanghai(clock.dueAt), provisional: clock.provisional }).toEqual({ dueAt: due, provisional });
  });

  it('when a clock runs on the wall clock, then it is never provisional, whatever the year', () => {
    const input: ClockInput = { startAt: at('2030-10-01 10:00'), type: 'other', urgency: 'normal' };
    expect(computeClock('sign', input, policy, real).provisional).toBe(false);
  });
});

describe('warnAt and clockState', () => {
  it.each([
    ['sign', 'normal', '2026-10-01 10:00', '2026-10-01T02:22:30.000Z'], // 30 min → warn at 22½ min
    ['contact', 'normal', '2026-10-01 10:00', '2026-10-01T20:00:00.000Z'], // 24 h → warn after 18 h (04:00 next day)
    ['review', 'normal', '2026-10-16 17:00', '2026-10-18T15:00:00.000Z'], // Fri 17:00 → Mon 17:00: Sun 23:00
  ] as const)('when a %s clock (%s) starts %s, then it warns at 75%% of its span (%s)', (kind, urgency, start, warn) => {
    expect(clockFor(kind, urgency, start).warnAt.toISOString()).toBe(warn);
  });

  const clock = clockFor('contact', 'urgent', '2026-10-01 10:00'); // due 12:00, warns 11:30
  it.each([
    ['2026-10-01 10:00', 'running'],
    ['2026-10-01 11:29', 'running'],
    ['2026-10-01 11:30', 'warning'],
    ['2026-10-01 11:59', 'warning'],
    ['2026-10-01 12:00', 'overdue'],
    ['2026-10-02 09:00', 'overdue'],
  ])('when it is %s for a clock due 12:00, then the state is %s', (now, state) => {
    expect(clockState(clock, at(now))).toBe(state);
  });
});

describe('computeClock input errors', () => {
  it('when the policy has no row for the order, then it fails loudly', () => {
    const noCritical = { rows: table.filter((row) => row.urgency !== 'critical'), categoryOverrides: [] };
    const input: ClockInput = { startAt: at('2026-10-01 10:00'), type: 'help', urgency: 'critical' };
    expect(() => computeClock('sign', input, noCritical, real)).toThrow(/critical/);
  });

  it.each([
    ['the start', { startAt: new Date(Number.NaN) }],
    ['the upstream limit', { upstreamDueAt: new Date(Number.NaN) }],
  ])('when %s is an invalid Date, then it fails loudly', (_case, change) => {
    const input: ClockInput = { startAt: at('2026-10-01 10:00'), type: 'help', urgency: 'normal', ...change };
    expect(() => computeClock('unitReply', input, policy, real)).toThrow(RangeError);
  });
});
