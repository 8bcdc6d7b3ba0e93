import { describe, expect, it } from '@jest/globals';
import { XmlTokenizer, decodeEntities, type XmlToken } from './xml-tokens.js';

/** Tokens of a document fed in pieces of `size` characters, adjacent text pieces joined. */
function tokensOf(xml: string, size = xml.length): XmlToken[] {
  const tokenizer = new XmlTokenizer();
  const out: XmlToken[] = [];
  for (let at = 0; at < xml.length; at += size) out.push(...tokenizer.write(xml.slice(at, at + size)));
  tokenizer.end();
  return out.reduce<XmlToken[]>((joined, t) => {
    const last = joined[joined.length - 1];
    if (t.kind === 'text' && last?.kind === 'text') joined[joined.length - 1] = { kind: 'text', text: last.text + t.text };
    else joined.push(t);
    return joined;
  }, []);
}

const open = (name: string, attrs: Record<string, string> = {}, selfClosing = false): XmlToken => ({ kind: 'open', name, attrs, selfClosing });
const close = (name: string): XmlToken => ({ kind: 'close', name });
const text = (t: string): XmlToken => ({ kind: 'text', text: t });

describe('XmlTokenizer', () => {
  it.each<[string, string, XmlToken[]]>([
    ['elements, attributes and text', '<row r="2" spans=\'1:3\'><c r="A2"/>x</row>', [open('row', { r: '2', spans: '1:3' }), open('c', { r: 'A2' }, true), text('x'), close('row')]],
    ['a prefixed namespace (x:row)', '<x:row><x:c r:id="rId1"/></x:row>', [open('row'), open('c', { 'r:id': 'rId1' }, true), close('row')]],
    ['entities and character references', '<t a="&quot;1&quot;">&lt;b&gt; &amp; &#20013;&#x6587; &nbsp;</t>', [open('t', { a: '"1"' }), text('<b> & 中文 &nbsp;'), close('t')]],
    ['a ">" inside an attribute value', '<f ref="A1>B1">x</f>', [open('f', { ref: 'A1>B1' }), text('x'), close('f')]],
    // Found by fuzzing (issue 13): a reference longer than 10 characters was decoded or not depending on the split.
    ['a zero-padded character reference', '<t>a&#x0000000041;&#00000000066;</t>', [open('t'), text('aAB'), close('t')]],
    ['CDATA, kept as written', '<t><![CDATA[a <b> &amp; ]] c]]></t>', [open('t'), text('a <b> &amp; ]] c'), close('t')]],
    ['a declaration, comments and processing instructions (skipped)', '<?xml version="1.0"?><!-- a > b --><a><?pi x?></a>', [open('a'), close('a')]],
  ])('when the document has %s, then the tokens are the same however it is split', (_name, xml, expected) => {
    for (const size of [xml.length, 1, 2, 3, 7]) expect(tokensOf(xml, size)).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    ['a DOCTYPE (entity definitions are how XML bombs work)', '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', /DOCTYPE/],
    ['a tag that never ends', '<row r="1"', /ends inside markup/],
    ['an unterminated CDATA section', '<t><![CDATA[abc', /ends inside markup/],
  ])('when the document has %s, then it is refused', (_name, xml, message) => {
    expect(() => tokensOf(xml)).toThrow(message);
  });

  it('when a text is very long, then it comes out in pieces no longer than the chunks fed', () => {
    const tokenizer = new XmlTokenizer();
    const pieces: number[] = [];
    tokenizer.write('<t>');
    for (let i = 0; i < 100; i++) for (const t of tokenizer.write('A'.repeat(16_384))) if (t.kind === 'text') pieces.push(t.text.length);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(16_384);
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(100 * 16_384);
  });

  it('when a tag grows past 1 MiB without ending, then it is refused before the next chunk', () => {
    const tokenizer = new XmlTokenizer();
    tokenizer.write('<c r="');
    expect(() => {
      for (let i = 0; i < 100; i++) tokenizer.write('A'.repeat(16_384));
    }).toThrow(/longer than 1 MiB/);
  });
});

describe('decodeEntities', () => {
  it.each<[string, string]>([
    ['a &amp;amp; b', 'a &amp; b'],
    ['&#0; &#x110000; stay', '&#0; &#x110000; stay'],
    ['&#X4E2D;', '中'],
  ])('when the text is %j, then it decodes to %j', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});
