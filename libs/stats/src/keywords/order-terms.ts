import { isTerm } from '../domain/keywords.js';

/**
 * An order's term counts: its words (already segmented), minus numbers, codes and single characters. Stop words
 * stay in: they are the street admin's to change, so they are taken out when keywords are read (stop-words.ts).
 */
export function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    if (!isTerm(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
