import { describe, expect, it } from '@jest/globals';
import {
  effectiveClockDurations,
  pickCategoryOverride,
  type CategoryDeadlineOverride,
  type ClockSubject,
  type DeadlinePolicy,
} from './category-deadline-override.js';
import { validateCategoryOverride } from './category-deadline-override.validator.js';
import { computeClock } from './deadline-clock.js';
import { defaultDeadlinePolicy, type ClockKind } from './deadline-policy.js';
import { formatShanghai, shanghaiInstant } from './shanghai-time.js';
import { packageCalendar } from './work-calendar.fixtures.js';
import type { Duration } from './working-time.js';

const minutes = (amount: number): Duration => ({ unit: 'minutes', amount });
const hours = (amount: number): Duration => ({ unit: 'hours', amount });
const workingDays = (amount: number): Duration => ({ unit: 'workingDays', amount });

function override(name: string, patch: Partial<CategoryDeadlineOverride>): CategoryDeadlineOverride & { name: string } {
  return {
    name, categoryPrefix: '城乡建设', type: null, urgency: null,
    signWithin: null, contactWithin: null, unitReplyWithin: null, reviewWithin: null, ...patch,
  };
}

const OVERRIDES = [
  override('城乡建设 all', { signWithin: minutes(20), reviewWithin: hours(4) }),
  override('供暖 all', { categoryPrefix: '城乡建设/供暖', signWithin: minutes(10), contactWithin: hours(1), unitReplyWithin: workingDays(3) }),
  override('供暖 complaint', { categoryPrefix: '城乡建设/供暖', type: 'complaint', signWithin: minutes(8) }),
  override('供暖 urgent', { categoryPrefix: '城乡建设/供暖', urgency: 'urgent', signWithin: minutes(7) }),
  override('供暖 complaint urgent', { categoryPrefix: '城乡建设/供暖', type: 'complaint', urgency: 'urgent', contactWithin: minutes(40) }),
  override('供暖/停暖 all', { categoryPrefix: '城乡建设/供暖/停暖', contactWithin: minutes(30) }),
];

const subject = (category: string | null, type = 'help', urgency = 'normal'): ClockSubject =>
  ({ category, type, urgency }) as ClockSubject;

describe('pickCategoryOverride', () => {
  it.each<[string, ClockSubject, ClockKind, string | null]>([
    ['an unclassified order', subject(null), 'sign', null],
    ['a category no override covers', subject('社会秩序/邻里纠纷'), 'sign', null],
    ['a prefix that is not whole levels', subject('城乡建设/供暖设施/维修'), 'sign', '城乡建设 all'],
    ['the level itself', subject('城乡建设/供暖'), 'contact', '供暖 all'],
    ['a deeper override wins', subject('城乡建设/供暖/停暖'), 'contact', '供暖/停暖 all'],
    ['a deeper override that does not set the clock falls through', subject('城乡建设/供暖/停暖'), 'sign', '供暖 all'],
    ['only the top level sets the clock', subject('城乡建设/供暖/停暖'), 'review', '城乡建设 all'],
    ['naming the type wins at the same depth', subject('城乡建设/供暖/维修', 'complaint'), 'sign', '供暖 complaint'],
    ['naming the urgency wins over naming neither', subject('城乡建设/供暖', 'help', 'urgent'), 'sign', '供暖 urgent'],
    ['the type ranks before the urgency', subject('城乡建设/供暖', 'complaint', 'urgent'), 'sign', '供暖 complaint'],
    ['naming both wins', subject('城乡建设/供暖', 'complaint', 'urgent'), 'contact', '供暖 complaint urgent'],
    ['depth ranks before naming', subject('城乡建设/供暖/停暖', 'complaint', 'urgent'), 'contact', '供暖/停暖 all'],
    ['another type is not covered', subject('城乡建设/供暖', 'praise', 'critical'), 'sign', '供暖 all'],
    ['no override sets the clock', subject('城乡建设/供暖'), 'review', '城乡建设 all'],
  ])('when %s, then the pick is %s', (_case, who, kind, expected) => {
    const picked = pickCategoryOverride(OVERRIDES, who, kind) as (CategoryDeadlineOverride & { name: string }) | null;
    expect(picked?.name ?? null).toBe(expected);
  });
});

describe('effectiveClockDurations', () => {
  const policy: DeadlinePolicy = { rows: defaultDeadlinePolicy(), categoryOverrides: OVERRIDES };

  it.each<[string, ClockSubject, ClockKind, Duration, boolean]>([
    ['the override sets the sign clock', subject('城乡建设/供暖'), 'sign', minutes(10), true],
    ['the row decides the unit reply of a sibling', subject('城乡建设/物业管理'), 'unitReply', workingDays(5), false],
    ['the override sets the unit reply', subject('城乡建设/供暖'), 'unitReply', workingDays(3), true],
    ['the row decides an unclassified order', subject(null), 'sign', minutes(30), false],
    ['the row decides a clock no override sets', subject('社会秩序'), 'review', workingDays(1), false],
  ])('when %s, then it runs that long', (_case, who, kind, within, overridden) => {
    const effective = effectiveClockDurations(policy, who, kind);
    expect(effective.within).toEqual(within);
    expect(effective.override !== null).toBe(overridden);
    expect(effective.unitReplyBuffer).toEqual(hours(24));
  });
});

describe('computeClock with category overrides', () => {
  const at = (shanghai: string): Date => shanghaiInstant(shanghai.slice(0, 10), shanghai.slice(11));
  const policy: DeadlinePolicy = { rows: defaultDeadlinePolicy(), categoryOverrides: OVERRIDES };

  // 2026-10-14 is a Wednesday after National Day; 3 working days from it end on Monday 10-19.
  it.each<[string, ClockKind, string | null, string | null, string]>([
    ['the override: sign in 10 min', 'sign', '城乡建设/供暖/维修', null, '2026-10-14 10:10'],
    ['a sibling gets the parent level override: 20 min', 'sign', '城乡建设/物业管理', null, '2026-10-14 10:20'],
    ['another top level keeps the row: 30 min', 'sign', '社会秩序/邻里纠纷', null, '2026-10-14 10:30'],
    ['the override: contact in 1 h', 'contact', '城乡建设/供暖/维修', null, '2026-10-14 11:00'],
    ['the override without a platform limit: 3 working days', 'unitReply', '城乡建设/供暖', null, '2026-10-19 10:00'],
    ['the override is shorter than the limit rule', 'unitReply', '城乡建设/供暖', '2026-10-28 18:00', '2026-10-19 10:00'],
    ['the limit rule caps a longer override', 'unitReply', '城乡建设/供暖', '2026-10-16 18:00', '2026-10-15 18:00'],
    ['a sibling keeps the limit rule', 'unitReply', '城乡建设/物业管理', '2026-10-28 18:00', '2026-10-27 18:00'],
  ])('when %s, then it is due %s', (_case, kind, category, limit, due) => {
    const input = { startAt: at('2026-10-14 10:00'), type: 'help' as const, urgency: 'normal' as const, category, upstreamDueAt: limit ? at(limit) : null };
    expect(formatShanghai(computeClock(kind, input, policy, packageCalendar()).dueAt)).toBe(due);
  });
});

describe('validateCategoryOverride', () => {
  const valid = { categoryPrefix: '城乡建设/供暖', type: null, urgency: 'urgent', signWithin: minutes(10), contactWithin: null };

  it('when the override is well formed, then there is no problem', () => {
    expect(validateCategoryOverride(valid)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string | undefined, RegExp]>([
    ['no clock is set', { signWithin: null }, undefined, /at least one clock/],
    ['the prefix is blank', { categoryPrefix: ' ' }, 'categoryPrefix', /non-empty/],
    ['the type is unknown', { type: 'riot' }, 'type', /unknown order type/],
    ['the urgency is unknown', { urgency: 'asap' }, 'urgency', /unknown urgency/],
    ['a duration is zero', { reviewWithin: hours(0) }, 'reviewWithin.amount', /greater than zero/],
    ['a duration has a bad unit', { unitReplyWithin: { unit: 'weeks', amount: 1 } }, 'unitReplyWithin.unit', /unit must be/],
    ['working days are fractional', { unitReplyWithin: workingDays(1.5) }, 'unitReplyWithin.amount', /whole number/],
  ])('when %s, then it is a problem of %s', (_case, change, field, message) => {
    const problems = validateCategoryOverride({ ...valid, ...change });
    expect(problems).toContainEqual({ row: -1, ...(field ? { field } : {}), message: expect.stringMatching(message) });
  });
});
