import { describe, expect, it } from '@jest/globals';
import { computeThreeRates, roundTo, type RateInput } from './three-rates.js';

const cb = (contacted: boolean, solved?: boolean, satisfaction?: 'satisfied' | 'basically' | 'dissatisfied') => ({ valid: true, contacted, solved, satisfaction });

/** Eight orders, worked by hand below. */
const ORDERS: Record<string, RateInput> = {
  A: { assessment: 'full', callback: cb(true, true, 'satisfied') },
  B: { assessment: 'full', callback: cb(true, true, 'basically') },
  C: { assessment: 'full', callback: cb(true, false, 'dissatisfied') },
  D: { assessment: 'full', callback: cb(false) },
  E: { assessment: 'response_only', callback: cb(true, false, 'dissatisfied') },
  F: { assessment: 'excluded', callback: cb(true, false, 'dissatisfied') },
  G: { assessment: 'full', callback: { valid: false, contacted: true, solved: true, satisfaction: 'satisfied' } },
  H: { assessment: 'full', callback: null },
};

describe('computeThreeRates (DESIGN §8)', () => {
  it('when C is assessed in full, then the rates are as computed by hand', () => {
    // response base: A B C D E = 5, contacted A B C E = 4 → 0.8
    // full base: A B C D = 4; solved A B = 2 → 0.5; satisfied (1 + 0.9 × 1) / 4 = 0.475
    // composite (0.1 × 0.8 + 0.5 × 0.5 + 0.4 × 0.475) × 100 = 8 + 25 + 19 = 52.0
    const r = computeThreeRates(Object.values(ORDERS));
    expect(r).toMatchObject({ volume: 8, excluded: 1, responseBase: 5, fullBase: 4, contacted: 4, solved: 2, satisfied: 1, basicallySatisfied: 1 });
    expect(r.responseRate).toBeCloseTo(0.8, 10);
    expect(r.solvedRate).toBeCloseTo(0.5, 10);
    expect(r.satisfactionRate).toBeCloseTo(0.475, 10);
    expect(r.composite).toBe(52);
  });

  it('when C is excluded, then it leaves every denominator but stays in the volume', () => {
    // response base: A B D E = 4, contacted A B E = 3 → 0.75
    // full base: A B D = 3; solved 2 → 0.6667; satisfied (1 + 0.9) / 3 = 0.6333
    // composite (0.075 + 0.33333 + 0.25333) × 100 = 66.1667 → 66.2
    const r = computeThreeRates(Object.values({ ...ORDERS, C: { ...ORDERS.C, assessment: 'excluded' } }));
    expect(r).toMatchObject({ volume: 8, excluded: 2, responseBase: 4, fullBase: 3, contacted: 3, solved: 2 });
    expect(r.responseRate).toBeCloseTo(0.75, 10);
    expect(r.solvedRate).toBeCloseTo(2 / 3, 10);
    expect(r.satisfactionRate).toBeCloseTo(1.9 / 3, 10);
    expect(r.composite).toBe(66.2);
  });

  it('when C counts for response only, then it stays in 响应率 and leaves 解决率 and 满意率', () => {
    // response base 5, contacted 4 → 0.8; full base A B D = 3 → solved 2/3, satisfied 1.9/3
    // composite (0.08 + 0.33333 + 0.25333) × 100 = 66.6667 → 66.7
    const r = computeThreeRates(Object.values({ ...ORDERS, C: { ...ORDERS.C, assessment: 'response_only' } }));
    expect(r).toMatchObject({ responseBase: 5, fullBase: 3, contacted: 4 });
    expect(r.composite).toBe(66.7);
  });

  it('when there is no valid callback, then no rate is invented', () => {
    const r = computeThreeRates([ORDERS.G, ORDERS.H, ORDERS.F]);
    expect(r).toMatchObject({ volume: 3, responseRate: null, solvedRate: null, satisfactionRate: null, composite: null });
  });

  it.each([
    [66.16666, 66.2],
    [52.05, 52.1],
    [0.1 + 0.2, 0.3],
  ])('roundTo(%p, 1) = %p', (value, expected) => {
    expect(roundTo(value, 1)).toBe(expected);
  });
});
