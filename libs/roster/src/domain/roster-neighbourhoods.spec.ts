import { describe, expect, it } from '@jest/globals';
import { demoRosterContext } from '../testing/demo-roster-context.js';
import { buildModelFrame } from './roster-model-frame.js';
import { rosterNeighbourhoods } from './roster-neighbourhoods.js';
import { hardRuleLimits } from './roster.types.js';

const context = demoRosterContext('2026-12');
const frame = buildModelFrame(context, hardRuleLimits(context));
const search = rosterNeighbourhoods(frame, { windowDays: 4, groupSize: 4 });
/** Who and which dates a set of binaries frees (x{staff}_{date}_{template}). */
const freed = (variables: readonly string[]) => {
  const cells = variables.map((v) => v.slice(1).split('_').map(Number));
  return { staff: new Set(cells.map(([s]) => s)), dates: new Set(cells.map(([, d]) => d)) };
};
/** A roster in which person s works s days (the first they may work) on their first shift: s × 8 hours. */
const incumbent = new Map(search.fixable.map((v) => [v, 0]));
frame.candidates.forEach((days, s) => days.filter((day) => day.length > 0).slice(0, s).forEach((day) => incumbent.set(day[0].variable, 1)));

describe('rosterNeighbourhoods', () => {
  it('frees, in turn, four days of everyone, a group over the month, the most and fewest hours, the most and fewest weekends', () => {
    const [window, group, hours] = [0, 1, 2].map((step) => freed(search.next(step, incumbent)));
    expect(window.staff.size).toBe(frame.candidates.filter((days) => days.some((d) => d.length > 0)).length);
    expect([...window.dates].sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
    expect(group.staff.size).toBe(4);
    expect(group.dates.size).toBe(frame.dates.length);
    // The two busiest and the two idlest of this roster: the last two people and the first two.
    const last = frame.candidates.length - 1;
    expect([...hours.staff].sort((a, b) => a - b)).toEqual([0, 1, last - 1, last]);
  });

  it('only ever frees binaries the search may fix, and the same month is searched the same way', () => {
    const fixable = new Set(search.fixable);
    const again = rosterNeighbourhoods(frame, { windowDays: 4, groupSize: 4 });
    for (let step = 0; step < 40; step++) {
      const set = search.next(step, incumbent);
      expect(set.length).toBeGreaterThan(0);
      expect(set.every((v) => fixable.has(v))).toBe(true);
      expect(again.next(step, incumbent)).toEqual(set);
    }
  });
});
