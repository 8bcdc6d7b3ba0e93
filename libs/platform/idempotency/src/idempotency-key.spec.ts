import { describe, expect, it } from '@jest/globals';
import { parseIdempotencyKey } from './idempotency-key.js';

describe('parseIdempotencyKey', () => {
  it.each<[string, string]>([
    ['a UUID', '5f0c6a52-8d1e-4a3b-9c7d-2e4f6a8b0c1d'],
    ['one character', 'k'],
    ['200 characters', 'k'.repeat(200)],
    ['spaces and punctuation', 'order 2026/11/25 #7 ~retry'],
  ])('when the key is %s, then it is taken as sent', (_name, key) => {
    expect(parseIdempotencyKey(key)).toBe(key);
  });

  it('when there is no header, then there is no key (the request is simply not idempotent)', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it.each<[string, string | string[]]>([
    ['empty', ''],
    ['201 characters', 'k'.repeat(201)],
    ['Chinese', '工单-1'],
    ['a control character', 'key\u0007'],
    ['a tab', 'key\tkey'],
    ['sent twice', ['a', 'b']],
  ])('when the key is %s, then 400 IDEMPOTENCY_KEY_INVALID', (_name, header) => {
    expect(() => parseIdempotencyKey(header)).toThrow(expect.objectContaining({ status: 400, code: 'IDEMPOTENCY_KEY_INVALID' }));
  });
});
