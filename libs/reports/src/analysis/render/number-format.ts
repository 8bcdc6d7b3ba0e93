import type { TableColumn } from '../../domain/report-document.js';

/**
 * How numbers read in both documents, defined once so the Word file and the PDF never disagree: thousands separators,
 * percentages with one decimal (rates are fractions in the model), money in yuan with two decimals. A missing value
 * prints as a dash rather than 0, because "no data" and "zero" mean different things in a report.
 */
export type CellFormat = NonNullable<TableColumn['format']>;

export const MISSING_VALUE = '—';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, signDisplay: 'negative' });
const decimal1 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'negative' });
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' });

/** 1248000 → '1,248,000' */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** 12.345 → '12.3' */
export function formatDecimal1(value: number): string {
  return decimal1.format(value);
}

/** A fraction as a percentage: 0.953 → '95.3%' */
export function formatPercent(fraction: number): string {
  // Scale in decimal steps first: 0.9535 * 100 is 95.35000000000001 in binary, which would round the wrong way.
  return decimal1.format(Number((fraction * 100).toPrecision(12))) + '%';
}

/** Yuan: 1248000 → '1,248,000.00' */
export function formatMoney(yuan: number): string {
  return money.format(yuan);
}

/** A table cell as printed. Text passes through; a number without a format prints as it is, with separators. */
export function formatCell(value: string | number | null | undefined, format: CellFormat = 'text'): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return MISSING_VALUE;
  if (typeof value === 'string') return value;
  switch (format) {
    case 'integer':
      return formatInteger(value);
    case 'decimal1':
      return formatDecimal1(value);
    case 'percent':
      return formatPercent(value);
    case 'money':
      return formatMoney(value);
    case 'text':
      return Number.isInteger(value) ? formatInteger(value) : String(value);
  }
}

/** Numbers line up on the right, text on the left. */
export function isNumericFormat(format: CellFormat | undefined): boolean {
  return format !== undefined && format !== 'text';
}
