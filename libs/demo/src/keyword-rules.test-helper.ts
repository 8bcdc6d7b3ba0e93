import type { ReferenceKeywordRule } from '@app/reference';

/**
 * A plain reading of the keyword rules, for tests: the rule with the most distinct keywords in the text wins, the
 * earlier rule on a tie. The intake's real suggester may be smarter; demo texts must pass even this simple one.
 */
export function winningKeywordRule(rules: readonly ReferenceKeywordRule[], text: string): string | null {
  let best: { category: string; hits: number } | null = null;
  for (const rule of rules) {
    const hits = rule.keywords.filter((keyword) => text.includes(keyword)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { category: rule.category, hits };
  }
  return best?.category ?? null;
}
