import { gcd } from './hours-chord.js';
import type { ModelFrame, ShiftCandidate } from './roster-model-frame.js';
import { monthDays } from './soft-rule-basis.js';

export interface RosterNeighbourhoods {
  /** Every binary a neighbourhood may free. */
  fixable: string[];
  /** The binaries the search's step frees, given the incumbent roster. */
  next: (step: number, incumbent: ReadonlyMap<string, number>) => string[];
}

/**
 * The neighbourhoods the search around the warm start frees (see highs-neighbourhoods.ts), in turn: a few days of
 * everyone (moves shifts between people within them), a group of people over the whole month (trades whole
 * patterns), and the people with the most and the fewest hours, then weekend shifts, together (what the hours
 * balance, the largest soft term, and weekend fairness charge). Nothing is random: a month is searched the same
 * way every time.
 */
export function rosterNeighbourhoods(frame: ModelFrame, options: { windowDays?: number; groupSize?: number } = {}): RosterNeighbourhoods {
  const windowDays = options.windowDays ?? 4;
  const groupSize = Math.max(2, options.groupSize ?? 12);
  const staffCount = frame.candidates.length;
  const dayCount = frame.dates.length;
  const everyone = Array.from({ length: staffCount }, (_, s) => s);
  const variables = (staff: readonly number[], from: number, to: number) =>
    staff.flatMap((s) => frame.candidates[s].slice(from, to).flatMap((day) => day.map((c) => c.variable)));

  const windowStarts: number[] = [];
  for (let from = 0; from < dayCount; from += Math.max(1, Math.floor(windowDays / 2))) {
    windowStarts.push(from);
    if (from + windowDays >= dayCount) break;
  }
  // Three rounds of groups, each a different mix: neighbours in the list (alike people: same team and skills), then
  // people taken at strides of 7 and 13 (unlike people, who trade different shifts).
  const groups: number[][] = [];
  for (const stride of [1, 7, 13]) {
    const order = strided(staffCount, stride);
    for (let at = 0; at < order.length; at += groupSize) groups.push(order.slice(at, at + groupSize));
  }
  const { weekendDates } = monthDays(frame.context);
  const sumOf = (measure: (c: ShiftCandidate) => number) => (staff: number, incumbent: ReadonlyMap<string, number>) =>
    frame.candidates[staff].flat().reduce((sum, c) => sum + measure(c) * Math.round(incumbent.get(c.variable) ?? 0), 0);
  const hoursOf = sumOf((c) => c.monthHours);
  const weekendShiftsOf = sumOf((c) => Number(weekendDates.has(c.date)));
  // The people most and least charged by a measure together: the i-th turn takes the next ones in from both ends.
  const extremes = (turn: number, incumbent: ReadonlyMap<string, number>, measure: typeof hoursOf) => {
    const value = new Map(everyone.map((s) => [s, measure(s, incumbent)]));
    const ordered = [...everyone].sort((a, b) => value.get(b)! - value.get(a)!);
    const half = Math.ceil(groupSize / 2);
    const offset = (turn * half) % Math.max(1, Math.ceil(staffCount / 2));
    const top = ordered.slice(offset, offset + half);
    const bottom = ordered.slice(Math.max(0, staffCount - offset - half), staffCount - offset);
    return variables([...new Set([...top, ...bottom])], 0, dayCount);
  };

  return {
    fixable: variables(everyone, 0, dayCount),
    next: (step, incumbent) => {
      const turn = Math.floor(step / 4);
      switch (step % 4) {
        case 0: {
          const from = windowStarts[turn % windowStarts.length];
          return variables(everyone, from, Math.min(dayCount, from + windowDays));
        }
        case 1:
          return variables(groups[turn % groups.length], 0, dayCount);
        case 2:
          return extremes(turn, incumbent, hoursOf);
        default:
          return extremes(turn, incumbent, weekendShiftsOf);
      }
    },
  };
}

/** Everyone taken at a fixed stride (coprime with their number): a different mix of people in each round. */
function strided(count: number, stride: number): number[] {
  let step = stride;
  while (count > 1 && gcd(step, count) !== 1) step += 1;
  return Array.from({ length: count }, (_, i) => (i * step) % count);
}
