import { neutraliseFormula } from '../text/spreadsheet-safety.js';

/** One CSV field: formula-looking text neutralised, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  const text = neutraliseFormula(value === null || value === undefined ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as Excel and WPS open it without asking: UTF-8 with a BOM, CRLF line ends. Every cell passes through
 * `neutraliseFormula`, so a citizen's `=HYPERLINK(...)` is shown, never run.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly (string | number | null | undefined)[]>): Buffer {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}
