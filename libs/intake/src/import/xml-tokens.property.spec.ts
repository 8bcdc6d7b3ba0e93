import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { XmlFormatError, xmlTokens, type XmlToken } from './xml-tokens.js';

// Issue 13 "Prove": any bytes inside an xlsx part tokenize or end in XmlFormatError, the same however they are split.

/** Pieces of XML syntax and text, so generated documents are often nearly well formed and reach every branch. */
const FRAGMENTS = [
  '<', '>', '/', '/>', '=', '"', "'", ' ', '\n', '!', '?', '[', ']', '-', '&', ';', '#', 'x', ':',
  '<row>', '</row>', '<c r="A1" t="s">', '<c/>', '</c>', '<v>', '</v>', '<x:t xml:space="preserve">', '</x:t>', '<a b=\'>\'>',
  '<![CDATA[', ']]>', ']]', '<!--', '-->', '<?xml version="1.0"?>', '?>', '<!DOCTYPE x>',
  '&amp;', '&lt;', '&#x41;', '&#x0000000041;', '&#20013;', '&#0;', '&#x110000;', '&nbsp;', '工', '单', '😀',
];
const xmlish = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...FRAGMENTS), weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 }), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** The document's bytes cut at the given offsets (which may fall inside a UTF-8 sequence). */
function chunksOf(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [...at, bytes.length].map((end, i) => bytes.subarray(i === 0 ? 0 : at[i - 1], end));
}

async function* asStream(chunks: Buffer[]): AsyncGenerator<Buffer> {
  yield* chunks;
}

/** The tokens, adjacent text joined (text is handed out in pieces), or the error thrown. */
async function outcome(chunks: Buffer[]): Promise<{ tokens: XmlToken[] } | { error: unknown }> {
  const tokens: XmlToken[] = [];
  try {
    for await (const batch of xmlTokens(asStream(chunks))) {
      for (const t of batch) {
        const last = tokens[tokens.length - 1];
        if (t.kind === 'text' && last?.kind === 'text') tokens[tokens.length - 1] = { kind: 'text', text: last.text + t.text };
        else tokens.push(t);
      }
    }
    return { tokens };
  } catch (error) {
    return { error };
  }
}

describe('xmlTokens on any document', () => {
  it('when the bytes are anything XML-like, cut anywhere, then they tokenize or fail with XmlFormatError', async () => {
    await fc.assert(
      fc.asyncProperty(xmlish, fc.array(fc.nat(), { maxLength: 6 }), async (xml, cuts) => {
        const result = await outcome(chunksOf(Buffer.from(xml, 'utf8'), cuts));
        if ('error' in result) expect(result.error).toBeInstanceOf(XmlFormatError);
      }),
      { numRuns: 400 },
    );
  });

  it('when a document is fed in pieces, then the tokens are those of the whole document (or both fail)', async () => {
    await fc.assert(
      fc.asyncProperty(xmlish, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), async (xml, cuts) => {
        const bytes = Buffer.from(xml, 'utf8');
        const whole = await outcome([bytes]);
        const pieces = await outcome(chunksOf(bytes, cuts));
        if ('error' in whole) expect(pieces).toEqual({ error: expect.any(XmlFormatError) });
        else expect(pieces).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });
});
