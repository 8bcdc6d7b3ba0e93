import type ExcelJS from 'exceljs';

/**
 * How the ledger looks (an office's expectations of a printed 台账): 宋体 body, 黑体 title, thin borders, dates as
 * Beijing wall-clock times, rates as percentages. Each style is one shared object: the streaming writer caches a
 * style's id by object identity, so 100,000 rows cost no more style work than one.
 */
export type ColumnFormat = 'text' | 'wrap' | 'number' | 'integer' | 'decimal1' | 'percent' | 'datetime' | 'date';

export interface LedgerColumn {
  header: string;
  /** In characters (a CJK character counts about 2). */
  width: number;
  format?: ColumnFormat;
}

const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 10 };
const BOLD_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 10, bold: true };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
const NUM_FMT: Record<ColumnFormat, string | undefined> = {
  text: '@',
  wrap: '@',
  number: 'General',
  integer: '#,##0',
  decimal1: '0.0',
  percent: '0.0%',
  datetime: 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
};
const ALIGN: Record<ColumnFormat, Partial<ExcelJS.Alignment>> = {
  text: { vertical: 'middle' },
  wrap: { vertical: 'middle', wrapText: true },
  number: { vertical: 'middle', horizontal: 'right' },
  integer: { vertical: 'middle', horizontal: 'right' },
  decimal1: { vertical: 'middle', horizontal: 'right' },
  percent: { vertical: 'middle', horizontal: 'right' },
  datetime: { vertical: 'middle', horizontal: 'center' },
  date: { vertical: 'middle', horizontal: 'center' },
};

function cellStyle(format: ColumnFormat, bold: boolean): Partial<ExcelJS.Style> {
  return Object.freeze<Partial<ExcelJS.Style>>({
    font: bold ? BOLD_FONT : BODY_FONT,
    border: THIN,
    alignment: ALIGN[format],
    numFmt: NUM_FMT[format],
    ...(bold ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as ExcelJS.Fill } : {}),
  });
}

const FORMATS: readonly ColumnFormat[] = ['text', 'wrap', 'number', 'integer', 'decimal1', 'percent', 'datetime', 'date'];
export const BODY_STYLES = Object.fromEntries(FORMATS.map((f) => [f, cellStyle(f, false)])) as Record<ColumnFormat, Partial<ExcelJS.Style>>;
export const TOTAL_STYLES = Object.fromEntries(FORMATS.map((f) => [f, cellStyle(f, true)])) as Record<ColumnFormat, Partial<ExcelJS.Style>>;

export const TITLE_STYLE: Partial<ExcelJS.Style> = Object.freeze<Partial<ExcelJS.Style>>({
  font: { name: '黑体', size: 16, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle' },
});
export const META_STYLE: Partial<ExcelJS.Style> = Object.freeze<Partial<ExcelJS.Style>>({
  font: { name: '宋体', size: 10, color: { argb: 'FF595959' } },
  alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
});
export const HEADER_STYLE: Partial<ExcelJS.Style> = Object.freeze<Partial<ExcelJS.Style>>({
  font: { name: '黑体', size: 10, bold: true },
  border: THIN,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
});
export const SECTION_STYLE: Partial<ExcelJS.Style> = Object.freeze<Partial<ExcelJS.Style>>({
  font: { name: '黑体', size: 11, bold: true },
  alignment: { horizontal: 'left', vertical: 'middle' },
});

/** A4 landscape, one page wide, as many tall as needed; page numbers in the footer. */
export function printSetup(titleRows: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

export const FOOTER = { oddFooter: '&C第 &P 页，共 &N 页' };
