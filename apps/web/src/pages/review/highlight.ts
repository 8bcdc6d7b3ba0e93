/** A piece of text, and whether it is one of the phrases screening flagged. */
export interface Segment {
  text: string;
  flagged: boolean;
}

/**
 * Splits `text` around every occurrence of the `phrases` (longest first where two overlap, so "不归我们管理" is not
 * cut into "不归我们管" + "理"). Matching is plain substring search, as the server's screening does.
 */
export function splitByPhrases(text: string, phrases: readonly string[]): Segment[] {
  const wanted = [...new Set(phrases.filter((p) => p.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || !text) return text ? [{ text, flagged: false }] : [];
  const segments: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const hit = wanted.find((phrase) => text.startsWith(phrase, i));
    if (hit) {
      if (plain) segments.push({ text: plain, flagged: false });
      plain = '';
      segments.push({ text: hit, flagged: true });
      i += hit.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) segments.push({ text: plain, flagged: false });
  return segments;
}
