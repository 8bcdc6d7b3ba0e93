import { z } from 'zod';

export interface WordListLimits {
  /** Longest word, in characters. */
  maxLength: number;
  /** Most words in the list. */
  maxCount: number;
  /** Whether an empty list is acceptable. */
  allowEmpty: boolean;
}

export interface NormalisedWordList {
  words: string[];
  /** Chinese reasons the list is refused; empty when it is fine. */
  problems: string[];
}

/**
 * An admin's word list as the desk stores it: each word NFKC-normalised (full-width letters and digits as the
 * segmenter sees them) and trimmed, blanks dropped, duplicates kept once in their first position. A word with
 * a space inside can never equal one segmented token, so it is refused rather than stored to match nothing.
 */
export function normaliseWordList(raw: readonly string[], limits: WordListLimits): NormalisedWordList {
  const words = [...new Set(raw.map((w) => w.normalize('NFKC').trim()).filter((w) => w.length > 0))];
  const problems: string[] = [];
  const long = words.filter((w) => [...w].length > limits.maxLength);
  if (long.length) problems.push(`每个词最多 ${limits.maxLength} 个字：${long.slice(0, 5).join('、')}${long.length > 5 ? ' 等' : ''}`);
  const spaced = words.filter((w) => /\s/.test(w));
  if (spaced.length) problems.push(`词中不能有空格：${spaced.slice(0, 5).join('、')}`);
  if (words.length > limits.maxCount) problems.push(`最多 ${limits.maxCount} 个词（现有 ${words.length} 个）`);
  if (!limits.allowEmpty && words.length === 0) problems.push('至少填写一个词');
  return { words, problems };
}

/** A zod field for a word list: normalised as above, each problem reported on the field. */
export function wordListField(limits: WordListLimits) {
  return z.array(z.string().max(200, '每个词最多 200 个字符'), '请填写词表').max(limits.maxCount * 2 + 100, `最多 ${limits.maxCount} 个词`)
    .transform((raw, ctx) => {
      const { words, problems } = normaliseWordList(raw, limits);
      for (const message of problems) ctx.addIssue({ code: 'custom', message });
      return words;
    });
}

/** What an edit of a word list did: words it added and words it took out, each in list order. */
export function wordListDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const old = new Set(before);
  const next = new Set(after);
  return { added: after.filter((w) => !old.has(w)), removed: before.filter((w) => !next.has(w)) };
}
