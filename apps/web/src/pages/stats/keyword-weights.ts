import type { StatsKeyword } from '../../api/stats-types';

/** The smallest and largest type of the cloud, in pixels. */
export const KEYWORD_FONT = { min: 13, max: 30 } as const;

export interface WeightedKeyword extends StatsKeyword {
  /** Font size in pixels: by the square root of the TF-IDF score, so one dominant word does not shrink the rest to dots. */
  fontSize: number;
  /** 1 (faint) … 3 (strong), for the word's colour. */
  tier: 1 | 2 | 3;
}

/**
 * Sizes the words of a keyword cloud by their TF-IDF score relative to the period's strongest word. Keeps the
 * server's order (score first); equal scores get equal sizes.
 */
export function weighKeywords(keywords: readonly StatsKeyword[]): WeightedKeyword[] {
  const scores = keywords.map((k) => Math.sqrt(Math.max(0, k.score)));
  const top = Math.max(...scores, 0);
  const bottom = Math.min(...scores, top);
  const span = top - bottom;
  return keywords.map((k, i) => {
    // One word, or all words equal: all at the middle size.
    const share = span > 0 ? (scores[i] - bottom) / span : 0.5;
    return {
      ...k,
      fontSize: Math.round(KEYWORD_FONT.min + share * (KEYWORD_FONT.max - KEYWORD_FONT.min)),
      tier: share >= 2 / 3 ? 3 : share >= 1 / 3 ? 2 : 1,
    };
  });
}
