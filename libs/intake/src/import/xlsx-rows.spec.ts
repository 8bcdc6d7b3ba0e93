import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { ImportFileError } from './import-file-error.js';
import { isDateFormatCode } from './xlsx-date-styles.js';
import { inlineRow, xlsxOf, zipOf, type XlsxFixture } from './xlsx.fixtures.js';
import { xlsxRows, type SheetCell } from './xlsx-rows.js';

const limits = { maxUncompressedBytes: 4 * 1024 * 1024, maxCellChars: 1000 };

async function rowsOf(bytes: Buffer, l = limits): Promise<[number, SheetCell[]][]> {
  const out: [number, SheetCell[]][] = [];
  for await (const row of xlsxRows(bytes, l)) out.push([row.rowNo, row.cells]);
  return out;
}

async function failureOf(bytes: Buffer, l = limits): Promise<{ code: string; message: string; details: Record<string, unknown> }> {
  try {
    await rowsOf(bytes, l);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    const { code, message, details } = error as ImportFileError;
    return { code, message, details };
  }
  throw new Error('the file was read');
}

const at = (date: string) => new Date(`${date}Z`);

describe('xlsxRows: layouts and cell types', () => {
  it.each<[string, XlsxFixture, [number, SheetCell[]][]]>([
    [
      'rows and cells with `r` attributes (gaps are nulls)',
      { sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="3"><c r="B3"><v>42</v></c></row>', sharedStrings: ['工单编号', '来电时间'] },
      [[1, ['工单编号', null, '来电时间']], [3, [null, 42]]],
    ],
    [
      'no `r` attributes at all (position implied by order, ECMA-376 allows it)',
      { sheetData: inlineRow(['a', null, 'c']) + inlineRow(['d']) },
      [[1, ['a', null, 'c']], [2, ['d']]],
    ],
    [
      'some `r` attributes (the next row and cell follow the last one given)',
      { sheetData: '<row r="5"><c r="B5"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>' },
      [[5, [null, 1, 2]], [6, [3]]],
    ],
    [
      'a prefixed namespace and empty rows',
      { sheetData: '', extra: [{ name: 'xl/worksheets/sheet1.xml', data: '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row><x:row/></x:sheetData></x:worksheet>' }] },
      [[1, ['a']], [2, []]],
    ],
    [
      'booleans, errors, formula strings and formulas (kept as text, never evaluated)',
      { sheetData: '<row><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c><c t="str"><v>x</v></c><c><f>SUM(A1:B1)</f><v>3</v></c><c t="str"><f>HYPERLINK("http://x","点击")</f><v>点击</v></c></row>' },
      [[1, ['TRUE', 'FALSE', '#N/A', 'x', '=SUM(A1:B1)', '=HYPERLINK("http://x","点击")']]],
    ],
    [
      'rich text and phonetic hints (the hints are not text)',
      {
        sheetData: '<row><c t="s"><v>0</v></c><c t="inlineStr"><is><r><t>诉求</t></r><r><t xml:space="preserve"> 内容</t></r><rPh><t>ソ</t></rPh></is></c></row>',
        extra: [{ name: 'xl/sharedStrings.xml', data: '<sst><si><r><t>北京</t></r><r><t>市</t></r><rPh sb="0" eb="1"><t>ペキン</t></rPh></si></sst>' }],
      },
      [[1, ['北京市', '诉求 内容']]],
    ],
    [
      'dates as serials with a date style (built-in 22, Chinese built-in 31, custom) and plain numbers',
      {
        sheetData: '<row><c s="1"><v>46336.4375</v></c><c s="2"><v>46336</v></c><c s="3"><v>46336.5</v></c><c s="0"><v>13801364882</v></c><c t="d"><v>2026-11-10T10:30:00</v></c></row>',
        cellStyles: [0, 22, 31, 164],
        extra: [{ name: 'xl/styles.xml', data: '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; hh:mm"/></numFmts><cellStyleXfs><xf numFmtId="22"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="31"><alignment/></xf><xf numFmtId="164"/></cellXfs></styleSheet>' }],
      },
      [[1, [at('2026-11-10T10:30:00'), at('2026-11-10T00:00:00'), at('2026-11-10T12:00:00'), 13801364882, at('2026-11-10T10:30:00')]]],
    ],
    [
      // Found by fuzzing (issue 13): the serial became an Invalid Date, which the row mapping could not print.
      'a date-styled serial past the last date JavaScript has (kept as the number written)',
      { sheetData: '<row><c s="1"><v>100025569.00000001</v></c><c s="1"><v>1e20</v></c></row>', cellStyles: [0, 14] },
      [[1, [100025569.00000001, 1e20]]],
    ],
    [
      'the 1904 date system',
      {
        sheetData: '<row><c s="1"><v>44874</v></c></row>',
        cellStyles: [0, 14],
        extra: [{ name: 'xl/workbook.xml', data: '<workbook xmlns:r="urn:r"><workbookPr date1904="1"/><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>' }],
      },
      [[1, [at('2026-11-10T00:00:00')]]],
    ],
  ])('when the sheet has %s, then the rows are exact', async (_name, fixture, rows) => {
    expect(await rowsOf(xlsxOf(fixture))).toEqual(rows);
  });

  it('when the workbook was saved by exceljs (shared strings, styles, dates), then the rows are what was written', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('工单');
    sheet.addRow(['工单编号', '来电时间', '联系电话']);
    sheet.addRow(['BJ202611021000', new Date('2026-11-02T08:15:00Z'), 13801364882]);
    sheet.getCell('B2').numFmt = 'yyyy-mm-dd hh:mm:ss';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await rowsOf(bytes)).toEqual([[1, ['工单编号', '来电时间', '联系电话']], [2, ['BJ202611021000', new Date('2026-11-02T08:15:00Z'), 13801364882]]]);
  });

  it('when the workbook has several sheets, then only the first tab is read', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('工单').addRow(['first']);
    workbook.addWorksheet('说明').addRow(['second']);
    expect(await rowsOf(Buffer.from(await workbook.xlsx.writeBuffer()))).toEqual([[1, ['first']]]);
  });
});

describe('xlsxRows: limits and broken files', () => {
  const big = 'A'.repeat(8 * 1024 * 1024);
  it.each<[string, () => Buffer, { code: string; message: RegExp; details?: Record<string, unknown> }]>([
    [
      'a zip bomb (a small file whose directory declares more than the limit)',
      () => xlsxOf({ sheetData: inlineRow([big]) }),
      { code: 'IMPORT_UNCOMPRESSED_TOO_LARGE', message: /解压后共 8\.0 MB，超过 4\.0 MB 上限/ },
    ],
    [
      'a zip bomb whose directory lies about the sheet’s size',
      () => xlsxOf({ sheetData: inlineRow([big]), entryOptions: { 'xl/worksheets/sheet1.xml': { declaredSize: 2000 } } }),
      { code: 'IMPORT_UNREADABLE_FILE', message: /无法读取/, details: { reason: expect.stringMatching(/more than the 2000 bytes/) } },
    ],
    [
      'a sheet with an inline cell longer than the cell limit',
      () => xlsxOf({ sheetData: inlineRow(['表头']) + '<row><c/><c t="inlineStr"><is><t>' + 'x'.repeat(1001) + '</t></is></c></row>' }),
      { code: 'IMPORT_CELL_TOO_LONG', message: /第 2 行 B 列的单元格超过 1000 个字符的上限/, details: { row: 2, column: 'B', maxChars: 1000 } },
    ],
    [
      'a sheet with rich-text runs that together pass the cell limit',
      () => xlsxOf({ sheetData: `<row r="7"><c r="AA7" t="inlineStr"><is><r><t>${'x'.repeat(600)}</t></r><r><t>${'y'.repeat(600)}</t></r></is></c></row>` }),
      { code: 'IMPORT_CELL_TOO_LONG', message: /第 7 行 AA 列/ },
    ],
    [
      'a workbook with a shared string longer than the cell limit',
      () => xlsxOf({ sheetData: '<row><c t="s"><v>0</v></c></row><row><c/><c/><c t="s"><v>1</v></c></row>', sharedStrings: ['ok', 'z'.repeat(5000)] }),
      { code: 'IMPORT_CELL_TOO_LONG', message: /第 2 行 C 列/ },
    ],
    ['bytes that are not a zip', () => Buffer.from('PK\x03\x04 not really'), { code: 'IMPORT_UNREADABLE_FILE', message: /文件已损坏/ }],
    ['a truncated zip', () => xlsxOf({ sheetData: inlineRow(['a']) }).subarray(0, 300), { code: 'IMPORT_UNREADABLE_FILE', message: /文件已损坏/ }],
    ['a zip without a workbook', () => zipOf([{ name: 'word/document.xml', data: '<w:document/>' }]), { code: 'IMPORT_UNREADABLE_FILE', message: /文件已损坏/, details: { reason: 'no workbook part' } }],
    ['a workbook whose sheet is not XML', () => xlsxOf({ sheetData: '', extra: [{ name: 'xl/worksheets/sheet1.xml', data: '<worksheet><sheetData><row r="1"' }] }), { code: 'IMPORT_UNREADABLE_FILE', message: /文件已损坏/ }],
    // Found by fuzzing (issue 13): these failed with a TypeError, or read a row number Excel cannot have.
    ['a sheet whose cell ends inside its value', () => xlsxOf({ sheetData: '<row><c><v>1</c></v></row>' }), { code: 'IMPORT_UNREADABLE_FILE', message: /文件已损坏/, details: { reason: 'cell A1 ends inside its value' } }],
    ['a sheet whose cell opens inside another cell’s value', () => xlsxOf({ sheetData: '<row><c><v>1<c/></v></c></row>' }), { code: 'IMPORT_UNREADABLE_FILE', message: /文件已损坏/, details: { reason: "cell B1 opens inside another cell's value" } }],
    ['a sheet with a row after row 1048576', () => xlsxOf({ sheetData: '<row r="1048576"/><row/>' }), { code: 'IMPORT_UNREADABLE_FILE', message: /文件已损坏/, details: { reason: 'row 1048577 beyond 1048576' } }],
    ['a sheet with a cell reference past column XFD', () => xlsxOf({ sheetData: '<row><c r="ZZZ1"><v>1</v></c></row>' }), { code: 'IMPORT_UNREADABLE_FILE', message: /文件已损坏/ }],
  ])('when the file is %s, then reading fails with its code', async (_name, bytes, expected) => {
    expect(await failureOf(bytes())).toMatchObject({ ...expected, details: expected.details ?? {} });
  });
});

describe('isDateFormatCode', () => {
  it.each<[string, boolean]>([
    ['yyyy-mm-dd hh:mm:ss', true],
    ['[$-804]yyyy"年"m"月"d"日"', true],
    ['h:mm AM/PM', true],
    ['General', false],
    ['0.00', false],
    ['#,##0.00 "元"', false],
    ['[Red]0.0', false],
    ['0\\h', false],
    ['@', false],
  ])('when the format is %j, then it is a date format: %s', (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });
});
