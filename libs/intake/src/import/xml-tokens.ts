import { StringDecoder } from 'node:string_decoder';

/**
 * Events of a streamed XML document. Element names are local (`x:row` → `row`: some writers prefix the
 * spreadsheet namespace); attribute names are kept as written (`r:id`).
 */
export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

export class XmlFormatError extends Error {
  override name = 'XmlFormatError';
}

/** Longest tag, comment or processing instruction held while waiting for its end (real ones are < 2 KB). */
const MAX_MARKUP = 1024 * 1024;
/**
 * A reference that may continue in the next chunk (`&`, `&am`, `&#x00000`): kept back, however long, since XML allows
 * any number of leading zeros and a reference decoded in two halves would not be decoded at all.
 */
const PARTIAL_REFERENCE = /&(?:#x?[0-9a-f]*|[a-z]*)$/iy;

/**
 * A small streaming tokenizer for the XML inside an xlsx: elements, attributes, text, CDATA; comments and
 * processing instructions are skipped; a DOCTYPE is refused (xlsx parts have none, and entity definitions are
 * how XML bombs work). Text is handed out in pieces as it arrives, never gathered here, so a reader can stop a
 * 1 GiB cell after its first megabyte.
 */
export async function* xmlTokens(chunks: AsyncIterable<Buffer>): AsyncGenerator<XmlToken[]> {
  const tokenizer = new XmlTokenizer();
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const tokens = tokenizer.write(decoder.write(chunk));
    if (tokens.length) yield tokens;
  }
  const tokens = tokenizer.write(decoder.end());
  tokenizer.end();
  if (tokens.length) yield tokens;
}

export class XmlTokenizer {
  private pending = '';
  private inCdata = false;
  /** Where scanning the pending markup stopped (relative to its `<`) and in which quote: a long tag is scanned once. */
  private resume = { at: 0, quote: '' };

  write(input: string): XmlToken[] {
    const tokens: XmlToken[] = [];
    const s = this.pending + input;
    let i = 0;
    while (i < s.length) {
      if (this.inCdata) {
        const end = s.indexOf(']]>', i);
        const stop = end === -1 ? Math.max(i, s.length - 2) : end; // `]]` may be the start of the end marker
        if (stop > i) tokens.push({ kind: 'text', text: s.slice(i, stop) });
        i = stop;
        if (end === -1) break;
        this.inCdata = false;
        i = end + 3;
        continue;
      }
      const lt = s.indexOf('<', i);
      if (lt !== i) {
        // Text up to the next tag; at the end of the input, keep back an entity that may continue in the next chunk.
        let stop = lt === -1 ? s.length : lt;
        if (lt === -1) {
          const amp = s.lastIndexOf('&');
          PARTIAL_REFERENCE.lastIndex = amp;
          if (amp >= i && PARTIAL_REFERENCE.test(s)) stop = amp;
        }
        if (stop > i) tokens.push({ kind: 'text', text: decodeEntities(s.slice(i, stop)) });
        i = stop;
        if (lt === -1) break;
        continue;
      }
      const end = this.markupEnd(s, i);
      if (end === -1) break;
      const token = markupToken(s, i, end);
      if (token === 'cdata') {
        this.inCdata = true;
        i += 9;
        continue;
      }
      if (token) tokens.push(token);
      i = end;
    }
    this.pending = s.slice(i);
    if (this.pending.length > MAX_MARKUP) throw new XmlFormatError('markup longer than 1 MiB');
    return tokens;
  }

  end(): void {
    if (this.inCdata || this.pending.trim()) throw new XmlFormatError('document ends inside markup');
  }

  /** Index just past the markup starting at `at` (a `<`), or -1 when it continues in the next chunk. */
  private markupEnd(s: string, at: number): number {
    const { at: resumeAt, quote: resumeQuote } = this.resume;
    this.resume = { at: 0, quote: '' };
    if (s.startsWith('<![CDATA[', at)) return at + 9;
    if (s.length - at < 9 && '<![CDATA['.startsWith(s.slice(at))) return -1;
    const from = at + Math.max(1, resumeAt - 2); // an end marker may straddle the chunks
    if (s.startsWith('<!--', at)) return this.endOf(s, at, s.indexOf('-->', Math.max(from, at + 4)), 3);
    if (s.startsWith('<?', at)) return this.endOf(s, at, s.indexOf('?>', Math.max(from, at + 2)), 2);
    let quote = resumeQuote;
    for (let k = at + Math.max(1, resumeAt); k < s.length; k++) {
      const ch = s.charCodeAt(k);
      if (quote) {
        if (ch === quote.charCodeAt(0)) quote = '';
      } else if (ch === 0x22 || ch === 0x27) quote = s[k];
      else if (ch === 0x3e) return k + 1;
    }
    this.resume = { at: s.length - at, quote };
    return -1;
  }

  private endOf(s: string, at: number, found: number, length: number): number {
    if (found !== -1) return found + length;
    this.resume = { at: s.length - at, quote: '' };
    return -1;
  }
}

function markupToken(s: string, start: number, end: number): XmlToken | 'cdata' | null {
  if (s.startsWith('<![CDATA[', start)) return 'cdata';
  if (s.startsWith('<!--', start) || s.startsWith('<?', start)) return null;
  if (s.startsWith('<!', start)) throw new XmlFormatError('DOCTYPE or other declaration');
  const closing = s.charCodeAt(start + 1) === SLASH;
  let k = closing ? start + 2 : start + 1;
  const nameStart = k;
  while (k < end && !isNameEnd(s.charCodeAt(k))) k++;
  if (k === nameStart) throw new XmlFormatError(`bad tag ${s.slice(start, Math.min(end, start + 40))}`);
  let local = nameStart;
  for (let c = nameStart; c < k; c++) if (s.charCodeAt(c) === COLON) local = c + 1;
  const name = s.slice(local, k);
  if (closing) return { kind: 'close', name };
  // Attributes by hand, never searching past the tag: this runs for every cell of a 50 000-row sheet.
  const attrs: Record<string, string> = {};
  for (;;) {
    let eq = k;
    while (eq < end && s.charCodeAt(eq) !== EQUALS) eq++;
    if (eq >= end) break;
    const attr = s.slice(k, eq).trim();
    let q = eq + 1;
    while (q < end && isSpace(s.charCodeAt(q))) q++;
    const quote = s[q];
    const close = quote === '"' || quote === "'" ? s.indexOf(quote, q + 1) : -1;
    if (!attr || close === -1 || close >= end) throw new XmlFormatError(`bad attribute in ${s.slice(start, Math.min(end, start + 40))}`);
    attrs[attr] = decodeEntities(s.slice(q + 1, close));
    k = close + 1;
  }
  return { kind: 'open', name, attrs, selfClosing: s.charCodeAt(end - 2) === SLASH };
}

const SLASH = 0x2f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isNameEnd = (c: number) => isSpace(c) || c === SLASH || c === 0x3e;

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
