/**
 * Full-width digits, letters and punctuation (１３８, ＡＢＣ, ／) as Chinese input methods type them, folded to
 * their ASCII forms; the ideographic space becomes a plain one. NFKC does exactly this for the full-width block
 * and leaves Chinese characters alone.
 */
export function toHalfWidth(value: string): string {
  return value.normalize('NFKC').replace(/\u3000/g, ' ');
}

/** A cell as text: half-width, trimmed, with internal runs of whitespace (incl. line breaks) kept as typed. */
export function cellText(value: string): string {
  return toHalfWidth(value).trim();
}

/** For matching, not for storing: half-width and without any whitespace. */
export function compactText(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, '');
}
