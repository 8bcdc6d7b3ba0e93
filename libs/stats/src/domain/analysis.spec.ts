import { describe, expect, it } from '@jest/globals';
import { changeOf } from './change.js';
import { bucketOf, bucketUpperBound, quantileOf } from './duration-histogram.js';
import { isKeyword, isTerm, rankKeywords } from './keywords.js';
import { rankEntries } from './ranking.js';
import { suddenRises } from './sudden-rises.js';

describe('change', () => {
  it.each([
    [120, 100, 20, 0.2],
    [80, 100, -20, -0.2],
    [5, 0, 5, null],
    [null, 3, null, null],
  ])('when %s follows %s, then delta %s and ratio %s', (cur, prev, delta, ratio) => {
    expect(changeOf(cur, prev)).toEqual({ previous: prev, delta, ratio });
  });
});

describe('ranking by score, then volume', () => {
  it('when scores tie, then volume decides; equal score and volume share a rank; no score ranks last', () => {
    const ranked = rankEntries(
      [
        { key: 'a', name: '甲', score: 90, volume: 10 },
        { key: 'b', name: '乙', score: 95, volume: 3 },
        { key: 'c', name: '丙', score: 90, volume: 20 },
        { key: 'd', name: '丁', score: 90, volume: 10 },
        { key: 'e', name: '戊', score: null, volume: 50 },
      ],
      [
        { key: 'a', name: '甲', score: 99, volume: 1 },
        { key: 'b', name: '乙', score: 50, volume: 1 },
        { key: 'c', name: '丙', score: 60, volume: 1 },
      ],
    );
    expect(ranked.map((r) => [r.key, r.rank, r.rankChange])).toEqual([
      ['b', 1, 2],
      ['c', 2, 0],
      ['d', 3, null],
      ['a', 3, -2],
      ['e', null, null],
    ]);
  });
});

describe('sudden rises', () => {
  it.each([
    // baseline mean 2, sd 0 → floored to 1: 9 → z 7 (flagged); 3 → z 1 (not)
    [[2, 2, 2, 2, 2, 2, 2, 2, 9], 7],
    [[2, 2, 2, 2, 2, 2, 2, 2, 3], null],
    // mean 10, sd 2 (alternating 8/12): 16 → z 3
    [[8, 12, 8, 12, 8, 12, 8, 12, 16], 3],
    // below the minimum count of 5 nothing is a rise, whatever z says
    [[0, 0, 0, 0, 0, 0, 0, 0, 4], null],
  ])('when the weeks are %j, then z is %s', (weeks, z) => {
    const [rise] = suddenRises([{ key: 'k', label: '噪音扰民', weeks }]);
    expect(rise?.z ?? null).toBe(z);
  });
});

describe('durations in buckets', () => {
  it('when durations are bucketed, then P90 reads within one bucket of the exact value', () => {
    const minutes = Array.from({ length: 100 }, (_, i) => (i + 1) * 30); // 30 … 3000; exact P90 = 2700
    const histogram: Record<number, number> = {};
    for (const m of minutes) histogram[bucketOf(m)] = (histogram[bucketOf(m)] ?? 0) + 1;
    const p90 = quantileOf(histogram, 0.9)!;
    expect(p90).toBeGreaterThanOrEqual(2700);
    expect(p90).toBeLessThanOrEqual(2700 * 1.13);
    expect(quantileOf({}, 0.9)).toBeNull();
    expect(bucketOf(1)).toBe(0);
    for (const m of [2, 59, 60, 61, 1440, 4320]) {
      expect(bucketUpperBound(bucketOf(m))).toBeGreaterThanOrEqual(m);
      expect(bucketUpperBound(bucketOf(m) - 1)).toBeLessThan(m);
    }
  });
});

describe('keywords by TF-IDF', () => {
  it('when a word is in every order, then a rarer frequent word outranks it', () => {
    const ranked = rankKeywords(
      [
        { term: '小区', tf: 30, docs: 30, backgroundDocs: 1000 },
        { term: '噪音', tf: 20, docs: 15, backgroundDocs: 40 },
        { term: '孤词', tf: 1, docs: 1, backgroundDocs: 1 },
      ],
      1000,
    );
    expect(ranked.map((k) => k.term)).toEqual(['噪音', '小区']);
  });

  const stopWords = new Set(['的', '市民']);
  it.each([['噪音', true, true], ['的', false, false], ['市民', true, false], ['12号', true, true], ['2026', false, false], ['A3', false, false], ['楼', false, false]])(
    'when the token is %s, then it is stored %s and a keyword %s',
    (t, stored, keyword) => {
      expect(isTerm(t)).toBe(stored);
      expect(isKeyword(t, stopWords)).toBe(keyword);
    },
  );
});
