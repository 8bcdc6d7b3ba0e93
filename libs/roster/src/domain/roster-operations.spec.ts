import { describe, expect, it } from '@jest/globals';
import { demoRosterContext } from '../testing/demo-roster-context.js';
import { coverageDemandFromBands, withOverride } from './coverage-demand.js';
import { rankReplacements } from './replacement-ranking.js';
import { checkRoster } from './roster-checker.js';
import { validateRosterChange, validateSwap } from './swap-validation.js';
import type { Assignment, RosterContext } from './roster.types.js';

/** Demand only on 12-09 (a 中班 with a dispatcher), so that small hand-made rosters can be valid. */
const context: RosterContext = {
  ...demoRosterContext('2026-12'),
  demand: withOverride(coverageDemandFromBands({}, 0), { date: '2026-12-09', fromHour: 16, toHour: 24, seats: 1, dispatch: 1 }),
};
const a = (staffId: string, date: string, shiftCode: string): Assignment => ({ staffId, date, shiftCode });

describe('validateSwap', () => {
  const quiet: RosterContext = { ...context, demand: coverageDemandFromBands({}, 0) };
  const roster = [a('S01', '2026-12-05', 'A'), a('S01', '2026-12-07', 'M'), a('S02', '2026-12-06', 'M'), a('S02', '2026-12-08', 'A')];

  it('when a swap would leave less than 11 hours of rest, then it is refused with the rule and the person named', () => {
    expect(checkRoster(quiet, roster)).toEqual([]);
    // S01 would take S02's 早班 of 12-06 right after their own 中班 of 12-05.
    const verdict = validateSwap(quiet, roster, { first: roster[1], second: roster[2] });

    expect(verdict.accepted).toBe(false);
    expect(verdict.introduced).toEqual([
      expect.objectContaining({ rule: 'min_rest', staffId: 'S01', date: '2026-12-06', message: expect.stringContaining('王晓燕（S01）') }),
    ]);
  });

  it('when a swap keeps every rule, then it is accepted', () => {
    const verdict = validateSwap(quiet, roster, { first: roster[1], second: roster[3] });
    expect(verdict).toMatchObject({ accepted: true, introduced: [] });
    expect(verdict.roster).toContainEqual(a('S01', '2026-12-08', 'A'));
    expect(verdict.roster).toContainEqual(a('S02', '2026-12-07', 'M'));
  });

  it('when the assignment to swap is not in the roster, then it is refused', () => {
    const verdict = validateSwap(quiet, roster, { first: a('S01', '2026-12-20', 'M'), second: roster[2] });
    expect(verdict.accepted).toBe(false);
    expect(verdict.introduced[0].rule).toBe('invalid_assignment');
  });

  it('when a change only has problems the roster already had, then it is not blamed for them', () => {
    const alreadyBroken = [...roster, a('S03', '2026-12-01', 'A'), a('S03', '2026-12-02', 'M')];
    const verdict = validateRosterChange(quiet, alreadyBroken, { remove: [], add: [a('S04', '2026-12-20', 'M')] });
    expect(verdict).toMatchObject({ accepted: true, introduced: [] });
  });
});

describe('rankReplacements', () => {
  const roster = [
    a('S01', '2026-12-09', 'A'),
    a('S02', '2026-12-08', 'N'), // free again from 12-09 08:00 (24 h after the night): a 中班 that day is fine
    a('S03', '2026-12-09', 'M'), // already works that day
    a('S05', '2026-12-01', 'M'),
    a('S05', '2026-12-02', 'M'),
    a('S06', '2026-12-10', 'M'), // 中班 of 12-09 ends at 24:00: only 8 h before this
  ]; // S04's leave starts 12-10 00:00, after the 中班 of 12-09 has ended

  it('when the 中班 dispatcher calls in sick, then only people who keep every rule are proposed, fewest hours first', () => {
    expect(checkRoster(context, roster)).toEqual([]);
    const candidates = rankReplacements(context, roster, roster[0]);
    const ids = candidates.map((candidate) => candidate.staffId);

    // Intake-only staff would fill the seat but leave the dispatch seat empty: not proposed.
    expect(ids).toEqual(['S04', 'S02', 'S05']);
    expect(candidates.map((candidate) => candidate.monthHours)).toEqual([0, 8, 16]);
    expect(candidates[0]).toMatchObject({ label: '刘洋（S04）', preferenceConflict: false });
    for (const id of ids) {
      const covered = [...roster.slice(1), a(id, '2026-12-09', 'A')];
      expect(checkRoster(context, covered)).toEqual([]);
    }
  });

  it('when the night has no demand, then any seat operator may take it and a preference conflict comes last', () => {
    const night = a('S11', '2026-12-20', 'N');
    const candidates = rankReplacements(context, [night], night);
    expect(candidates.at(-1)).toMatchObject({ staffId: 'S10', preferenceConflict: true, notes: expect.arrayContaining(['希望避免夜班']) });
    expect(candidates).toHaveLength(13); // the other seat staff; office staff may not work 夜班
  });
});
