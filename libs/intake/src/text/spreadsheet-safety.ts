/**
 * Cells starting with = + - @ (or a tab/carriage return before them) are run as formulas by Excel and WPS: a
 * citizen's text such as `=HYPERLINK(...)` must stay text in every file the desk writes (OWASP "CSV injection").
 * The leading apostrophe is the convention spreadsheet programs themselves use to mark text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
