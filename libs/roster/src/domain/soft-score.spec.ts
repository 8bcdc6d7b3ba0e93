import { describe, expect, it } from '@jest/globals';
import { demoRosterContext } from '../testing/demo-roster-context.js';
import { coverageDemandFromBands, withOverride } from './coverage-demand.js';
import { scoreRoster } from './soft-score.js';
import type { Assignment, RosterContext } from './roster.types.js';

const a = (staffId: string, date: string, shiftCode: string): Assignment => ({ staffId, date, shiftCode });
const context: RosterContext = { ...demoRosterContext('2026-12'), demand: coverageDemandFromBands({}, 0) };

describe('scoreRoster', () => {
  it('when S10 works a night, then it counts once as an avoided shift', () => {
    expect(scoreRoster(context, [a('S10', '2026-12-03', 'N')]).units.avoided_shift).toBe(1);
  });

  it('when a single day off sits between two working days, then it counts as isolated (leave days do not)', () => {
    const roster = [a('S07', '2026-12-01', 'M'), a('S07', '2026-12-03', 'M'), a('S04', '2026-12-09', 'M'), a('S04', '2026-12-15', 'M')];
    expect(scoreRoster(context, roster).units.isolated_day_off).toBe(1);
  });

  it.each([
    ['a lone day between days off', ['01', '03', '04', '06'], 2],
    ['work in blocks of two and more', ['01', '02', '05', '06', '07'], 0],
    ['the month\'s last day alone (next month unknown)', ['29', '31'], 1],
    ['a day next to leave (S04, 12-10..14)', ['09', '15'], 0],
  ])('when S04 works %s, then the isolated working days are counted', (_when, days, count) => {
    const roster = (days as string[]).map((day) => a('S04', `2026-12-${day}`, 'M'));
    expect(scoreRoster(context, roster).units.isolated_work_day).toBe(count);
  });

  it('when one dispatcher has two nights and the others none, then the night spread is 2 among dispatchers only', () => {
    const roster = [a('S01', '2026-12-03', 'N'), a('S01', '2026-12-05', 'N')];
    const score = scoreRoster(context, roster);
    expect(score.units.night_fairness).toBe(2);
    expect(score.byRule.night_fairness).toBe(20);
  });

  it('when seat hours are shared, then targets follow contracts less leave and deviations add up', () => {
    const roster = [a('S01', '2026-12-01', 'M'), a('S02', '2026-12-01', 'A')];
    const score = scoreRoster(context, roster);
    const targets = Object.fromEntries(score.perStaff.map((load) => [load.staffId, load.targetHours]));
    // 16 seat hours over 13 full contracts and S04's 26 of 31 days.
    expect(targets.S01).toBeCloseTo((16 * 174) / (13 * 174 + (174 * 26) / 31), 6);
    expect(targets.S04).toBeCloseTo((targets.S01 * 26) / 31, 6);
    expect(targets.S15).toBe(174);
    expect(score.total).toBeCloseTo(Object.values(score.byRule).reduce((sum, value) => sum + value, 0), 9);
  });

  it('when more seats are on duty than needed, then the surplus seat-hours are counted', () => {
    const demand = withOverride(coverageDemandFromBands({}, 0), { date: '2026-12-01', fromHour: 8, toHour: 16, seats: 1 });
    const roster = [a('S07', '2026-12-01', 'M'), a('S08', '2026-12-01', 'M')];
    expect(scoreRoster({ ...context, demand }, roster).units.surplus_seat_hours).toBe(8);
  });
});
