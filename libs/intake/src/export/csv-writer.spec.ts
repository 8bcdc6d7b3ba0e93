import { describe, expect, it } from '@jest/globals';
import { csvRows } from '../import/csv-rows.js';
import { decodeCsvBytes } from '../import/decode-text.js';
import { toCsv } from './csv-writer.js';

describe('toCsv', () => {
  it('when cells hold formulas, commas, quotes and line breaks, then they read back as neutralised text', () => {
    const bytes = toCsv(['工单编号', '回复内容'], [['BJ1', '=HYPERLINK("http://x","点击"), 已答复\n第二行'], ['BJ2', '@SUM(A1)']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = [...csvRows(decodeCsvBytes(bytes).text)];
    expect(rows).toEqual([['工单编号', '回复内容'], ['BJ1', `'=HYPERLINK("http://x","点击"), 已答复\n第二行`], ['BJ2', `'@SUM(A1)`]]);
  });
});
