import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { csvRows } from './csv-rows.js';
import { decodeCsvBytes } from './decode-text.js';

describe('csvRows', () => {
  it.each<[string, string, string[][]]>([
    ['plain CRLF rows', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['LF and no final newline', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['quoted commas and doubled quotes', '"=HYPERLINK(""x"",""y"") 咨询",b\n', [['=HYPERLINK("x","y") 咨询', 'b']]],
    ['line breaks inside quotes', '"line1\nline2",x\n', [['line1\nline2', 'x']]],
    ['empty fields', ',2026-11-10,\n', [['', '2026-11-10', '']]],
    ['long digit strings stay text', '13801364882,0123\n', [['13801364882', '0123']]],
  ])('when the text has %s, then the rows are exact', (_name, text, rows) => {
    expect([...csvRows(text)]).toEqual(rows);
  });
});

describe('decodeCsvBytes', () => {
  const text = '工单编号,来电人\nBJ1,陈某某\n';
  it.each<[string, Buffer, string]>([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    ['UTF-8 without BOM', Buffer.from(text), 'utf-8'],
    ['GBK', iconv.encode(text, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(text, 'gb18030'), 'gb18030'],
  ])('when the file is %s, then the text is the same', (_name, bytes, encoding) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding });
  });

  it('when a file with a BOM starts with a cell that itself starts with U+FEFF, then only the BOM is dropped', () => {
    // Found by fuzzing (issue 13): the decoder dropped a second U+FEFF, so toCsv → read lost the cell's first character.
    const bytes = Buffer.from('\uFEFF\uFEFF工单编号,x\r\n', 'utf8');
    expect(decodeCsvBytes(bytes)).toEqual({ text: '\uFEFF工单编号,x\r\n', encoding: 'utf-8' });
  });
});
