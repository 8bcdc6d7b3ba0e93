import { describe, expect, it } from '@jest/globals';
import { solveMip } from './highs-runner.js';
import { LpModel } from './lp-model.js';

/** Choose 3 of 8 items at least cost: the start takes the three dearest (8 + 7 + 6), the optimum the cheapest (6). */
const COSTS = [8, 7, 6, 5, 4, 3, 2, 1];
const names = COSTS.map((_, i) => `x${i}`);
function chooseThree(): string {
  const lp = new LpModel();
  names.forEach((name, i) => {
    lp.addBinary(name);
    lp.addObjective(name, COSTS[i]);
  });
  lp.addRow('pick', names.map((name) => [1, name] as const), '=', 3);
  return lp.toLpText();
}
const costOf = (values: ReadonlyMap<string, number>) => names.reduce((sum, name, i) => sum + COSTS[i] * Math.round(values.get(name) ?? 0), 0);
const start = new Map(names.map((name, i) => [name, i < 3 ? 1 : 0]));

describe('the search around a start', () => {
  it('improves the start step by step, each step from the best so far, and stops once steps find nothing better', async () => {
    const seen: number[] = [];
    const reported: number[] = [];
    // Each step frees one dear and one cheap item: a swap at most.
    const pairs = [[0, 7], [1, 6], [2, 5], [3, 4]].map((pair) => pair.map((i) => names[i]));
    const outcome = await solveMip(chooseThree(), {
      timeLimitSeconds: 60,
      start,
      onIncumbent: (_, objective) => reported.push(objective),
      search: {
        seconds: 60,
        stepSeconds: 5,
        staleSteps: 4,
        fixable: names,
        neighbourhood: (step, incumbent) => {
          seen.push(costOf(incumbent));
          return pairs[step % pairs.length];
        },
      },
    });
    // 21 → 14 (8 ↔ 1) → 9 (7 ↔ 2) → 6 (6 ↔ 3), then four steps without a better choice.
    expect(seen).toEqual([21, 14, 9, 6, 6, 6, 6]);
    expect(reported).toEqual([...reported].sort((a, b) => b - a));
    expect(reported.at(-1)).toBe(6);
    expect(outcome.status).toBe('optimal');
    expect(outcome.objective).toBe(6);
  });

  it('leaves the model whole: the full solve after a search that freed nothing still finds the optimum', async () => {
    const outcome = await solveMip(chooseThree(), {
      timeLimitSeconds: 60,
      start,
      search: { seconds: 60, stepSeconds: 5, staleSteps: 2, fixable: names, neighbourhood: () => [] },
    });
    expect(outcome.objective).toBe(6);
    expect(outcome.bestBound).toBeCloseTo(6, 6);
  });
});
