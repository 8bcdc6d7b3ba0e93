import type ExcelJS from 'exceljs';
import { safeCell, type CellValue } from './safe-cell.js';
import { BODY_STYLES, FOOTER, HEADER_STYLE, META_STYLE, printSetup, SECTION_STYLE, TITLE_STYLE, TOTAL_STYLES, type ColumnFormat, type LedgerColumn } from './workbook-style.js';

const BEIJING_OFFSET_MS = 8 * 3_600_000;

export interface SheetOptions {
  name: string;
  title: string;
  /** The line under the title: period, scope, when generated. */
  meta: string;
  /** Widths of the sheet's columns; a single-table sheet also takes its header and formats from here. */
  columns: LedgerColumn[];
  /** A single table: header on row 3, frozen there, repeated on every printed page. */
  table: boolean;
  /** Columns kept in view when scrolling right (序号, 工单编号). */
  frozenColumns?: number;
}

/**
 * One worksheet of the streaming workbook: title row merged across the columns, a meta line, then tables. Every row
 * is committed as soon as it is written (the streaming writer then drops it), every value passes `safeCell`, and
 * instants are written as Beijing wall-clock times (Excel has no time zones; the reader is in Beijing).
 */
export class LedgerSheet {
  private readonly sheet: ExcelJS.Worksheet;
  private readonly width: number;
  private readonly formats: ColumnFormat[];
  private rowNo = 0;
  private firstDataRow = 0;
  private dataRows = 0;

  constructor(workbook: ExcelJS.stream.xlsx.WorkbookWriter, private readonly options: SheetOptions) {
    const headerRows = options.table ? 3 : 2;
    this.sheet = workbook.addWorksheet(options.name, {
      views: [{ state: 'frozen', ySplit: headerRows, xSplit: options.frozenColumns ?? 0, showGridLines: false }],
      pageSetup: printSetup(`1:${headerRows}`),
      headerFooter: FOOTER,
    });
    this.sheet.columns = options.columns.map((c) => ({ width: c.width }));
    this.width = options.columns.length;
    this.formats = options.columns.map((c) => c.format ?? 'text');
    this.banner(options.title, TITLE_STYLE, 30);
    this.banner(options.meta, META_STYLE, 30);
    if (options.table) this.header(options.columns.map((c) => c.header));
  }

  /** Rows written so far (including title and headers). */
  get lastRow(): number {
    return this.rowNo;
  }

  /** Data rows written (`row` calls, not headers or totals). */
  get rowCount(): number {
    return this.dataRows;
  }

  header(labels: readonly string[]): void {
    const row = this.next(labels.map((l) => safeCell(l)));
    row.height = 30;
    for (let i = 1; i <= labels.length; i++) row.getCell(i).style = HEADER_STYLE;
    row.commit();
    if (this.firstDataRow === 0) this.firstDataRow = this.rowNo + 1;
  }

  /** A data row; `formats` default to the sheet's columns (a single table). */
  row(values: readonly CellValue[], formats: readonly ColumnFormat[] = this.formats): void {
    this.write(values, formats, false);
    this.dataRows += 1;
  }

  /** A bold 合计 row. */
  totals(values: readonly CellValue[], formats: readonly ColumnFormat[] = this.formats): void {
    this.write(values, formats, true);
  }

  /** A heading between the tables of a sheet, merged across. */
  section(text: string): void {
    if (this.rowNo > 2) this.blank();
    this.banner(text, SECTION_STYLE, 22);
  }

  /** A line of text merged across (a note under a table). */
  note(text: string): void {
    this.banner(text, META_STYLE, 20);
  }

  blank(): void {
    this.next([]).commit();
  }

  /** Autofilter over the header and the data rows of a single table; then the sheet is finished. */
  commit(): void {
    if (this.options.table) {
      const last = Math.max(this.firstDataRow - 1, this.firstDataRow - 1 + this.dataRows);
      this.sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: last, column: this.width } };
    }
    this.sheet.commit();
  }

  private write(values: readonly CellValue[], formats: readonly ColumnFormat[], bold: boolean): void {
    const styles = bold ? TOTAL_STYLES : BODY_STYLES;
    const cells = values.map((v, i) => (v instanceof Date && (formats[i] === 'datetime' || formats[i] === 'date') ? new Date(v.getTime() + BEIJING_OFFSET_MS) : v));
    const row = this.next(cells.map((v) => safeCell(v)));
    for (let i = 0; i < values.length; i++) row.getCell(i + 1).style = styles[formats[i] ?? 'text'];
    row.commit();
  }

  private banner(text: string, style: Partial<ExcelJS.Style>, height: number): void {
    const row = this.next([safeCell(text)]);
    row.height = height;
    row.getCell(1).style = style;
    if (this.width > 1) this.sheet.mergeCells(this.rowNo, 1, this.rowNo, this.width);
    row.commit();
  }

  private next(values: readonly CellValue[]): ExcelJS.Row {
    this.rowNo += 1;
    const row = this.sheet.getRow(this.rowNo);
    values.forEach((v, i) => {
      if (v !== null) row.getCell(i + 1).value = v;
    });
    return row;
  }
}
