import { ImportFileError, unreadableXlsx } from './import-file-error.js';
import { readDateStyles } from './xlsx-date-styles.js';
import { XlsxPackage, type XlsxLimits } from './xlsx-package.js';
import { SheetReader } from './xlsx-sheet-reader.js';
import { readSharedStrings } from './xlsx-shared-strings.js';

export type SheetCell = string | number | Date | null;
export type { XlsxLimits };

/**
 * Rows of the first worksheet, streamed: the sheet is inflated and parsed piece by piece, only the shared strings
 * are held (bounded, like everything read, by `maxUncompressedBytes`). Cells come back as what they are: text,
 * number, or date cell. Formulas are never evaluated: a formula cell becomes its formula text (`=…`), which the
 * desk stores as data like any other text.
 *
 * Any file that cannot be read ends as an ImportFileError (IMPORT_UNREADABLE_FILE, or a limit's own code): the
 * same bytes would fail the same way on every retry.
 */
export async function* xlsxRows(bytes: Buffer, limits: XlsxLimits): AsyncGenerator<{ rowNo: number; cells: SheetCell[] }> {
  try {
    const pkg = XlsxPackage.open(bytes, limits);
    const parts = await pkg.workbookParts();
    const reader = new SheetReader({
      sharedStrings: parts.sharedStrings ? await readSharedStrings(pkg, parts.sharedStrings, limits.maxCellChars) : [],
      dateStyles: parts.styles ? await readDateStyles(pkg, parts.styles) : [],
      date1904: parts.date1904,
      maxCellChars: limits.maxCellChars,
    });
    for await (const tokens of pkg.tokens(parts.sheet)) {
      const rows = [];
      for (const token of tokens) {
        const row = reader.next(token);
        if (row) rows.push(row);
      }
      yield* rows;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw unreadableXlsx(error instanceof Error ? error.message : String(error));
  }
}
