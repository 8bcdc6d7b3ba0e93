import { describe, expect, it } from '@jest/globals';
import { chordFromAbove, chordFromBelow, hoursGrid, type HoursChord } from './hours-chord.js';

/** The deviation the cut demands of a roster whose person works H hours against the target t. */
const demanded = (c: HoursChord, hours: number, target: number, fixed: number, fixedTarget: number) =>
  c.rhs - c.target * (target - fixedTarget) - c.hours * (hours - fixed);
const gridFrom = (fixed: number, g: number) => Array.from({ length: 40 }, (_, k) => fixed + g * k);

describe('the hours chords never cut off a roster, and bind at the grid points around the target', () => {
  const cases = [
    { what: '8-hour shifts, no tail, target 171.4', fixed: 0, g: 8, t: 171.4 },
    { what: 'a tail of 4 h from November, target 100', fixed: 4, g: 8, t: 100 },
    { what: 'target on a grid point', fixed: 0, g: 8, t: 168 },
    { what: 'target below the tail', fixed: 16, g: 8, t: 10 },
    { what: '12-hour shifts', fixed: 0, g: 12, t: 150 },
    { what: 'half-hour grid', fixed: 0, g: 7.5, t: 100.25 },
  ];
  it.each(cases)('from below, target at least its floor: $what', ({ fixed, g, t: floor }) => {
    const chord = chordFromBelow(floor, fixed, 0, g);
    for (const hours of gridFrom(fixed, g)) {
      for (const target of [floor, floor + 0.3, floor + 3, floor + 20, floor + 200]) {
        expect(demanded(chord, hours, target, fixed, 0)).toBeLessThanOrEqual(Math.abs(hours - target) + 1e-9);
      }
    }
    const lower = fixed + g * Math.floor((floor - fixed) / g);
    expect(demanded(chord, lower, floor, fixed, 0)).toBeCloseTo(Math.abs(lower - floor), 9);
    expect(demanded(chord, lower + g, floor, fixed, 0)).toBeCloseTo(Math.abs(lower + g - floor), 9);
  });
  it.each(cases)('both sides of a fixed target: $what', ({ fixed, g, t }) => {
    for (const chord of [chordFromBelow(t, fixed, t, g), chordFromAbove(t, fixed, t, g)]) {
      for (const hours of gridFrom(fixed, g)) expect(demanded(chord, hours, t, fixed, t)).toBeLessThanOrEqual(Math.abs(hours - t) + 1e-9);
      const lower = fixed + g * Math.floor((t - fixed) / g);
      expect(demanded(chord, lower, t, fixed, t)).toBeCloseTo(Math.abs(lower - t), 9);
      expect(demanded(chord, lower + g, t, fixed, t)).toBeCloseTo(Math.abs(lower + g - t), 9);
    }
  });
  it('halfway between two grid points the LP can no longer claim no deviation', () => {
    // 8-hour shifts and a target of 172: the LP's fractional 21.5 shifts now cost 4 hours, as 21 or 22 shifts do.
    const chord = chordFromBelow(172, 0, 0, 8);
    expect(demanded(chord, 172, 172, 0, 0)).toBeCloseTo(4, 9);
  });
});

describe('hoursGrid', () => {
  it.each([
    { shifts: [8, 8, 8], grid: 8 },
    { shifts: [8, 12], grid: 4 },
    { shifts: [8, 7.5], grid: 0.5 },
    { shifts: [], grid: 0 },
  ])('shifts of $shifts hours step by $grid', ({ shifts, grid }) => {
    expect(hoursGrid(shifts.map((monthHours) => ({ monthHours })))).toBe(grid);
  });
});
