/**
 * Keywords of a period by TF-IDF (DESIGN §8 hotspots): a word scores for being frequent in the period's orders and
 * rare across the street's orders of the reference window (the last 12 months), so 噪音 in a month of construction
 * complaints outranks 小区, which every order mentions. Tokens arrive already segmented (jieba with the street's own
 * vocabulary) and filtered of the street's stop words.
 */
export interface TermStats {
  term: string;
  /** Occurrences in the period's orders. */
  tf: number;
  /** Orders of the period that contain it. */
  docs: number;
  /** Orders of the reference window that contain it. */
  backgroundDocs: number;
}

export interface Keyword {
  term: string;
  count: number;
  orders: number;
  score: number;
}

export function rankKeywords(terms: readonly TermStats[], backgroundTotal: number, limit = 30, minOrders = 2): Keyword[] {
  return terms
    .filter((t) => t.docs >= minOrders)
    .map((t) => ({
      term: t.term,
      count: t.tf,
      orders: t.docs,
      // Smoothed IDF: never negative, never infinite; a word in every order still scores a little for its frequency.
      score: Math.round(t.tf * (Math.log((1 + backgroundTotal) / (1 + t.backgroundDocs)) + 1) * 100) / 100,
    }))
    .sort((a, b) => b.score - a.score || b.count - a.count || a.term.localeCompare(b.term, 'zh-CN'))
    .slice(0, limit);
}

/**
 * A token the statistics keep for an order: two or more characters, not a number or a code. Stored whatever the
 * street's stop words are, so a change of the stop words changes the keywords on their next read.
 */
export function isTerm(token: string): boolean {
  return token.length >= 2 && !/^[\d\sA-Za-z.\-_:/#]+$/.test(token);
}

/** A keyword a leader is shown: a stored term that is not one of the street's stop words (系统管理 → 停用词). */
export function isKeyword(token: string, stopWords: ReadonlySet<string>): boolean {
  return isTerm(token) && !stopWords.has(token);
}
