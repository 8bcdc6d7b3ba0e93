export interface KeywordRule {
  category: string;
  keywords: readonly string[];
}

export interface CategorySuggestion {
  category: string;
  /** The rule's keywords found in the content: why this category. */
  keywords: string[];
  /** Position of the rule in the street's list (ties go to the earlier rule). */
  rule: number;
}

/**
 * The category whose keyword rule has the most distinct keywords among the content's words; the earlier rule
 * wins a tie. Matching whole words (from segmentation) rather than substrings keeps 吵 from matching 吵架 and
 * 停水 from matching 停水管.
 */
export function suggestCategory(words: readonly string[], rules: readonly KeywordRule[]): CategorySuggestion | null {
  const present = new Set(words);
  let best: CategorySuggestion | null = null;
  rules.forEach((rule, position) => {
    const hits = [...new Set(rule.keywords)].filter((k) => present.has(k));
    if (hits.length && (!best || hits.length > best.keywords.length)) best = { category: rule.category, keywords: hits, rule: position };
  });
  return best;
}
