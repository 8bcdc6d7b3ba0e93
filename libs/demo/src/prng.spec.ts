import { describe, expect, it } from '@jest/globals';
import { Rng, deriveSeed, mulberry32 } from './prng.js';

describe('prng', () => {
  it('when seeded alike, then the streams are equal; seeded differently, they differ', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const take = (next: () => number) => Array.from({ length: 5 }, next);
    const first = take(a);
    expect(take(b)).toEqual(first);
    expect(take(c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('when labels differ, then derived seeds differ', () => {
    expect(deriveSeed(1, 'day', '20260501')).toBe(deriveSeed(1, 'day', '20260501'));
    expect(deriveSeed(1, 'day', '20260501')).not.toBe(deriveSeed(1, 'day', '20260502'));
    expect(deriveSeed(1, 'x')).not.toBe(deriveSeed(2, 'x'));
  });

  it('when drawing many values, then the helpers keep to their ranges and means', () => {
    const rng = new Rng(123);
    const ints = Array.from({ length: 2000 }, () => rng.int(1, 6));
    expect(Math.min(...ints)).toBe(1);
    expect(Math.max(...ints)).toBe(6);
    const mean = Array.from({ length: 4000 }, () => rng.poisson(10)).reduce((s, x) => s + x, 0) / 4000;
    expect(mean).toBeGreaterThan(9.7);
    expect(mean).toBeLessThan(10.3);
    const picks = Array.from({ length: 4000 }, () => rng.weighted([['a', 3], ['b', 1]] as const));
    expect(picks.filter((p) => p === 'a').length / 4000).toBeCloseTo(0.75, 1);
  });
});
