/**
 * A fresh `Idempotency-Key`. `crypto.randomUUID` exists only in a secure context (HTTPS or localhost); a desk served
 * over plain HTTP on the office network still gets 128 random bits from `getRandomValues`, which works everywhere.
 */
export function newIdempotencyKey(source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
