import { describe, expect, it } from '@jest/globals';
import { BASES, dailyContributionsSql, MEASURES } from './rollup-sql.js';

describe('rollup SQL', () => {
  it('when bases are named, then each name is used once (a shared name would count a measure on two days)', () => {
    const names = BASES.map((b) => b.basis);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(MEASURES.map((m) => [m]))('when %s is summed, then it counts on exactly one basis', (measure) => {
    const sql = dailyContributionsSql('true', 1);
    const expr = new RegExp(`sum\\(CASE WHEN b\\.basis = '([a-z_]+)' THEN [^)]*\\) AS ${measure}\\b`).exec(sql);
    expect(expr).not.toBeNull();
    expect(BASES.map((b) => b.basis)).toContain(expr![1]);
  });
});
