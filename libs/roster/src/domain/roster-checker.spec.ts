import { describe, expect, it } from '@jest/globals';
import { demoRosterContext } from '../testing/demo-roster-context.js';
import { coverageDemandFromBands, withOverride } from './coverage-demand.js';
import { checkRoster, uncoveredHours } from './roster-checker.js';
import { mergeShortfalls } from './shortfall-ranges.js';
import type { Assignment, RosterContext, RosterRuleId, ShiftTemplate } from './roster.types.js';

const demo = demoRosterContext('2026-12');
const noDemand = coverageDemandFromBands({}, 0);
/** 复核班 needs the review skill; 跨夜班 22:00–06:00 crosses midnight. Both are for the seat team. */
const extraTemplates: ShiftTemplate[] = [
  { code: 'R', name: '复核班', start: '09:00', end: '17:00', skills: ['review'], teams: ['seat'] },
  { code: 'L', name: '跨夜班', start: '22:00', end: '06:00', teams: ['seat'] },
];

/** The demo team without any demand, so a case only trips the rule it is about. */
function personRulesContext(): RosterContext {
  const staff = demo.staff.map((person) =>
    person.id === 'S05' ? { ...person, unavailability: [{ from: '2026-12-20T18:00', to: '2026-12-20T22:00', reason: '体检' }] } : person,
  );
  return { ...demo, staff, templates: [...demo.templates, ...extraTemplates], demand: noDemand };
}

const on = (staffId: string, shiftCode: string, ...dates: string[]): Assignment[] => dates.map((date) => ({ staffId, date, shiftCode }));
const decemberDays = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `2026-12-${String(from + index).padStart(2, '0')}`);

interface BadRosterCase {
  name: string;
  roster: Assignment[];
  context?: RosterContext;
  expected: { rule: RosterRuleId; staffId?: string; date?: string; hour?: number };
  /** Rules that necessarily come along (two shifts in one day also leave too little rest). */
  alsoExpected?: RosterRuleId[];
}

const cases: BadRosterCase[] = [
  {
    name: 'two shifts on one day',
    roster: on('S01', 'N', '2026-12-05').concat(on('S01', 'A', '2026-12-05')),
    expected: { rule: 'one_shift_per_day', staffId: 'S01', date: '2026-12-05' },
    alsoExpected: ['rest_after_night'],
  },
  {
    name: '中班 then 早班 the next morning (8 h rest)',
    roster: on('S01', 'A', '2026-12-05').concat(on('S01', 'M', '2026-12-06')),
    expected: { rule: 'min_rest', staffId: 'S01', date: '2026-12-06' },
  },
  {
    name: '夜班 two nights running (16 h after a night)',
    roster: on('S02', 'N', '2026-12-07', '2026-12-08'),
    expected: { rule: 'rest_after_night', staffId: 'S02', date: '2026-12-08' },
  },
  {
    name: 'seven days in a row',
    roster: on('S03', 'M', ...decemberDays(1, 7)),
    expected: { rule: 'max_consecutive_days', staffId: 'S03', date: '2026-12-07' },
  },
  {
    name: 'S04 rostered during annual leave 12-10..14',
    roster: on('S04', 'M', '2026-12-11'),
    expected: { rule: 'leave', staffId: 'S04', date: '2026-12-11' },
  },
  {
    name: 'shift overlapping an unavailability window',
    roster: on('S05', 'A', '2026-12-20'),
    expected: { rule: 'unavailability', staffId: 'S05', date: '2026-12-20' },
  },
  {
    name: '27 早班 (216 h) against a 200 h maximum',
    roster: on('S06', 'M', ...decemberDays(1, 31).filter((date) => !['07', '14', '21', '28'].includes(date.slice(8)))),
    expected: { rule: 'max_hours', staffId: 'S06' },
  },
  {
    name: 'shift needing a skill the person lacks',
    roster: on('S01', 'R', '2026-12-09'),
    expected: { rule: 'skill', staffId: 'S01', date: '2026-12-09' },
  },
  {
    name: 'office staff on a seat shift',
    roster: on('S15', 'M', '2026-12-09'),
    expected: { rule: 'shift_not_allowed', staffId: 'S15', date: '2026-12-09' },
  },
  {
    name: 'seat operator on 行政班',
    roster: on('S07', 'D', '2026-12-09'),
    expected: { rule: 'shift_not_allowed', staffId: 'S07', date: '2026-12-09' },
  },
  {
    name: '行政班 on a Saturday',
    roster: on('S15', 'D', '2026-12-05'),
    expected: { rule: 'workdays_only', staffId: 'S15', date: '2026-12-05' },
  },
  {
    name: 'unknown person',
    roster: on('S99', 'M', '2026-12-05'),
    expected: { rule: 'invalid_assignment', staffId: 'S99', date: '2026-12-05' },
  },
  {
    name: 'cross-midnight shift followed by 早班 two hours after it ends',
    roster: on('S11', 'L', '2026-12-09').concat(on('S11', 'M', '2026-12-10')),
    expected: { rule: 'rest_after_night', staffId: 'S11', date: '2026-12-10' },
  },
  {
    name: 'too few seats: 1 on duty where 2 are needed',
    context: { ...demo, demand: withOverride(noDemand, { date: '2026-12-24', fromHour: 8, toHour: 16, seats: 2 }) },
    roster: on('S07', 'M', '2026-12-24'),
    expected: { rule: 'coverage', date: '2026-12-24', hour: 8 },
  },
  {
    name: 'no dispatch-qualified person on the night seat',
    context: { ...demo, demand: withOverride(noDemand, { date: '2026-12-24', fromHour: 0, toHour: 8, seats: 1, dispatch: 1 }) },
    roster: on('S10', 'N', '2026-12-24'),
    expected: { rule: 'dispatch_coverage', date: '2026-12-24', hour: 0 },
  },
  {
    name: 'office staff on 行政班 do not count as seats',
    context: { ...demo, demand: withOverride(noDemand, { date: '2026-12-09', fromHour: 10, toHour: 11, seats: 1 }) },
    roster: on('S15', 'D', '2026-12-09'),
    expected: { rule: 'coverage', date: '2026-12-09', hour: 10 },
  },
  {
    name: 'previous month: 中班 on 11-30, 早班 on 12-01',
    context: { ...personRulesContext(), previousAssignments: on('S01', 'A', '2026-11-30') },
    roster: on('S01', 'M', '2026-12-01'),
    expected: { rule: 'min_rest', staffId: 'S01', date: '2026-12-01' },
  },
  {
    name: 'previous month: six days up to 11-30, a seventh on 12-01',
    context: { ...personRulesContext(), previousAssignments: on('S02', 'M', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30') },
    roster: on('S02', 'M', '2026-12-01'),
    expected: { rule: 'max_consecutive_days', staffId: 'S02', date: '2026-12-01' },
  },
];

describe('checkRoster', () => {
  describe('when a roster breaks one hard rule', () => {
    it.each(cases)('$name, then the checker reports $expected.rule', ({ roster, context, expected, alsoExpected }) => {
      const violations = checkRoster(context ?? personRulesContext(), roster);

      expect(violations).toContainEqual(expect.objectContaining({ ...expected, message: expect.any(String) }));
      const allowed = new Set([expected.rule, ...(alsoExpected ?? [])]);
      expect(violations.filter((violation) => !allowed.has(violation.rule))).toEqual([]);
      for (const rule of alsoExpected ?? []) expect(violations.map((violation) => violation.rule)).toContain(rule);
    });
  });

  it('when the roster keeps every rule, then there is no violation', () => {
    const roster = [...on('S01', 'M', '2026-12-01', '2026-12-02'), ...on('S01', 'A', '2026-12-03'), ...on('S01', 'N', '2026-12-05'), ...on('S01', 'M', '2026-12-06')];
    expect(checkRoster(personRulesContext(), roster)).toEqual([]);
  });

  it('when a violation is reported, then its message names the person in Chinese', () => {
    const [violation] = checkRoster(personRulesContext(), on('S01', 'A', '2026-12-05').concat(on('S01', 'M', '2026-12-06')));
    expect(violation.message).toContain('王晓燕（S01）');
    expect(violation.message).toContain('11 小时');
    expect(violation.details).toMatchObject({ restHours: 8, requiredHours: 11 });
  });

  it('when a shift crosses midnight, then its hours count on both dates and only this month\'s part counts toward the month', () => {
    const demand = withOverride(withOverride(noDemand, { date: '2026-12-10', fromHour: 0, toHour: 7, seats: 1 }), { date: '2026-12-09', fromHour: 22, toHour: 24, seats: 1 });
    const context = { ...personRulesContext(), demand };
    const gaps = uncoveredHours(context, on('S11', 'L', '2026-12-09'));
    expect(gaps.map((gap) => `${gap.date} ${gap.hour}`)).toEqual(['2026-12-10 6']);

    const tight = { ...personRulesContext(), staff: personRulesContext().staff.map((p) => (p.id === 'S11' ? { ...p, maxHoursPerMonth: 2 } : p)) };
    expect(checkRoster(tight, on('S11', 'L', '2026-12-31'))).toEqual([]);
    expect(checkRoster(tight, on('S11', 'L', '2026-12-30'))).toEqual([expect.objectContaining({ rule: 'max_hours', staffId: 'S11' })]);
  });

  it('when the previous month ends with an overnight shift, then it covers the 1st\'s early hours', () => {
    const context = {
      ...personRulesContext(),
      demand: withOverride(noDemand, { date: '2026-12-01', fromHour: 0, toHour: 6, seats: 1 }),
      previousAssignments: on('S11', 'L', '2026-11-30'),
    };
    expect(checkRoster(context, [])).toEqual([]);
  });

  it('when hours lack people, then uncovered hours merge into ranges with Chinese messages', () => {
    const context = { ...demo, demand: withOverride(noDemand, { date: '2026-12-24', fromHour: 0, toHour: 8, seats: 1, dispatch: 1 }) };
    const ranges = mergeShortfalls(uncoveredHours(context, on('S10', 'N', '2026-12-24')));
    expect(ranges.map((range) => range.message)).toEqual(['2026-12-24 00:00–08:00 缺 1 名具备派单资质人员']);
  });
});
