import { describe, expect, it } from '@jest/globals';
import { idempotencyScope, replayOf, type ClaimedKey } from './replay-decision.js';

describe('idempotencyScope', () => {
  it.each<[string, { id: string | null; username: string; streetCode: string }, string]>([
    ['a signed-in user', { id: 'u-1', username: 'operator', streetCode: '110105' }, 'orders.create user:u-1'],
    ['another user', { id: 'u-2', username: 'supervisor', streetCode: '110105' }, 'orders.create user:u-2'],
    ['the signed intake API', { id: null, username: 'intake-api', streetCode: '110105' }, 'orders.create system:110105:intake-api'],
  ])('when the caller is %s, then the scope names them', (_name, actor, scope) => {
    expect(idempotencyScope('orders.create', actor)).toBe(scope);
  });
});

describe('replayOf', () => {
  const first = { status: 201, body: { id: 'o-1' } };
  const claimed = (over: Partial<ClaimedKey> = {}): ClaimedKey => ({ requestHash: 'h1', response: first, ...over });

  it('when the same request comes again, then it gets the first response', () => {
    expect(replayOf(claimed(), 'h1')).toEqual(first);
  });

  it.each<[string, number, string, ClaimedKey | undefined, string]>([
    ['another body', 422, 'IDEMPOTENCY_KEY_REUSED', claimed(), 'h2'],
    ['another body while the first is still open', 422, 'IDEMPOTENCY_KEY_REUSED', claimed({ response: null }), 'h2'],
    ['the first still open', 409, 'IDEMPOTENCY_IN_PROGRESS', claimed({ response: null }), 'h1'],
    ['the claim gone', 409, 'IDEMPOTENCY_IN_PROGRESS', undefined, 'h1'],
  ])('when the repeat meets %s, then it is refused with %i %s', (_name, status, code, stored, hash) => {
    expect(() => replayOf(stored, hash)).toThrow(expect.objectContaining({ status, code }));
  });
});
