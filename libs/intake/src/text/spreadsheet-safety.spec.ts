import { describe, expect, it } from '@jest/globals';
import { neutraliseFormula } from './spreadsheet-safety.js';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","点击")', `'=HYPERLINK("http://x","点击")`],
    ['+86 139', `'+86 139`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['已联系市民，问题已解决', '已联系市民，问题已解决'],
    ['', ''],
  ])('when a cell is %j, then it is written as %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });
});
