import { beforeAll, describe, expect, it } from '@jest/globals';
import { demoRosterContext } from '../testing/demo-roster-context.js';
import { rankReplacements } from './replacement-ranking.js';
import { buildGreedyRoster } from './greedy-roster.js';
import { checkRoster } from './roster-checker.js';
import { generateRoster, type RosterGenerationResult } from './roster-generator.js';
import { scoreRoster } from './soft-score.js';
import { applyRosterChange, validateSwap } from './swap-validation.js';
import type { Assignment } from './roster.types.js';

// One solve for the whole file: 2 shared cores, so the solver gets a modest limit and the tests judge its output.
const TIME_LIMIT_SECONDS = 40;
const context = demoRosterContext('2026-12');

describe('generateRoster — December 2026, demo team of 陶然亭街道', () => {
  let result: RosterGenerationResult;
  const incumbents: { roster: Assignment[]; objective: number }[] = [];
  beforeAll(async () => {
    result = await generateRoster(context, { timeLimitSeconds: TIME_LIMIT_SECONDS, onIncumbent: (roster, objective) => incumbents.push({ roster, objective }) });
  }, (TIME_LIMIT_SECONDS + 60) * 1000);

  it('when HiGHS reports incumbents, then each is a roster the checker accepts, scored at the objective HiGHS gave it', () => {
    expect(incumbents.length).toBeGreaterThan(0);
    for (const { roster, objective } of incumbents) {
      expect(checkRoster(context, roster)).toEqual([]);
      expect(scoreRoster(context, roster).total).toBeCloseTo(objective, 4);
    }
    expect(incumbents.at(-1)!.objective).toBeGreaterThanOrEqual(result.objective! - 1e-6);
  });

  it('when solved, then the independent checker finds zero violations', () => {
    expect(['optimal', 'feasible']).toContain(result.status);
    expect(result.roster.length).toBeGreaterThan(200);
    expect(checkRoster(context, result.roster)).toEqual([]);
    expect(result.violations).toEqual([]);
  });

  it('when solved, then S04 works nothing during the annual leave of 12-10..14', () => {
    const duringLeave = result.roster.filter((a) => a.staffId === 'S04' && a.date >= '2026-12-10' && a.date <= '2026-12-14');
    expect(duringLeave).toEqual([]);
  });

  it('when solved, then S10, who avoids 夜班, gets no night', () => {
    expect(result.roster.filter((a) => a.staffId === 'S10' && a.shiftCode === 'N')).toEqual([]);
    expect(result.softScoreByRule.avoided_shift).toBe(0);
  });

  it('when solved, then office staff work only 行政班 on weekdays and seat staff never do', () => {
    const office = result.roster.filter((a) => a.staffId === 'S15' || a.staffId === 'S16');
    expect(office.length).toBeGreaterThan(0);
    expect(office.every((a) => a.shiftCode === 'D')).toBe(true);
    expect(result.roster.filter((a) => a.shiftCode === 'D').every((a) => a.staffId === 'S15' || a.staffId === 'S16')).toBe(true);
  });

  it('when solved, then the objective is the independently scored soft penalty and the bound is below it', () => {
    const score = scoreRoster(context, result.roster);
    expect(result.objective).not.toBeNull();
    expect(result.objective!).toBeCloseTo(score.total, 4);
    expect(result.softScoreTotal).toBeCloseTo(score.total, 6);
    expect(result.bestBound).not.toBeNull();
    expect(result.bestBound!).toBeLessThanOrEqual(result.objective! + 1e-6);
    expect(result.gap).toBeGreaterThanOrEqual(0);
    if (result.status === 'optimal') expect(result.gap!).toBeLessThanOrEqual(0.01);
  });

  it('when solved, then the roster is never worse than the quick rota HiGHS started from', () => {
    const rota = buildGreedyRoster(context, { spareDispatchers: true, blocks: true });
    expect(result.greedySoftScoreTotal).toBeCloseTo(scoreRoster(context, rota).total, 6);
    expect(result.softScoreTotal).toBeLessThanOrEqual(result.greedySoftScoreTotal! + 1e-6);
    expect(result.firstIncumbentMs).not.toBeNull();
  });

  it('when solved, then work and rest come in blocks: no more lone days than the quick rota in blocks', () => {
    const rota = scoreRoster(context, buildGreedyRoster(context, { spareDispatchers: true, blocks: true })).units;
    const units = scoreRoster(context, result.roster).units;
    expect(units.isolated_day_off + units.isolated_work_day).toBeLessThanOrEqual(rota.isolated_day_off + rota.isolated_work_day);
  });

  it('when two operators swap so that one would work 早班 right after 中班, then the swap is refused naming the rule and the person', () => {
    const swap = findRestBreakingSwap(result.roster);
    const verdict = validateSwap(context, result.roster, swap);

    expect(verdict.accepted).toBe(false);
    expect(verdict.introduced).toContainEqual(
      expect.objectContaining({ rule: 'min_rest', staffId: swap.first.staffId, date: swap.second.date, message: expect.stringContaining(swap.first.staffId) }),
    );
  });

  it('when someone calls in sick for a night, then every ranked replacement keeps every hard rule', () => {
    // Whether a given night has anyone free depends on the incumbent the solver found in its time limit (six
    // dispatchers, rest rules): judge the first night that has candidates, and require that one exists.
    const nights = result.roster.filter((a) => a.shiftCode === 'N' && a.date >= '2026-12-15');
    const absent = nights.find((night) => rankReplacements(context, result.roster, night).length > 0)!;
    expect(absent).toMatchObject({ shiftCode: 'N', date: expect.stringMatching(/^2026-12-(1[5-9]|2\d|3[01])$/) });
    const candidates = rankReplacements(context, result.roster, absent);
    const withoutAbsent = result.roster.filter((a) => a !== absent);

    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.map((c) => c.staffId)).not.toContain(absent.staffId);
    for (const candidate of candidates) {
      const covered = applyRosterChange(withoutAbsent, { remove: [], add: [{ ...absent, staffId: candidate.staffId }] });
      expect(checkRoster(context, covered)).toEqual([]);
      // The only night seat must be dispatch-qualified, so only dispatch-qualified people can be proposed.
      expect(context.staff.find((p) => p.id === candidate.staffId)!.skills).toContain('dispatch');
    }
    const hours = candidates.filter((c) => !c.preferenceConflict).map((c) => c.monthHours);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
  });
});

/** Someone with 中班 on two days running swaps the second for a colleague's 早班 that day: 8 h of rest. */
function findRestBreakingSwap(roster: readonly Assignment[]): { first: Assignment; second: Assignment } {
  for (const evening of roster.filter((a) => a.shiftCode === 'A')) {
    const nextDay = new Date(Date.parse(`${evening.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const ownNext = roster.find((a) => a.staffId === evening.staffId && a.date === nextDay && a.shiftCode === 'A');
    const colleagueMorning = roster.find((a) => a.date === nextDay && a.shiftCode === 'M' && a.staffId !== evening.staffId);
    if (ownNext && colleagueMorning) return { first: ownNext, second: colleagueMorning };
  }
  throw new Error('No 中班 followed by 中班 in the generated roster');
}
