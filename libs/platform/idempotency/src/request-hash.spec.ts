import { describe, expect, it } from '@jest/globals';
import { canonicalJson, requestHash } from './request-hash.js';

describe('canonicalJson', () => {
  it.each<[string, string, unknown]>([
    ['a string', '"工单"', '工单'],
    ['a number', '1.5', 1.5],
    ['null', 'null', null],
    ['undefined', 'null', undefined],
    ['keys out of order', '{"a":2,"b":1}', { b: 1, a: 2 }],
    ['nested objects', '{"z":{"x":[{"a":2,"b":1}],"y":1}}', { z: { y: 1, x: [{ b: 1, a: 2 }] } }],
    ['an undefined member', '{"b":1}', { a: undefined, b: 1 }],
    ['undefined in an array', '[1,null]', [1, undefined]],
    ['a non-finite number', '{"n":null}', { n: Number.NaN }],
    ['a date', '{"at":"2026-11-25T02:00:00.000Z"}', { at: new Date('2026-11-25T02:00:00Z') }],
    ['quotes in a key', '{"a\\"b":1}', { 'a"b': 1 }],
  ])('when the value is %s, then it is written %s', (_name, json, value) => {
    expect(canonicalJson(value)).toBe(json);
  });
});

describe('requestHash', () => {
  it.each<[string, boolean, unknown, unknown]>([
    ['the same keys in another order', true, { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }],
    ['another value', false, { a: 1 }, { a: 2 }],
    ['an array in another order', false, { tags: ['x', 'y'] }, { tags: ['y', 'x'] }],
    ['a number and its string', false, { a: 1 }, { a: '1' }],
    ['an extra member', false, { a: 1 }, { a: 1, b: null }],
  ])('when two bodies differ by %s, then their hashes are equal: %s', (_name, same, one, other) => {
    expect(requestHash(one) === requestHash(other)).toBe(same);
  });

  it('when a body is hashed, then it is 64 hex characters (the column is char(64))', () => {
    expect(requestHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});
