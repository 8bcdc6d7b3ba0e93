import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'gb18030';

/**
 * A CSV's bytes as text. UTF-8 with or without BOM is tried first and must decode without a single invalid byte;
 * otherwise the file is GB18030, the superset of GBK/GB2312 that Chinese office software writes by default.
 */
export function decodeCsvBytes(bytes: Buffer): { text: string; encoding: TextEncoding } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM is already gone; a second U+FEFF is the first cell's own text (issue 13 fuzzing).
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}
