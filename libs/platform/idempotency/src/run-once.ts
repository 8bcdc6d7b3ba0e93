import type { Tx } from '@app/database';
import { IDEMPOTENCY_KEY_TTL_MS } from './idempotency-key.js';
import { IdempotencyStore } from './idempotency-store.js';
import { idempotencyScope, replayOf, type RecordedResponse } from './replay-decision.js';
import { requestHash } from './request-hash.js';

/** A request that carried an `Idempotency-Key`: which operation, the key, and the body a repeat must match. */
export interface IdempotentRequest {
  operation: string;
  key: string;
  body: unknown;
}

export interface IdempotentOutcome<T> extends RecordedResponse<T> {
  /** True when this is the first request's response given again (nothing was done this time). */
  replayed: boolean;
}

/**
 * Does `work` once per key, inside the caller's transaction: the key is claimed first and the response recorded
 * last, so the key and what the work wrote commit together — or, when the work throws (a 4xx, a conflict), roll
 * back together and leave the key free for a corrected retry. Concurrent requests with one key are serialised by
 * the claim and all answer with the winner's response. Without a key (`request` undefined) it simply runs `work`.
 */
export async function runOnce<T>(
  t: Pick<Tx, 'manager' | 'actor' | 'now'>,
  request: IdempotentRequest | undefined,
  work: () => Promise<RecordedResponse<T>>,
): Promise<IdempotentOutcome<T>> {
  if (!request) return { ...(await work()), replayed: false };
  const scope = idempotencyScope(request.operation, t.actor);
  const hash = requestHash(request.body);
  const claimed = await IdempotencyStore.claim(t.manager, {
    streetCode: t.actor.streetCode, scope, key: request.key, requestHash: hash, now: t.now,
    expiresAt: new Date(t.now.getTime() + IDEMPOTENCY_KEY_TTL_MS),
  });
  if (!claimed) {
    const first = replayOf(await IdempotencyStore.read(t.manager, scope, request.key), hash) as RecordedResponse<T>;
    return { ...first, replayed: true };
  }
  const response = await work();
  // Only successes are remembered; the failures never get here (they throw, and the claim rolls back with them).
  if (response.status >= 200 && response.status < 300) await IdempotencyStore.record(t.manager, scope, request.key, response);
  return { ...response, replayed: false };
}
