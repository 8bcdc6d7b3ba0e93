import { createHmac } from 'node:crypto';

/**
 * The platform link's signature, both ways: the desk signs its deliveries to the platform with it, and the intake
 * API verifies the platform's requests with it (`libs/intake/src/signing/hmac-signature.ts` imports it from here).
 * `X-HD-Timestamp` in Unix seconds and `X-HD-Signature: sha256=<hex>` of HMAC-SHA256 over "<timestamp>.<raw body>":
 * signing the timestamp with the body means an old request cannot be re-dated, and the raw bytes (not re-serialised
 * JSON) make the check independent of key order and whitespace.
 */
export const SIGNATURE_HEADER = 'x-hd-signature';
export const TIMESTAMP_HEADER = 'x-hd-timestamp';
/** The outbox message id: the receiver drops a second delivery of the same message. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

export function signPlatformRequest(secret: string, timestamp: number | string, rawBody: Buffer | string): string {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.`);
  mac.update(rawBody);
  return `sha256=${mac.digest('hex')}`;
}

/** The headers of one signed delivery. */
export function signedDeliveryHeaders(args: { secret: string; rawBody: string; now: Date; messageId: string }): Record<string, string> {
  const timestamp = String(Math.floor(args.now.getTime() / 1000));
  return {
    'content-type': 'application/json; charset=utf-8',
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: signPlatformRequest(args.secret, timestamp, args.rawBody),
    [IDEMPOTENCY_HEADER]: args.messageId,
  };
}
