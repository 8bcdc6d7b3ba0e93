import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Actor, Permission, Role } from '@app/access';
import { UnauthorizedError } from '@app/errors';

export const ACCESS_RULE = 'hd:access-rule';
/** Every route declares who may call it; a route that declares nothing is refused (safe by default). */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; permissions: Permission[] };
/**
 * The rule as the OpenAPI document shows it on each operation, so clients and the access-table test read who may
 * call a route from the same declaration the guard enforces.
 */
export const ACCESS_EXTENSION = 'x-access';

const declareAccess = (rule: AccessRule) => applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiExtension(ACCESS_EXTENSION, rule));

/** Anyone, signed in or not (login, refresh, health, docs). */
export const Public = () => declareAccess({ kind: 'public' });
/** Any signed-in user, whatever the role (me, logout). */
export const Authenticated = () => declareAccess({ kind: 'authenticated' });
/** A signed-in user whose role holds at least one of these permissions (the matrix of @app/access). */
export const RequirePermission = (...permissions: Permission[]) => declareAccess({ kind: 'permission', permissions });

export interface AuthenticatedRequest {
  actor?: SessionActor;
}

/** The signed-in user as the guard resolved it for this request. */
export interface SessionActor extends Actor {
  id: string;
  role: Role;
  sessionId: string;
}

export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): SessionActor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new UnauthorizedError('AUTH_UNAUTHENTICATED', '请先登录');
  return actor;
});
