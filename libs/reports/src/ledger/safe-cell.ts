/**
 * A value as a ledger cell may hold it. Strings that a spreadsheet would run as a formula — starting with = + - @,
 * or with a tab / carriage return / line feed before them — get a leading apostrophe: a citizen's `=HYPERLINK(…)`
 * must stay text when the ledger is opened, re-saved as CSV or pasted elsewhere (OWASP "CSV injection").
 *
 * Why the apostrophe and not a zero-width character: it is the mark Excel and WPS users already read as "this is
 * text", it survives every copy and re-export, and it is visible, so a reviewer sees that the cell was neutralised;
 * an invisible U+200B is dropped by some tools (bringing the formula back) and breaks exact-match search and
 * filtering. It is the convention the desk's other exports use too (intake's `neutraliseFormula`).
 */
export type CellValue = string | number | Date | null;

/** Excel refuses longer cell texts (32,767 characters); summaries are far shorter, this only guards the limit. */
const MAX_CELL_TEXT = 32_000;

const FORMULA_START = /^[=+\-@\t\r\n]/;

export function safeCell(value: CellValue | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const text = value.length > MAX_CELL_TEXT ? `${value.slice(0, MAX_CELL_TEXT - 1)}…` : value;
  return FORMULA_START.test(text) ? `'${text}` : text;
}
