import type { XlsxPackage } from './xlsx-package.js';

/**
 * Built-in number formats that show dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in the Chinese
 * (and other East Asian) locales, where Excel uses them for 年月日 and 时分秒.
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a custom format code shows a date or time: y m d h s (or b, Buddhist year) outside quotes, [colour] and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymdhsb]/i.test(bare);
}

/**
 * For each cell style (the `s` attribute indexes `<cellXfs>`), whether its number format is a date: an xlsx
 * stores a date as a serial number and only the style tells it from a plain number.
 */
export async function readDateStyles(pkg: XlsxPackage, path: string): Promise<boolean[]> {
  const customDate = new Map<number, boolean>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  for await (const tokens of pkg.tokens(path)) {
    for (const t of tokens) {
      if (t.kind === 'open') {
        if (t.name === 'numFmt') customDate.set(Number(t.attrs.numFmtId), isDateFormatCode(t.attrs.formatCode ?? ''));
        else if (t.name === 'cellXfs') inCellXfs = !t.selfClosing;
        // <cellStyleXfs> holds xf elements too, but cells index <cellXfs> only
        else if (t.name === 'xf' && inCellXfs) styleFormats.push(Number(t.attrs.numFmtId ?? 0));
      } else if (t.kind === 'close' && t.name === 'cellXfs') inCellXfs = false;
    }
  }
  return styleFormats.map((id) => customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
}
