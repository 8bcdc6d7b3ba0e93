import { describe, expect, it } from '@jest/globals';
import { newIdempotencyKey } from './idempotency-key';

describe('newIdempotencyKey', () => {
  it('when the page is a secure context, then the key is a UUID', () => {
    expect(newIdempotencyKey(crypto)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('when randomUUID is missing (plain HTTP), then the key is 32 random hex digits, new each time', () => {
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    const one = newIdempotencyKey(insecure);
    expect(one).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey(insecure)).not.toBe(one);
  });
});
