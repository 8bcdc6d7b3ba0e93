import { Controller, Headers, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, RateLimited } from '@app/auth';
import { answerWith, ApiIdempotencyKey, IDEMPOTENCY_KEY_HEADER } from '@app/idempotency';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from './hmac-signature.js';
import { SignedIntake } from './signed-intake.use-case.js';

@ApiTags('intake 接单')
@Controller('intake/orders')
export class SignedIntakeController {
  constructor(private readonly intake: SignedIntake) {}

  /** Public to the session guard: the HMAC signature is this route's authentication. */
  @Post()
  @Public()
  @RateLimited('intake')
  @ApiOperation({
    summary: '12345 平台推送工单（HMAC-SHA256 签名，按工单编号幂等）',
    description:
      `签名 = "sha256=" + hex(HMAC-SHA256(共享密钥, 时间戳 + "." + 原始请求体))，放在 ${SIGNATURE_HEADER}；时间戳为 Unix 秒，放在 ${TIMESTAMP_HEADER}。` +
      '与服务器时间相差超过 5 分钟、签名错误或重放的请求返回 401。新工单 201，已存在的工单编号 200（字段有变化则更新）。' +
      '重发须重新签名；带 Idempotency-Key 时重发得到首次的结果。',
  })
  @ApiHeader({ name: TIMESTAMP_HEADER, required: true })
  @ApiHeader({ name: SIGNATURE_HEADER, required: true })
  @ApiIdempotencyKey()
  @ApiBody({ schema: { type: 'object', required: ['upstreamNo', 'channel', 'receivedAt', 'address', 'type', 'content'] } })
  async receive(
    @Req() req: Request & { rawBody?: Buffer },
    @Headers(TIMESTAMP_HEADER) timestamp: string | undefined,
    @Headers(SIGNATURE_HEADER) signature: string | undefined,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return answerWith(res, await this.intake.execute({ rawBody: req.rawBody, timestamp, signature, idempotencyKey }));
  }
}
