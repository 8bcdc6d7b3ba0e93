import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { can } from '@app/access';
import { ErrorCode, ForbiddenError, TooManyRequestsError, UnauthorizedError } from '@app/errors';
import { ACCESS_RULE, type AccessRule, type AuthenticatedRequest } from './auth.decorators.js';
import { RATE_LIMIT_SCOPE, RequestRateLimiter, type RateLimitScope } from './request-rate-limit.js';
import { SessionResolver } from './session-resolver.js';

/**
 * The one HTTP guard: counts rate-limited routes per client address (before anything else, so a flood costs one
 * upsert per request), resolves the bearer token to a live session and checks the route's declared rule against the
 * permission matrix. A route that declares no rule is refused, so forgetting a decorator fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    private readonly sessions: SessionResolver,
    private readonly limiter: RequestRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new ForbiddenError(ErrorCode.Forbidden, '此接口未声明访问权限');
    }
    await this.limit(context);
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const token = bearerToken(request);
    if (!token) throw new UnauthorizedError(ErrorCode.Unauthenticated, '请先登录');
    const actor = await this.sessions.resolve(token);
    request.actor = actor;

    if (rule.kind === 'permission' && !rule.permissions.some((p) => can(actor.role, p))) {
      throw new ForbiddenError(ErrorCode.Forbidden, '当前角色没有执行此操作的权限', { required: rule.permissions, role: actor.role });
    }
    return true;
  }

  private async limit(context: ExecutionContext): Promise<void> {
    const scope = this.reflector.getAllAndOverride<RateLimitScope | undefined>(RATE_LIMIT_SCOPE, [context.getHandler(), context.getClass()]);
    if (!scope) return;
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    try {
      await this.limiter.enforce(scope, request.ip ?? 'unknown');
    } catch (error) {
      if (error instanceof TooManyRequestsError) http.getResponse<Response>().setHeader('Retry-After', String(error.details.retryAfterSeconds));
      throw error;
    }
  }
}

function bearerToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const [scheme, value] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && value ? value : null;
}
