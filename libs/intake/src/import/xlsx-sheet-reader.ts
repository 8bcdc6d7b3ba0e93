import { ImportFileError } from './import-file-error.js';
import type { XmlToken } from './xml-tokens.js';
import type { SheetCell } from './xlsx-rows.js';
import type { OverlongString } from './xlsx-shared-strings.js';

export interface SheetContext {
  sharedStrings: readonly (string | OverlongString)[];
  /** Per cell style index: whether it formats a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
  maxCellChars: number;
}

export class SheetFormatError extends Error {
  override name = 'SheetFormatError';
}

interface CellDraft {
  col: number;
  type: string;
  style: number;
  v: string | null;
  f: string | null;
  inline: string | null;
}

type TextTarget = 'v' | 'f' | 'inline';

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/**
 * Turns a worksheet's XML tokens into rows. `r` attributes are optional on rows and cells (ECMA-376 §18.3.1.73,
 * §18.3.1.4): without one, a row is the one after the previous row and a cell the one right of the previous
 * cell — some generators write no `r` at all. A cell's text is collected only up to the cell limit.
 */
export class SheetReader {
  private rowNo = 0;
  private inRow = false;
  private cells: SheetCell[] = [];
  private col = 0;
  private cell: CellDraft | null = null;
  private target: TextTarget | null = null;
  private pieces: string[] = [];
  private length = 0;
  private phonetic = 0;

  constructor(private readonly ctx: SheetContext) {}

  /** Feeds one token; returns the row it completes, if any. */
  next(t: XmlToken): { rowNo: number; cells: SheetCell[] } | null {
    if (t.kind === 'text') {
      if (this.target) this.append(t.text);
      return null;
    }
    if (t.kind === 'close') return this.close(t.name);
    switch (t.name) {
      case 'row':
        this.rowNo = t.attrs.r === undefined ? this.rowNo + 1 : rowNumber(t.attrs.r);
        if (this.rowNo > MAX_ROW) throw new SheetFormatError(`row ${this.rowNo} beyond ${MAX_ROW}`);
        this.cells = [];
        this.col = 0;
        this.inRow = !t.selfClosing;
        return t.selfClosing ? this.row() : null;
      case 'c':
        if (!this.inRow) return null;
        this.col = t.attrs.r === undefined ? this.col + 1 : columnNumber(t.attrs.r);
        if (this.col > MAX_COLUMN) throw new SheetFormatError(`column ${this.col} beyond XFD`);
        if (this.target) throw new SheetFormatError(`cell ${columnLetters(this.col)}${this.rowNo} opens inside another cell's value`);
        this.cell = t.selfClosing ? null : { col: this.col, type: t.attrs.t ?? 'n', style: Number(t.attrs.s ?? 0), v: null, f: null, inline: null };
        return null;
      case 'v':
      case 'f':
        if (this.cell && !t.selfClosing) this.start(t.name);
        return null;
      case 't': // inside <is>, directly or in a rich-text run <r>
        if (this.cell && !this.phonetic && !t.selfClosing) this.start('inline');
        return null;
      case 'rPh':
        if (!t.selfClosing) this.phonetic++;
        return null;
      default:
        return null;
    }
  }

  private close(name: string): { rowNo: number; cells: SheetCell[] } | null {
    if (name === 'c' && this.target) throw new SheetFormatError(`cell ${columnLetters(this.cell?.col ?? this.col)}${this.rowNo} ends inside its value`);
    if ((name === 'v' || name === 'f' || name === 't') && this.target) {
      const cell = this.cell!;
      const text = this.pieces.join('');
      if (this.target === 'inline') cell.inline = (cell.inline ?? '') + text;
      else cell[this.target] = text;
      this.target = null;
    } else if (name === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === 'c' && this.cell) {
      const value = this.valueOf(this.cell);
      if (value !== null) this.cells[this.cell.col - 1] = value;
      this.cell = null;
    } else if (name === 'row' && this.inRow) {
      this.inRow = false;
      return this.row();
    }
    return null;
  }

  private row(): { rowNo: number; cells: SheetCell[] } {
    // holes (cells not written) become nulls
    return { rowNo: this.rowNo, cells: Array.from(this.cells, (c) => c ?? null) };
  }

  private start(target: TextTarget): void {
    this.target = target;
    this.pieces = [];
    // an inline string's runs add up to one cell
    this.length = target === 'inline' ? (this.cell!.inline?.length ?? 0) : 0;
  }

  private append(text: string): void {
    this.length += text.length;
    if (this.length > this.ctx.maxCellChars) throw this.tooLong();
    this.pieces.push(text);
  }

  private valueOf(cell: CellDraft): SheetCell {
    if (cell.f) return `=${cell.f}`; // a shared formula's later cells have an empty <f>: their cached value is kept
    if (cell.inline !== null) return cell.inline;
    const v = cell.v;
    if (v === null) return null;
    switch (cell.type) {
      case 's': {
        const s = this.ctx.sharedStrings[Number(v)];
        if (s === undefined) throw new SheetFormatError(`shared string ${v} does not exist`);
        if (typeof s !== 'string') throw this.tooLong();
        return s;
      }
      case 'str':
      case 'e':
        return v;
      case 'b':
        return Number(v) !== 0 ? 'TRUE' : 'FALSE';
      case 'd': {
        // ISO 8601 without a zone is the sheet's wall clock, labelled UTC like serial dates
        const date = new Date(/(?:Z|[+-]\d\d:?\d\d)$/i.test(v) ? v : `${v}Z`);
        return Number.isNaN(date.getTime()) ? v : date;
      }
      default: {
        if (v.trim() === '') return null;
        const n = Number(v);
        if (!Number.isFinite(n)) return v;
        if (!this.ctx.dateStyles[cell.style]) return n;
        // A serial past JavaScript's dates (year 275760) is no date: it stays the number written.
        const date = serialDate(n, this.ctx.date1904);
        return Number.isNaN(date.getTime()) ? n : date;
      }
    }
  }

  private tooLong(): ImportFileError {
    const column = columnLetters(this.cell?.col ?? this.col);
    return new ImportFileError(
      'IMPORT_CELL_TOO_LONG',
      `第 ${this.rowNo} 行 ${column} 列的单元格超过 ${this.ctx.maxCellChars} 个字符的上限，文件可能已损坏或被篡改，请从 12345 平台重新导出后再导入`,
      { row: this.rowNo, column, maxChars: this.ctx.maxCellChars },
    );
  }
}

/** Excel serial (days since 1899-12-30, or 1904-01-01) → the wall-clock time labelled UTC, as exceljs reads it. */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function rowNumber(r: string): number {
  const n = /^\d{1,7}$/.test(r) ? Number(r) : 0;
  if (n < 1 || n > MAX_ROW) throw new SheetFormatError(`bad row number ${r.slice(0, 20)}`);
  return n;
}

/** `AB12` → 28. */
export function columnNumber(ref: string): number {
  const letters = /^([A-Za-z]{1,3})\d*$/.exec(ref)?.[1];
  if (!letters) throw new SheetFormatError(`bad cell reference ${ref.slice(0, 20)}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
