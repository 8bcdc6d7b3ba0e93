import { timingSafeEqual } from 'node:crypto';
import { SIGNATURE_HEADER, signPlatformRequest, TIMESTAMP_HEADER } from '@app/orders';

/** Headers of a signed intake request: the one scheme of the platform link, defined in `@app/orders`. */
export { SIGNATURE_HEADER, TIMESTAMP_HEADER };

export type SignatureFailure = { ok: false; code: 'INTAKE_SIGNATURE_MISSING' | 'INTAKE_SIGNATURE_INVALID' | 'INTAKE_TIMESTAMP_SKEW'; message: string };
export type SignatureCheck = { ok: true; signedAt: Date; signature: string } | SignatureFailure;

/**
 * `sha256=<hex>` of HMAC-SHA256(secret, "<timestamp>.<raw body>"), the timestamp in Unix seconds: the platform signs
 * its intake requests the way the desk signs its deliveries to the platform (one scheme both ways).
 */
export const signIntakeRequest = signPlatformRequest;

export function verifyIntakeSignature(args: {
  secret: string;
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
  rawBody: Buffer;
  now: Date;
  maxSkewSeconds: number;
}): SignatureCheck {
  const { timestampHeader, signatureHeader } = args;
  if (!timestampHeader || !signatureHeader) {
    return { ok: false, code: 'INTAKE_SIGNATURE_MISSING', message: `缺少签名：请求须带 ${TIMESTAMP_HEADER} 与 ${SIGNATURE_HEADER} 请求头` };
  }
  if (!/^\d{9,11}$/.test(timestampHeader)) {
    return { ok: false, code: 'INTAKE_SIGNATURE_INVALID', message: `${TIMESTAMP_HEADER} 应为 Unix 时间戳（秒）` };
  }
  const expected = Buffer.from(signIntakeRequest(args.secret, timestampHeader, args.rawBody));
  const given = Buffer.from(signatureHeader.trim());
  // Constant-time comparison: the time taken must not tell an attacker how many leading characters were right.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, code: 'INTAKE_SIGNATURE_INVALID', message: '签名校验失败：请确认共享密钥与签名算法（HMAC-SHA256，签名内容为“时间戳.请求体”）' };
  }
  const signedAt = new Date(Number(timestampHeader) * 1000);
  if (Math.abs(args.now.getTime() - signedAt.getTime()) > args.maxSkewSeconds * 1000) {
    return { ok: false, code: 'INTAKE_TIMESTAMP_SKEW', message: `请求时间戳与服务器时间相差超过 ${Math.round(args.maxSkewSeconds / 60)} 分钟，已拒绝` };
  }
  return { ok: true, signedAt, signature: expected.toString().slice('sha256='.length) };
}
