import { describe, expect, it } from '@jest/globals';
import { findUnstorableText } from './control-characters.js';
import { RejectNulBytesPipe } from './reject-nul-bytes.pipe.js';

describe('findUnstorableText', () => {
  it.each([
    ['a clean body', { a: 'x', b: [1, 'y', { c: null }] }, '', null],
    ['a string', 'a\u0000b', '', '(value)'],
    ['a field', { content: 'x\u0000' }, '', 'content'],
    ['an array element', { tags: ['ok', 'b\u0000d'] }, '', 'tags[1]'],
    ['a nested field', { a: { b: [{ c: '\u0000' }] } }, '', 'a.b[0].c'],
    ['an object key', { ['k\u0000']: 1 }, '', 'k\\u0000'],
    ['a query value under its root', { q: 'x\u0000' }, 'query', 'query.q'],
    ['other control characters (allowed)', { a: '\t\n\r\u0001' }, '', null],
    ['a Buffer (file bytes are not inspected)', { file: Buffer.from([0, 0, 0]) }, '', null],
    ['numbers, booleans, undefined', { a: 1, b: true, c: undefined }, '', null],
    ['surrogate pairs (emoji, rare characters)', { a: '😀𠀀', b: ['\ud83d\ude00'] }, '', null],
  ])('when %s, then %s', (_name, value, root, expected) => {
    expect(findUnstorableText(value, root)?.path ?? null).toBe(expected);
  });

  // Found by fuzzing (issue 13): jsonb refuses a lone surrogate's escape, so the timeline or audit insert was a 500.
  it.each<[string, string, unknown]>([
    ['a high surrogate at the end (an emoji cut in half)', 'note', { note: '请处理\ud83d' }],
    ['a low surrogate at the start', 'content', { content: '\udfff楼道' }],
    ['a low surrogate after a complete pair', 'content', { content: '😀\ude00' }],
    ['an array element', 'tags[1]', { tags: ['ok', '\ud800x'] }],
    ['an object key', 'k\\udc00', { ['k\udc00']: 1 }],
  ])('when %s, then a lone surrogate at %s', (_name, path, value) => {
    expect(findUnstorableText(value)).toEqual({ path, kind: 'lone-surrogate' });
  });

  it('when a body is nested 100 000 levels deep, then it is walked without overflowing the stack', () => {
    let deep: unknown = 'end\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toEqual({ path: expect.stringMatching(/^\[0\]/), kind: 'nul' });
  });
});

describe('RejectNulBytesPipe', () => {
  const pipe = new RejectNulBytesPipe();
  it('when a body, query or path parameter holds U+0000, then INVALID_CHARACTER naming where', () => {
    expect(() => pipe.transform({ content: 'a\u0000' }, { type: 'body' })).toThrow(expect.objectContaining({ code: 'INVALID_CHARACTER', status: 400, details: { field: 'content' } }));
    expect(() => pipe.transform('S\u000001', { type: 'param', data: 'code' })).toThrow(expect.objectContaining({ details: { field: 'param.code' } }));
    expect(() => pipe.transform({ q: '\u0000' }, { type: 'query' })).toThrow(expect.objectContaining({ details: { field: 'query.q' } }));
  });

  it('when a body holds a lone surrogate, then INVALID_CHARACTER saying so', () => {
    expect(() => pipe.transform({ content: 'a\ud800' }, { type: 'body' })).toThrow(
      expect.objectContaining({ code: 'INVALID_CHARACTER', status: 400, details: { field: 'content' }, message: expect.stringMatching(/不成对的代理项/) }),
    );
  });

  it('when the value is clean or a custom parameter (the uploaded file, the actor), then it passes through untouched', () => {
    const body = { content: 'ok' };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    const file = { originalname: 'a.xlsx', buffer: Buffer.from('a\u0000b') , note: 'x\u0000' };
    expect(pipe.transform(file, { type: 'custom' })).toBe(file);
  });
});
