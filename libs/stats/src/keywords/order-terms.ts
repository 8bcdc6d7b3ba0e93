import { isKeyword, STOP_WORDS } from '../domain/keywords.js';

/** An order's keyword counts: its words (already segmented), minus stop words, numbers and single characters. */
export function termCounts(words: readonly string[], stopWords: ReadonlySet<string> = STOP_WORDS): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    if (!isKeyword(word, stopWords)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
