import { describe, expect, it } from '@jest/globals';
import { signIntakeRequest, verifyIntakeSignature } from './hmac-signature.js';

const secret = 's'.repeat(40);
const body = Buffer.from('{"upstreamNo":"BJ1"}');
const now = new Date('2026-11-25T02:00:00Z');
const ts = String(now.getTime() / 1000);

const check = (over: Partial<Parameters<typeof verifyIntakeSignature>[0]>) =>
  verifyIntakeSignature({ secret, timestampHeader: ts, signatureHeader: signIntakeRequest(secret, ts, body), rawBody: body, now, maxSkewSeconds: 300, ...over });

describe('verifyIntakeSignature', () => {
  it('when the request is signed with the shared secret, then it passes', () => {
    expect(check({})).toMatchObject({ ok: true, signedAt: now });
  });

  it.each<[string, Partial<Parameters<typeof verifyIntakeSignature>[0]>, string]>([
    ['no signature header', { signatureHeader: undefined }, 'INTAKE_SIGNATURE_MISSING'],
    ['no timestamp header', { timestampHeader: undefined }, 'INTAKE_SIGNATURE_MISSING'],
    ['another secret', { signatureHeader: signIntakeRequest('x'.repeat(40), ts, body) }, 'INTAKE_SIGNATURE_INVALID'],
    ['a changed body', { rawBody: Buffer.from('{"upstreamNo":"BJ2"}') }, 'INTAKE_SIGNATURE_INVALID'],
    ['a re-dated request', { timestampHeader: String(Number(ts) + 1) }, 'INTAKE_SIGNATURE_INVALID'],
    ['a timestamp in milliseconds', { timestampHeader: String(now.getTime()) }, 'INTAKE_SIGNATURE_INVALID'],
    ['5 min 1 s old', { now: new Date(now.getTime() + 301_000) }, 'INTAKE_TIMESTAMP_SKEW'],
    ['5 min 1 s in the future', { now: new Date(now.getTime() - 301_000) }, 'INTAKE_TIMESTAMP_SKEW'],
  ])('when the request has %s, then it is refused with its code', (_name, over, code) => {
    expect(check(over)).toMatchObject({ ok: false, code, message: expect.any(String) });
  });

  it('when the request is exactly 5 minutes old, then it still passes', () => {
    expect(check({ now: new Date(now.getTime() + 300_000) }).ok).toBe(true);
  });
});
