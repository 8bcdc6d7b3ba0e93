import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Role } from '@app/access';
import { DATA_SOURCE } from '@app/database';
import { ErrorCode, UnauthorizedError } from '@app/errors';
import type { SessionActor } from './auth.decorators.js';
import { TokenService } from './token.service.js';

/**
 * Access token → live session → current user. Checking the session on each request makes logout, a detected token
 * reuse, a disabled account and a role change take effect at once rather than when the JWT expires.
 */
@Injectable()
export class SessionResolver {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async resolve(accessToken: string): Promise<SessionActor> {
    const claims = this.tokens.verifyAccess(accessToken);
    const [row] = (await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.role, u.unit_id, u.street_code, u.active, s.revoked_at
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND u.id = $2`,
      [claims.sid, claims.sub],
    )) as { id: string; username: string; display_name: string; role: Role; unit_id: string | null; street_code: string; active: boolean; revoked_at: Date | null }[];
    if (!row || row.revoked_at) throw new UnauthorizedError(ErrorCode.TokenInvalid, '登录已失效，请重新登录');
    if (!row.active) throw new UnauthorizedError(ErrorCode.AccountDisabled, '账号已停用，请联系管理员');
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      unitId: row.unit_id,
      streetCode: row.street_code,
      sessionId: claims.sid,
    };
  }
}
