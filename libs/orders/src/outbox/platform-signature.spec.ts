import { describe, expect, it } from '@jest/globals';
// The intake side's verifier, imported by path (the lib itself may not depend on intake): it must accept what we send.
import { verifyIntakeSignature } from '../../../intake/src/signing/hmac-signature.js';
import { IDEMPOTENCY_HEADER, signedDeliveryHeaders, signPlatformRequest, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './platform-signature.js';

const secret = 'p'.repeat(40);
const now = new Date('2026-11-25T02:00:00Z');
const body = JSON.stringify({ id: 'm1', topic: 'reply', upstreamNo: 'BJ1', content: '已处理，市民满意。' });
const headers = signedDeliveryHeaders({ secret, rawBody: body, now, messageId: 'm1' });

const verify = (over: Partial<Parameters<typeof verifyIntakeSignature>[0]>) =>
  verifyIntakeSignature({
    secret, timestampHeader: headers[TIMESTAMP_HEADER], signatureHeader: headers[SIGNATURE_HEADER], rawBody: Buffer.from(body),
    now, maxSkewSeconds: 300, ...over,
  });

describe('signed deliveries to the platform', () => {
  it('when the platform checks our request with the intake verifier, then it passes: one scheme both ways', () => {
    expect(verify({})).toMatchObject({ ok: true, signedAt: now });
    expect(headers[IDEMPOTENCY_HEADER]).toBe('m1');
    expect(headers[TIMESTAMP_HEADER]).toBe('1795572000');
  });

  it.each<[string, Partial<Parameters<typeof verifyIntakeSignature>[0]>, string]>([
    ['another secret', { secret: 'q'.repeat(40) }, 'INTAKE_SIGNATURE_INVALID'],
    ['a changed body (another outcome)', { rawBody: Buffer.from(body.replace('满意', '不满意')) }, 'INTAKE_SIGNATURE_INVALID'],
    ['a re-dated request', { timestampHeader: String(Number(headers[TIMESTAMP_HEADER]) + 60) }, 'INTAKE_SIGNATURE_INVALID'],
    ['a delivery replayed an hour later', { now: new Date(now.getTime() + 3600_000) }, 'INTAKE_TIMESTAMP_SKEW'],
  ])('when the receiver sees %s, then it refuses it (%s)', (_case, over, code) => {
    expect(verify(over)).toMatchObject({ ok: false, code });
  });

  it.each([
    ['s'.repeat(40), '1795572000', '{"a":1}'],
    ['another-shared-secret-of-32-chars!', '1700000000', '中文内容'],
  ])('signs like the intake API (secret %s, timestamp %s)', async (key, ts, raw) => {
    const { signIntakeRequest } = await import('../../../intake/src/signing/hmac-signature.js');
    expect(signPlatformRequest(key, ts, raw)).toBe(signIntakeRequest(key, ts, raw));
  });
});
