import { Inject, Injectable } from '@nestjs/common';
import { systemActor } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Tenancy, TransactionRunner } from '@app/database';
import { ServiceUnavailableError, UnauthorizedError, ValidationError, validationErrorFromZod } from '@app/errors';
import { parseIdempotencyKey, runOnce, type IdempotentOutcome } from '@app/idempotency';
import { IntakeOrder, IntakeOrderBody, SyncUpstreamOrder, type OrderRow } from '@app/orders';
import { verifyIntakeSignature } from './hmac-signature.js';

/** Signatures are remembered well beyond the accepted skew on both sides, then forgotten. */
const REMEMBER_MS = 3600_000;

export interface SignedIntakeRequest {
  rawBody: Buffer | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
  /** The raw `Idempotency-Key` header: read only once the signature has shown who is calling. */
  idempotencyKey: string | undefined;
}

export interface SignedIntakeResult {
  id: string;
  upstreamNo: string;
  status: string;
  version: number;
  created: boolean;
  changedFields: string[];
}

/**
 * `POST /api/intake/orders` for the 12345 platform (DESIGN §5): HMAC over the raw body and timestamp, ±skew,
 * replays refused through a signature memory in the database (works embedded, no Redis). Idempotent by 工单编号:
 * the same order sent twice is created once; later sends with changed fields update it. With an `Idempotency-Key` a
 * resend (re-signed: the signature itself may not be replayed) gets the first answer again, 201 and all.
 */
@Injectable()
export class SignedIntake {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly tenancy: Tenancy,
    private readonly intake: IntakeOrder,
    private readonly sync: SyncUpstreamOrder,
  ) {}

  async execute(request: SignedIntakeRequest): Promise<IdempotentOutcome<SignedIntakeResult>> {
    const secret = this.config.intake.hmacSecret;
    if (!secret) throw new ServiceUnavailableError('INTAKE_API_DISABLED', '平台接口未启用：请配置 INTAKE_HMAC_SECRET');
    if (!request.rawBody) throw new UnauthorizedError('INTAKE_SIGNATURE_INVALID', '请求体为空或不是 JSON，无法校验签名');
    const check = verifyIntakeSignature({
      secret, timestampHeader: request.timestamp, signatureHeader: request.signature, rawBody: request.rawBody,
      now: this.clock.now(), maxSkewSeconds: this.config.intake.maxClockSkewSeconds,
    });
    if (!check.ok) throw new UnauthorizedError(check.code, check.message);

    let json: unknown;
    try {
      json = JSON.parse(request.rawBody.toString('utf8'));
    } catch {
      throw new UnauthorizedError('INTAKE_SIGNATURE_INVALID', '请求体不是有效的 JSON');
    }
    const parsed = IntakeOrderBody.safeParse(json);
    if (!parsed.success) throw validationErrorFromZod(parsed.error);
    const input = parsed.data;
    if (!input.upstreamNo) throw new ValidationError([{ field: 'upstreamNo', message: '平台工单须带工单编号（幂等键）' }]);
    const key = parseIdempotencyKey(request.idempotencyKey);
    const idempotent = key ? { operation: 'intake.orders', key, body: input } : undefined;

    const street = await this.tenancy.defaultStreetCode();
    return this.tx.run(systemActor(street, 'intake-api'), async (t) => {
      await t.manager.query('DELETE FROM intake_request WHERE received_at < $1', [new Date(t.now.getTime() - REMEMBER_MS)]);
      const remembered = (await t.manager.query(
        `INSERT INTO intake_request (signature, street_code, received_at, signed_at, upstream_no) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (signature) DO NOTHING RETURNING signature`,
        [check.signature, street, t.now, check.signedAt, input.upstreamNo],
      )) as unknown[];
      if (!remembered.length) throw new UnauthorizedError('INTAKE_REPLAYED', '重复的签名请求（重放），已拒绝；重发请使用新的时间戳重新签名');

      const outcome = await runOnce(t, idempotent, async () => {
        const [existing] = (await t.manager.query('SELECT * FROM work_order WHERE street_code = $1 AND upstream_no = $2 FOR UPDATE', [street, input.upstreamNo])) as OrderRow[];
        let row: OrderRow;
        let changed: string[] = [];
        if (!existing) row = await this.intake.createIn(t, input, 'api');
        else {
          changed = this.sync.changedFields(existing, input);
          row = changed.length ? await this.sync.applyIn(t, existing, input, changed as never, 'api') : existing;
        }
        const body = { id: row.id, upstreamNo: input.upstreamNo!, status: row.status, version: row.version, created: !existing, changedFields: changed };
        return { status: existing ? 200 : 201, body };
      });
      await t.manager.query('UPDATE intake_request SET order_id = $2 WHERE signature = $1', [check.signature, outcome.body.id]);
      return outcome;
    });
  }
}
