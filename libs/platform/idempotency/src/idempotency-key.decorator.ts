import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_MAX_LENGTH, parseIdempotencyKey } from './idempotency-key.js';
import type { IdempotentOutcome } from './run-once.js';

/** The header in OpenAPI, for a route that reads it itself (the signed intake checks its signature first). */
export const ApiIdempotencyKey = (): MethodDecorator =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      `1–${IDEMPOTENCY_KEY_MAX_LENGTH} 个可打印 ASCII 字符（建议 UUID）。24 小时内以同一键重发相同内容，返回首次结果` +
      '（状态码与响应体相同，响应头 Idempotent-Replayed: true），不重复创建；内容不同返回 422 IDEMPOTENCY_KEY_REUSED。',
  });

const readKey = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  parseIdempotencyKey(ctx.switchToHttp().getRequest<Request>().headers[IDEMPOTENCY_KEY_HEADER]),
);

/**
 * `@IdempotencyKey()`: the request's `Idempotency-Key` (undefined when absent; 400 `IDEMPOTENCY_KEY_INVALID` when
 * malformed), documented on the route from the same place. Read after the guards, so a caller who may not use the
 * route learns nothing from it.
 */
export function IdempotencyKey(): ParameterDecorator {
  return (target, key, index) => {
    readKey()(target, key, index);
    const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) ApiIdempotencyKey()(target, key!, descriptor);
  };
}

/** Sends an idempotent outcome: its status, and a mark on a replay so a client (and a log) can tell. */
export function answerWith<T>(res: Response, outcome: IdempotentOutcome<T>): T {
  res.status(outcome.status);
  if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
  return outcome.body;
}
