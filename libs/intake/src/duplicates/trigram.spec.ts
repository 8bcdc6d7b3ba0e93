import { describe, expect, it } from '@jest/globals';
import { trigramSimilarity } from './trigram.js';

describe('trigramSimilarity (pg_trgm fallback)', () => {
  // Expected values are what PostgreSQL 16's pg_trgm similarity() returns for the same pairs (C.UTF-8).
  it.each<[string, string, string, number]>([
    [
      'the citizen calling again about the same heating problem (sample rows 3 and 40)',
      '米市胡同45号家中暖气不热，室温只有15度，家里有老人，请协调供暖单位。',
      '米市胡同45号暖气还是不热，室温15度左右，家里有老人，前天已反映过，请供暖单位尽快上门。',
      0.32786885,
    ],
    ['identical texts', '门口路灯不亮', '门口路灯不亮', 1],
    ['nothing in common', '门口路灯不亮', '咨询低保办理', 0],
    ['latin words', 'word', 'words', 0.5714286],
  ])('when comparing %s, then the score matches pg_trgm', (_name, a, b, expected) => {
    expect(trigramSimilarity(a, b)).toBeCloseTo(expected, 5);
  });
});
