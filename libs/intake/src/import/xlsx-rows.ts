import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type SheetCell = string | number | Date | null;

/**
 * Rows of the first worksheet, streamed (the whole workbook is never built in memory). Cell values come back as
 * what they are: text, number, or date cell. Formulas are never evaluated: a formula cell becomes its formula
 * text (`=…`), which the desk stores as data like any other text.
 */
export async function* xlsxRows(bytes: Buffer): AsyncGenerator<{ rowNo: number; cells: SheetCell[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // needed to tell date cells from plain numbers
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      // row.values is 1-based and sparse (empty cells are holes): Array.from turns holes into nulls.
      yield { rowNo: row.number, cells: Array.from((row.values as unknown[]).slice(1), (v) => cellValue(v)) };
    }
    return; // the platform's export has one sheet; further sheets (notes, pivots) are not orders
  }
}

function cellValue(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: string; error?: string };
    if (v.formula !== undefined || v.sharedFormula !== undefined) return `=${v.formula ?? v.sharedFormula}`;
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
  }
  return String(value);
}
