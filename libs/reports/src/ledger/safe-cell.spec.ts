import { describe, expect, it } from '@jest/globals';
import { safeCell } from './safe-cell.js';

describe('safeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x.example","点我")', '\'=HYPERLINK("http://x.example","点我")'],
    ['+8613812345678', "'+8613812345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['物业不打扫楼道 =1+1', '物业不打扫楼道 =1+1'],
    ['＝1+1', '＝1+1'],
    ['', ''],
    ['已解决', '已解决'],
  ])('when the text is %j, then the cell holds %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it('when the value is a number, a date or empty, then it is kept as it is (no text marker on real numbers)', () => {
    const at = new Date('2026-11-25T02:00:00Z');
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(0.953)).toBe(0.953);
    expect(safeCell(at)).toBe(at);
    expect(safeCell(null)).toBeNull();
    expect(safeCell(undefined)).toBeNull();
    expect(safeCell(Number.NaN)).toBeNull();
    expect(safeCell(new Date('not a date'))).toBeNull();
  });

  it('when a text is longer than a cell may hold, then it is cut below the limit', () => {
    const cell = safeCell('=' + 'x'.repeat(40_000)) as string;
    expect(cell.startsWith("'=")).toBe(true);
    expect(cell.length).toBeLessThanOrEqual(32_767);
  });
});
