import { describe, expect, it } from '@jest/globals';
import { bestRoster, figuresAgainstBound, type RosterCandidate } from './best-roster.js';

const c = (source: string, violations: number, softScore: number): RosterCandidate => ({ source, violations, softScore });

describe('bestRoster', () => {
  it.each([
    ['the optimiser scores better', [c('optimiser', 0, 480), c('greedy', 0, 517)], 'optimiser'],
    ['the quick rota scores better within the time limit', [c('optimiser', 0, 650), c('greedy', 0, 517)], 'greedy'],
    ['a tie keeps the preferred (first) one', [c('optimiser', 0, 517), c('greedy', 0, 517)], 'optimiser'],
    ['only the quick rota is valid', [c('optimiser', 3, 100), c('greedy', 0, 900)], 'greedy'],
    ['none is valid', [c('optimiser', 1, 100), c('greedy', 2, 90)], null],
    ['there is nothing to choose from', [], null],
  ])('when %s, then %s is kept', (_when, candidates, kept) => {
    expect(bestRoster(candidates as RosterCandidate[])?.source ?? null).toBe(kept);
  });
});

describe('figuresAgainstBound', () => {
  it.each([
    // The optimiser's roster scored 650 against a proven bound of 480; the quick rota kept instead scores 517.
    ['the quick rota beats the optimiser', 517, 480, { objective: 517, bestBound: 480, gap: 37 / 517 }],
    ['the quick rota is proven optimal', 480, 480, { objective: 480, bestBound: 480, gap: 0 }],
    ['the solver proved no bound (nothing found in time)', 517, null, { objective: 517, bestBound: null, gap: null }],
    ['both are 0', 0, 0, { objective: 0, bestBound: 0, gap: 0 }],
    ['only the objective is 0', 0, 12, { objective: 0, bestBound: 12, gap: null }],
  ])('when %s, then the figures are the kept roster’s', (_when, softScore, bound, figures) => {
    expect(figuresAgainstBound(softScore as number, bound as number | null)).toEqual(figures);
  });
});
