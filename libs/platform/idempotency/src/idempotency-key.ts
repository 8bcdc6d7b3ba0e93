import { BadRequestError } from '@app/errors';

/** The request header a client sets to make a create safe to retry (lower case: how Node names headers). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** A key answers with its first result for this long; after it the same key starts afresh. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3600_000;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

// Printable ASCII (space to tilde): what any client can put in a header unencoded, and what a person can read in a log.
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * The header's key, or undefined when the client sent none (the request is then simply not idempotent). A header
 * sent but unusable is refused rather than ignored: the client believes its retries are safe, and they would not be.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  // Node joins a repeated header into one string, but an array can still come from other adapters: two keys are one too many.
  const key = Array.isArray(header) ? null : header;
  if (key === null || key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH || !PRINTABLE_ASCII.test(key)) {
    throw new BadRequestError(
      'IDEMPOTENCY_KEY_INVALID',
      `Idempotency-Key 请求头无效：须为 1–${IDEMPOTENCY_KEY_MAX_LENGTH} 个可打印 ASCII 字符（建议使用 UUID）`,
      { header: 'Idempotency-Key' },
    );
  }
  return key;
}
