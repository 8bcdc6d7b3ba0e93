import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ImportFileError } from './import-file-error.js';
import { damageArb, damaged, inlineRow, xlsxOf } from './xlsx.fixtures.js';
import type { XmlToken } from './xml-tokens.js';
import { xlsxRows, type SheetCell } from './xlsx-rows.js';
import { SheetFormatError, SheetReader } from './xlsx-sheet-reader.js';

// Issue 13 "Prove": whatever a worksheet holds, its rows are well formed (row numbers in Excel's range; cells text,
// finite numbers, real dates or empty), or the file is refused with its own error — never a TypeError.

const MAX_CELL = 50;
const limits = { maxUncompressedBytes: 1024 * 1024, maxCellChars: MAX_CELL };

function expectWellFormed(row: { rowNo: number; cells: SheetCell[] }): void {
  expect(Number.isInteger(row.rowNo) && row.rowNo >= 1 && row.rowNo <= 1_048_576).toBe(true);
  for (const cell of row.cells) {
    if (cell instanceof Date) expect(Number.isNaN(cell.getTime())).toBe(false);
    else if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
    else if (cell !== null) expect(typeof cell).toBe('string');
  }
}

/** Values as cells write them, and the ones that are not: huge serials, non-numbers, impossible dates. */
const cellValue = fc.oneof(
  fc.constantFrom('0', '1', '-1', '2', '46336.4375', '2958466', '1e20', '-1e20', '1e400', 'NaN', '', ' ', 'abc', '2026-11-10T10:30:00', '2026-13-45', '99999999999999999999'),
  fc.double().map(String),
  fc.string({ maxLength: 8 }),
);
/** Mostly references a sheet has (a refused one ends the sheet, and the cells after it would never be read). */
const ref = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom('A', 'B', 'C', 'AA', 'XFD'), fc.integer({ min: 1, max: 9 })).map(([c, r]) => `${c}${r}`), weight: 8 },
  { arbitrary: fc.oneof(fc.constantFrom('XFE1', 'ZZZ1', 'a1', 'AA', '1', '', ' ', '$A$1'), fc.string({ maxLength: 5 })), weight: 1 },
);
const rowRef = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 9 }).map(String), weight: 8 },
  { arbitrary: fc.oneof(fc.constantFrom('1048576', '1048577', '0', '-1', 'x', '99999999', ''), fc.string({ maxLength: 4 })), weight: 1 },
);
const cellType = fc.constantFrom('s', 'str', 'e', 'b', 'd', 'n', 'inlineStr', 'x');
const styleIndex = fc.constantFrom('0', '1', '2', '99', 'x');
/** A cell's parts: where, of what type and style, and what it holds (`<v>`, a formula, an inline string or nothing). */
const cellParts = fc.record({
  r: fc.option(ref),
  t: fc.option(cellType),
  s: fc.option(styleIndex),
  body: fc.constantFrom('v', 'f', 'is', 'empty', 'selfClosing'),
  value: cellValue,
});
type CellParts = typeof cellParts extends fc.Arbitrary<infer C> ? C : never;
const rowParts = fc.record({ r: fc.option(rowRef), cells: fc.array(cellParts, { maxLength: 5 }), selfClosing: fc.boolean() });

describe('SheetReader on any sequence of tokens', () => {
  const open = (name: string, attrs: Record<string, string | null> = {}, selfClosing = false): XmlToken => ({
    kind: 'open', name, selfClosing, attrs: Object.fromEntries(Object.entries(attrs).filter((e): e is [string, string] => e[1] !== null)),
  });
  const close = (name: string): XmlToken => ({ kind: 'close', name });
  const cellTokens = ({ r, t, s, body, value }: CellParts): XmlToken[] => {
    const c = open('c', { r, t, s }, body === 'selfClosing');
    if (body === 'selfClosing') return [c];
    const text: XmlToken = { kind: 'text', text: value };
    const inner = body === 'v' ? [open('v'), text, close('v')] : body === 'f' ? [open('f'), text, close('f')] : body === 'is' ? [open('is'), open('t'), text, close('t'), close('is')] : [];
    return [c, ...inner, close('c')];
  };
  const anyToken: fc.Arbitrary<XmlToken> = fc.oneof(
    fc.record({
      kind: fc.constant('open' as const),
      name: fc.constantFrom('row', 'c', 'v', 'f', 't', 'is', 'r', 'rPh', 'sheetData'),
      attrs: fc.record({ r: fc.oneof(ref, rowRef), t: cellType, s: styleIndex }, { requiredKeys: [] }),
      selfClosing: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('close' as const), name: fc.constantFrom('row', 'c', 'v', 'f', 't', 'is', 'r', 'rPh') }),
    fc.record({ kind: fc.constant('text' as const), text: cellValue }),
  );
  /** Rows as a sheet writes them, then tokens dropped and stray tokens put anywhere: nesting no writer produces. */
  const tokens = fc
    .tuple(fc.array(rowParts, { maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.option(anyToken, { freq: 2 })), { maxLength: 6 }))
    .map(([rows, edits]) => {
      const out = rows.flatMap(({ r, cells, selfClosing }) => (selfClosing ? [open('row', { r }, true)] : [open('row', { r }), ...cells.flatMap(cellTokens), close('row')]));
      for (const [at, token] of edits) {
        if (token === null) out.splice(at % (out.length || 1), 1);
        else out.splice(at % (out.length + 1), 0, token);
      }
      return out;
    });

  it('when the tokens come in any order, then each row is well formed or the sheet is refused with its own error', () => {
    fc.assert(
      fc.property(tokens, fc.boolean(), (sequence, date1904) => {
        const reader = new SheetReader({ sharedStrings: ['工单编号', { overlong: MAX_CELL + 1 }], dateStyles: [false, true, true], date1904, maxCellChars: MAX_CELL });
        try {
          for (const t of sequence) {
            const row = reader.next(t);
            if (row) expectWellFormed(row);
          }
        } catch (error) {
          if (!(error instanceof SheetFormatError)) expect(error).toBeInstanceOf(ImportFileError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

async function readAll(bytes: Buffer): Promise<void> {
  try {
    for await (const row of xlsxRows(bytes, limits)) expectWellFormed(row);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).code).toMatch(/^IMPORT_[A-Z_]+$/);
  }
}

describe('xlsxRows on any workbook', () => {
  const attr = (name: string, value: string | null) => (value === null ? '' : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`);
  const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cellXml = ({ r, t, s, body, value }: CellParts): string => {
    const open = `<c${attr('r', r)}${attr('t', t)}${attr('s', s)}`;
    if (body === 'selfClosing') return `${open}/>`;
    const inner = body === 'v' ? `<v>${text(value)}</v>` : body === 'f' ? `<f>${text(value)}</f><v>1</v>` : body === 'is' ? `<is><t>${text(value)}</t></is>` : '';
    return `${open}>${inner}</c>`;
  };
  const row = rowParts.map(({ r, cells, selfClosing }) => (selfClosing ? `<row${attr('r', r)}/>` : `<row${attr('r', r)}>${cells.map(cellXml).join('')}</row>`));

  it('when a well-formed sheet holds any rows and cells, then they are read well formed or the file is refused with its code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 6 }), async (rows) => {
        await readAll(xlsxOf({ sheetData: rows.join(''), sharedStrings: ['工单编号', 'x'.repeat(MAX_CELL + 1)], cellStyles: [0, 14, 22] }));
      }),
      { numRuns: 200 },
    );
  });

  const storedEverywhere = Object.fromEntries(
    ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'].map((name) => [name, { store: true }]),
  );
  const sheet = inlineRow(['工单编号', '来电时间', null]) + '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" s="1"><v>46336.4375</v></c></row>';
  const BASES = [
    xlsxOf({ sheetData: sheet, sharedStrings: ['BJ1'], cellStyles: [0, 14] }),
    // stored, not deflated: damage lands in the XML itself instead of breaking the deflate stream
    xlsxOf({ sheetData: sheet, sharedStrings: ['BJ1'], cellStyles: [0, 14], entryOptions: storedEverywhere }),
  ];

  it('when a workbook is damaged anywhere, then its rows are well formed or it is refused with its code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(BASES.length - 1), damageArb, async (base, damage) => {
        await readAll(damaged(BASES[base]!, damage));
      }),
      { numRuns: 300 },
    );
  });

  it('when the bytes are anything at all, then the file is refused with its code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await readAll(Buffer.from(bytes));
      }),
      { numRuns: 200 },
    );
  });
});
