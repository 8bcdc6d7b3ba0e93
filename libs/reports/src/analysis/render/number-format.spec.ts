import { describe, expect, it } from '@jest/globals';
import { formatCell, formatInteger, formatMoney, formatPercent, isNumericFormat, MISSING_VALUE, type CellFormat } from './number-format.js';

describe('number formatting shared by the Word and PDF renderers', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1248000, '1,248,000'],
    [-12345, '-12,345'],
    [2.5, '3'],
  ])('when the integer %s is printed, then it reads %s', (n, text) => {
    expect(formatInteger(n)).toBe(text);
  });

  it.each([
    [0.953, '95.3%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [0.9535, '95.4%'],
    [0.12345, '12.3%'],
    [12.5, '1,250.0%'],
    [-0.00001, '0.0%'],
  ])('when the fraction %s is printed as a percentage, then it reads %s', (n, text) => {
    expect(formatPercent(n)).toBe(text);
  });

  it.each([
    [1248000, '1,248,000.00'],
    [0.1 + 0.2, '0.30'],
    [1234.005, '1,234.01'],
    [-5, '-5.00'],
  ])('when %s yuan is printed, then it reads %s', (n, text) => {
    expect(formatMoney(n)).toBe(text);
  });

  it.each<[string | number | null, CellFormat | undefined, string]>([
    [null, 'integer', MISSING_VALUE],
    [Number.NaN, 'percent', MISSING_VALUE],
    ['陶然亭社区', 'text', '陶然亭社区'],
    ['（无）', 'money', '（无）'],
    [12345, undefined, '12,345'],
    [3.25, 'text', '3.25'],
    [66.16, 'decimal1', '66.2'],
    [0.5, 'percent', '50.0%'],
    [1500, 'money', '1,500.00'],
  ])('when the cell %s has the format %s, then it prints %s', (value, format, text) => {
    expect(formatCell(value, format)).toBe(text);
  });

  it('when a column is numeric, then it is right-aligned; text and unformatted columns are not', () => {
    expect([isNumericFormat('integer'), isNumericFormat('money'), isNumericFormat('text'), isNumericFormat(undefined)]).toEqual([true, true, false, false]);
  });
});
