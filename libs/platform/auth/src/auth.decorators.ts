import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, Permission, Role } from '@app/access';
import { UnauthorizedError } from '@app/errors';

export const ACCESS_RULE = 'hd:access-rule';
/** Every route declares who may call it; a route that declares nothing is refused (safe by default). */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; permissions: Permission[] };

/** Anyone, signed in or not (login, refresh, health, docs). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
/** Any signed-in user, whatever the role (me, logout). */
export const Authenticated = () => SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule);
/** A signed-in user whose role holds at least one of these permissions (the matrix of @app/access). */
export const RequirePermission = (...permissions: Permission[]) =>
  SetMetadata(ACCESS_RULE, { kind: 'permission', permissions } satisfies AccessRule);

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
