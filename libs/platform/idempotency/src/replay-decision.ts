import type { Actor } from '@app/access';
import { ConflictError, UnprocessableEntityError } from '@app/errors';

/** A response as it went out the first time: what a repeat of the request gets back. */
export interface RecordedResponse<T = unknown> {
  status: number;
  body: T;
}

/** What the table holds for a key another request has claimed. */
export interface ClaimedKey {
  requestHash: string;
  /** Null only while the first request's transaction is open (never seen by others: it commits with the response). */
  response: RecordedResponse | null;
}

/**
 * Keys are the client's own names, so they are kept apart per operation and per caller: two operators who both
 * happen to send "1" never see each other's orders, and a key used on one endpoint means nothing on another.
 * A signed-in user is named by id; a system caller (the signed intake API) by its street and job.
 */
export function idempotencyScope(operation: string, actor: Pick<Actor, 'id' | 'username' | 'streetCode'>): string {
  const caller = actor.id ? `user:${actor.id}` : `system:${actor.streetCode}:${actor.username}`;
  return `${operation} ${caller}`;
}

/** A repeat of a claimed key: the first response if the request is the same, a refusal otherwise. */
export function replayOf(claimed: ClaimedKey | undefined, requestHash: string): RecordedResponse {
  if (claimed && claimed.requestHash !== requestHash) {
    throw new UnprocessableEntityError(
      'IDEMPOTENCY_KEY_REUSED',
      '该幂等键（Idempotency-Key）已用于内容不同的请求：首次请求已处理，不能借同一键改动内容；如需提交新内容，请刷新页面重新录入或换用新的键',
    );
  }
  if (!claimed?.response) {
    // The claim vanished between our insert and read (pruned, or its transaction rolled back just then): rare
    // enough that the client's ordinary retry is the right answer.
    throw new ConflictError('IDEMPOTENCY_IN_PROGRESS', '相同幂等键的请求正在处理中，请稍后重试');
  }
  return claimed.response;
}
