import { describe, expect, it } from '@jest/globals';
import { bestRoster, type RosterCandidate } from './best-roster.js';

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
