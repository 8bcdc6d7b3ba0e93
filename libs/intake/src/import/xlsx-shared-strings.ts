import type { XlsxPackage } from './xlsx-package.js';

/** A shared string longer than the cell limit: kept as its length only, reported when a cell refers to it. */
export interface OverlongString {
  overlong: number;
}

/**
 * The workbook's shared string table (`<si>` items, each plain `<t>` text or rich-text runs). Phonetic hints
 * (`<rPh>`, furigana) are not part of the text. An item over the cell limit is never assembled: its pieces stop
 * being kept once the limit is passed.
 */
export async function readSharedStrings(pkg: XlsxPackage, path: string, maxChars: number): Promise<(string | OverlongString)[]> {
  const strings: (string | OverlongString)[] = [];
  let item: string[] | null = null;
  let length = 0;
  let inText = false;
  let phoneticDepth = 0;
  for await (const tokens of pkg.tokens(path)) {
    for (const t of tokens) {
      if (t.kind === 'open') {
        if (t.name === 'si') {
          if (t.selfClosing) strings.push('');
          else [item, length] = [[], 0];
        } else if (t.name === 'rPh') phoneticDepth += t.selfClosing ? 0 : 1;
        else if (t.name === 't' && item && !phoneticDepth) inText = !t.selfClosing;
      } else if (t.kind === 'close') {
        if (t.name === 't') inText = false;
        else if (t.name === 'rPh') phoneticDepth = Math.max(0, phoneticDepth - 1);
        else if (t.name === 'si' && item) {
          strings.push(length > maxChars ? { overlong: length } : item.join(''));
          item = null;
        }
      } else if (inText && item) {
        length += t.text.length;
        if (length <= maxChars) item.push(t.text);
      }
    }
  }
  return strings;
}
