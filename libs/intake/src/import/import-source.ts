import { csvRows } from './csv-rows.js';
import { decodeCsvBytes, type TextEncoding } from './decode-text.js';
import { xlsxRows, type SheetCell, type XlsxLimits } from './xlsx-rows.js';

export type ImportFormat = 'csv' | 'xlsx';

/** A spreadsheet row as the user sees it: its row number (header = 1) and its cells. */
export interface SourceRow {
  rowNo: number;
  cells: SheetCell[];
}

/** xlsx files are zip archives: they start with "PK\x03\x04" whatever their name says. */
export function detectFormat(fileName: string, bytes: Buffer): ImportFormat | null {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (zip) return ext === 'xlsx' || ext === undefined ? 'xlsx' : null;
  if (ext === 'csv' || ext === 'txt') return 'csv';
  return null;
}

/** The rows of an uploaded file in order (header included), read lazily from its bytes; xlsx within the limits. */
export function sourceRows(format: ImportFormat, bytes: Buffer, limits: XlsxLimits): { rows: AsyncIterable<SourceRow>; encoding: TextEncoding | null } {
  if (format === 'xlsx') return { rows: xlsxRows(bytes, limits), encoding: null };
  const { text, encoding } = decodeCsvBytes(bytes);
  async function* rows(): AsyncGenerator<SourceRow> {
    let rowNo = 0;
    for (const cells of csvRows(text)) yield { rowNo: ++rowNo, cells };
  }
  return { rows: rows(), encoding };
}
