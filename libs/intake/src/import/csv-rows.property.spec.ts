import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { toCsv } from '../export/csv-writer.js';
import { neutraliseFormula } from '../text/spreadsheet-safety.js';
import { csvRows } from './csv-rows.js';
import { decodeCsvBytes } from './decode-text.js';

// Issue 13 "Prove": whatever bytes an upload holds, the CSV path reads them as text and rows, and never throws.

/** Text weighted towards what CSV and its readers treat specially: quotes, separators, line ends, BOMs, formulas. */
const csvText = fc.string({
  unit: fc.oneof(
    { arbitrary: fc.constantFrom('"', ',', '\r', '\n', '\uFEFF', '=', '-', '@', '\t', "'", '工', '单'), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  ),
  maxLength: 40,
});

describe('csvRows on any text', () => {
  it('when the text is anything, then every row is a non-empty list of strings and their characters add up', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const rows = [...csvRows(text)];
        for (const row of rows) {
          expect(row.length).toBeGreaterThan(0);
          for (const cell of row) expect(typeof cell).toBe('string');
        }
        // Quotes, separators and line ends are syntax; nothing else is dropped or invented.
        const content = (s: string) => s.replace(/[",\r\n]/g, '');
        expect(rows.flat().map(content).join('')).toBe(content(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('decodeCsvBytes on any bytes', () => {
  it('when the bytes are anything, then they decode to text in one of the two encodings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const { text, encoding } = decodeCsvBytes(Buffer.from(bytes));
        expect(typeof text).toBe('string');
        expect(['utf-8', 'gb18030']).toContain(encoding);
      }),
      { numRuns: 500 },
    );
  });

  it('when the bytes are UTF-8 text, with or without a BOM, then the text is exactly what was written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (text, bom) => {
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
        // Without a BOM of its own, a text that starts with U+FEFF reads as one.
        expect(decodeCsvBytes(bytes)).toEqual({ text: bom ? text : text.replace(/^\uFEFF/, ''), encoding: 'utf-8' });
      }),
      { numRuns: 300 },
    );
  });

  it('when Chinese text is saved as GB18030, then it reads back unless its bytes happen to be valid UTF-8 too', () => {
    const chinese = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(chinese, (text) => {
        const decoded = decodeCsvBytes(iconv.encode(text, 'gb18030'));
        if (decoded.encoding === 'gb18030') expect(decoded.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('toCsv → decodeCsvBytes → csvRows', () => {
  it('when any table is written and read back, then every cell is what was written, formulas neutralised', () => {
    const cell = fc.oneof(csvText, fc.integer(), fc.constant(null));
    const row = fc.array(cell, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(csvText, { minLength: 1, maxLength: 6 }), fc.array(row, { maxLength: 6 }), (header, rows) => {
        const { text } = decodeCsvBytes(toCsv(header, rows));
        const written = [header, ...rows].map((r) => r.map((v) => neutraliseFormula(v === null ? '' : String(v))));
        expect([...csvRows(text)]).toEqual(written);
      }),
      { numRuns: 300 },
    );
  });
});
