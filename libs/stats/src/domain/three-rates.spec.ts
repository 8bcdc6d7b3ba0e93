import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RATE_CONFIG } from './rate-config.js';
import { addRateCounts, NO_RATE_COUNTS, rateCountsOf, roundTo, threeRates, type Assessment, type CallbackFacts } from './three-rates.js';

const cb = (contacted: boolean, solved?: boolean, satisfaction?: 'satisfied' | 'basically' | 'dissatisfied'): CallbackFacts => ({ valid: true, contacted, solved, satisfaction });

/** Eight orders, worked by hand below. */
const ORDERS: Record<string, [Assessment, CallbackFacts | null]> = {
  A: ['full', cb(true, true, 'satisfied')],
  B: ['full', cb(true, true, 'basically')],
  C: ['full', cb(true, false, 'dissatisfied')],
  D: ['full', cb(false)],
  E: ['response_only', cb(true, false, 'dissatisfied')],
  F: ['excluded', cb(true, false, 'dissatisfied')],
  G: ['full', { valid: false, contacted: true, solved: true, satisfaction: 'satisfied' }],
  H: ['full', null],
};

const rates = (orders: Record<string, [Assessment, CallbackFacts | null]>, config = DEFAULT_RATE_CONFIG) =>
  threeRates(Object.values(orders).map(([a, c]) => rateCountsOf(a, c)).reduce(addRateCounts, NO_RATE_COUNTS), config);

describe('three rates and the composite score (DESIGN §8)', () => {
  it('when C is assessed in full, then the rates are as computed by hand', () => {
    // response base A B C D E = 5, contacted A B C E = 4 → 0.8; full base A B C D = 4, solved A B → 0.5;
    // satisfied (1 + 0.9 × 1) / 4 = 0.475; composite (0.08 + 0.25 + 0.19) × 100 = 52.0
    const r = rates(ORDERS);
    expect(r).toMatchObject({ responseBase: 5, fullBase: 4, contacted: 4, solved: 2, satisfied: 1, basicallySatisfied: 1, composite: 52 });
    expect(r.satisfactionRate).toBeCloseTo(0.475, 10);
  });

  it.each([
    // C excluded: response A B D E = 4 (3 contacted) → 0.75; full A B D = 3: 2/3 and 1.9/3 → 66.1667 → 66.2
    ['excluded', { responseBase: 4, fullBase: 3, contacted: 3, solved: 2 }, 66.2],
    // C response-only: response 5 (4) → 0.8; full 3 → 0.08 + 0.3333 + 0.2533 → 66.7
    ['response_only', { responseBase: 5, fullBase: 3, contacted: 4, solved: 2 }, 66.7],
  ] as const)('when C is %s, then the bases are %j and the composite %s', (scope, counts, composite) => {
    const r = rates({ ...ORDERS, C: [scope, ORDERS.C[1]] });
    expect(r).toMatchObject({ ...counts, composite });
  });

  it('when the weights change, then the composite follows them', () => {
    // (0.2 × 0.8 + 0.4 × 0.5 + 0.4 × (1 + 0.8) / 4) × 100 = 16 + 20 + 18 = 54.0
    const r = rates(ORDERS, { ...DEFAULT_RATE_CONFIG, weights: { response: 0.2, resolution: 0.4, satisfaction: 0.4 }, basicallySatisfiedWeight: 0.8 });
    expect(r.composite).toBe(54);
  });

  it('when nobody was called back, then there are no rates rather than zeros', () => {
    expect(rates({ H: ORDERS.H, F: ORDERS.F })).toMatchObject({ responseRate: null, resolutionRate: null, satisfactionRate: null, composite: null });
  });

  it.each([[66.16666, 66.2], [52.05, 52.1], [0.04999, 0], [99.95, 100]])('when %s is rounded to one decimal, then it is %s', (x, y) => {
    expect(roundTo(x, 1)).toBe(y);
  });
});
