import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { databaseErrorResponse, databaseUnavailableResponse, DATABASE_RETRY_AFTER_SECONDS } from './database-errors.js';
import { DomainError } from './domain-error.js';
import type { ErrorBody } from './error-body.js';

/** Maps every error to `{ code, message (中文), details }`; unknown errors become 500 without leaking internals. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request & { id?: string }>();
    const { status, body } = toErrorResponse(exception);
    if (status === 503) this.logger.warn({ err: exception, requestId: req.id }, 'dependency unavailable');
    else if (status >= 500) this.logger.error({ err: exception, requestId: req.id }, 'unhandled error');
    else if (body.details.sqlState || body.details.constraint !== undefined) this.logger.warn({ err: exception, requestId: req.id }, 'database refused the request');
    if (res.headersSent) return;
    if (body.code === 'DATABASE_UNAVAILABLE') res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    res.status(status).json({ ...body, requestId: req.id });
  }
}

const HTTP_DEFAULTS: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', '请求无效'],
  401: ['AUTH_UNAUTHENTICATED', '请先登录'],
  403: ['FORBIDDEN', '没有执行此操作的权限'],
  404: ['NOT_FOUND', '请求的资源不存在'],
  405: ['METHOD_NOT_ALLOWED', '不支持的请求方法'],
  409: ['CONFLICT', '数据已被他人修改，请刷新后重试'],
  413: ['PAYLOAD_TOO_LARGE', '上传内容过大'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型'],
  429: ['TOO_MANY_REQUESTS', '请求过于频繁，请稍后再试'],
};

export function toErrorResponse(exception: unknown): { status: number; body: ErrorBody } {
  if (exception instanceof DomainError) {
    return { status: exception.status, body: { code: exception.code, message: exception.message, details: exception.details } };
  }
  // body-parser errors (malformed JSON, too large) carry a status and a type; Nest wraps them as the cause.
  const parserError = ((exception as { cause?: unknown })?.cause ?? exception) as { status?: number; type?: string };
  if (parserError && typeof parserError.status === 'number' && typeof parserError.type === 'string') {
    if (parserError.type === 'entity.parse.failed') {
      return { status: 400, body: { code: 'MALFORMED_JSON', message: '请求体不是有效的 JSON', details: {} } };
    }
    if (parserError.type === 'entity.too.large') {
      return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: '请求体过大', details: {} } };
    }
  }
  const database = databaseErrorResponse(exception) ?? databaseUnavailableResponse(exception);
  if (database) return database;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const [code, message] = HTTP_DEFAULTS[status] ?? (status >= 500 ? ['INTERNAL_ERROR', '服务器内部错误'] : ['HTTP_ERROR', '请求失败']);
    return { status, body: { code, message, details: {} } };
  }
  return { status: 500, body: { code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后重试或联系管理员', details: {} } };
}
