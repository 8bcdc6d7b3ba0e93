import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { damageArb, damaged, inlineRow, xlsxOf, zipOf } from './xlsx.fixtures.js';
import { entryChunks, ZipFormatError, zipDirectory } from './zip-archive.js';

// Issue 13 "Prove": whatever an uploaded "zip" holds, the reader lists and inflates it within the declared sizes,
// or refuses it with ZipFormatError (or zlib's own data error for a broken deflate stream) — never a RangeError
// from reading past the buffer, never a hang.

const BASES = [
  zipOf([{ name: 'a.xml', data: '<a>'.repeat(200) }, { name: '中文.txt', data: 'stored', store: true }]),
  xlsxOf({ sheetData: inlineRow(['工单编号', '来电时间']) + inlineRow(['BJ1', '2026-11-10 09:30']) }),
];

/** zlib's own refusal of a corrupt deflate stream (`Z_DATA_ERROR`, `Z_BUF_ERROR`), by its code: it comes from Node's realm, not Jest's. */
const isZlibError = (error: unknown) => typeof error === 'object' && error !== null && /^Z_/.test(String((error as { code?: unknown }).code));

async function readAll(zip: Buffer): Promise<void> {
  const entries = zipDirectory(zip);
  for (const entry of entries.slice(0, 10)) {
    let total = 0;
    try {
      for await (const chunk of entryChunks(zip, entry)) total += chunk.length;
    } catch (error) {
      if (!(error instanceof ZipFormatError) && !isZlibError(error)) throw error;
    }
    expect(total).toBeLessThanOrEqual(entry.size);
  }
}

describe('zipDirectory and entryChunks on any bytes', () => {
  it('when a zip is damaged anywhere, then it is read within its declared sizes or refused with ZipFormatError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(BASES.length - 1), damageArb, async (base, damage) => {
        try {
          await readAll(damaged(BASES[base]!, damage));
        } catch (error) {
          expect(error).toBeInstanceOf(ZipFormatError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('when the bytes are anything at all, then the directory is read or refused with ZipFormatError', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // the end-of-directory signature somewhere, so the directory fields themselves are random
      fc.tuple(fc.uint8Array({ maxLength: 100 }), fc.uint8Array({ minLength: 18, maxLength: 40 })).map(([a, b]) => Uint8Array.from([...a, 0x50, 0x4b, 0x05, 0x06, ...b])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (raw) => {
        try {
          await readAll(Buffer.from(raw));
        } catch (error) {
          expect(error).toBeInstanceOf(ZipFormatError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
