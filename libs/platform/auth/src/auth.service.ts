import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { formatShanghai } from '@app/calendar';
import { permissionsOf, dataScopeOf, ROLE_LABELS, type Actor, type Role } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE, Tenancy, TransactionRunner, type Tx } from '@app/database';
import { Rooms } from '@app/realtime';
import { ConflictError, ErrorCode, ForbiddenError, LockedError, UnauthorizedError, type DomainError } from '@app/errors';
import type { SessionActor } from './auth.decorators.js';
import { dummyPasswordHash, PasswordHasher } from './password-hasher.js';
import { SessionStore } from './session-store.js';
import { hashRefreshToken, TokenService } from './token.service.js';
import { LOCKOUT_POLICY, shouldLock } from './lockout-policy.js';
import { isRefreshRace, SessionErrorCode } from './session-policy.js';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface SessionTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
  /** The sign-in session (refresh-token family): tabs of one browser check they still share it. */
  sessionId: string;
  /** SESSION_IDLE_TIMEOUT: the web UI warns and signs out after this long without user activity. */
  idleTimeoutSeconds: number;
}

interface UserRow {
  id: string;
  street_code: string;
  username: string;
  display_name: string;
  role: Role;
  unit_id: string | null;
  password_hash: string;
  active: boolean;
  locked_until: Date | null;
}

/** Sign-in, refresh-token rotation with reuse detection, logout and lockout (DESIGN §1). */
@Injectable()
export class AuthService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly tokens: TokenService,
    private readonly tenancy: Tenancy,
  ) {}

  async login(username: string, password: string, client: ClientInfo): Promise<SessionTokens & { user: ReturnType<typeof profileOf> }> {
    const [user] = (await this.dataSource.query(
      `SELECT u.id, u.street_code, s.name AS street_name, u.username, u.display_name, u.role, u.unit_id, u.password_hash, u.active, u.locked_until
         FROM app_user u JOIN street s ON s.code = u.street_code WHERE lower(u.username) = lower($1)`,
      [username],
    )) as (UserRow & { street_name: string })[];
    if (!user) {
      await PasswordHasher.verify(await dummyPasswordHash(), password);
      const streetCode = await this.tenancy.defaultStreetCode();
      await this.tx.run(anonymous(username, streetCode), async (t) => {
        await t.manager.query(`INSERT INTO login_attempt (username, at, success, ip) VALUES ($1, $2, false, $3)`, [username, t.now, client.ip]);
        t.audit({ action: 'auth.login_failed', entityType: 'user', entityId: null, after: { username, reason: 'unknown_user' } });
      });
      throw invalidCredentials();
    }
    const actor = actorOf(user);
    // The guess is counted before it is checked, so concurrent sign-ins can never all pass an unwritten lock.
    const attemptId = await this.reserveAttempt(actor, client);
    const passwordOk = await PasswordHasher.verify(user.password_hash, password);
    if (!passwordOk) {
      const lockedUntil = await this.recordFailure(actor, client);
      throw lockedUntil ? lockedError(lockedUntil) : invalidCredentials();
    }
    if (!user.active) throw new ForbiddenError(ErrorCode.AccountDisabled, '账号已停用，请联系管理员');

    const tokens = await this.tx.run(actor, async (t) => {
      // The reserved attempt becomes the success that ends the run of failures (and any lock it caused).
      await t.manager.query(`UPDATE login_attempt SET success = true, at = $2 WHERE id = $1`, [attemptId, t.now]);
      await t.manager.query(`UPDATE app_user SET locked_until = NULL WHERE id = $1 AND locked_until IS NOT NULL`, [user.id]);
      const absoluteExpiresAt = new Date(t.now.getTime() + this.config.auth.maxLifetimeSeconds * 1000);
      const sessionId = await SessionStore.createSession(t.manager, { userId: user.id, now: t.now, absoluteExpiresAt, ...client });
      const issued = await this.issue(t.manager, user, sessionId, t.now, absoluteExpiresAt);
      t.audit({ action: 'auth.login', entityType: 'user', entityId: user.id, after: { sessionId, ip: client.ip } });
      return issued;
    });
    return { ...tokens, user: profileOf(user) };
  }

  /**
   * Rotates a refresh token. A token presented twice means it leaked: the whole session (family) is revoked —
   * except, with `tolerateRace` (the browser cookie), within seconds of its first use: two tabs raced.
   */
  async refresh(refreshToken: string, { tolerateRace = false } = {}): Promise<SessionTokens> {
    const hash = hashRefreshToken(refreshToken);
    const streetCode = await this.tenancy.defaultStreetCode();
    const outcome = await this.tx.run(anonymous('refresh', streetCode), async (t) => {
      const row = await SessionStore.findRefresh(t.manager, hash);
      if (!row || row.revoked_at) return { error: new UnauthorizedError(ErrorCode.RefreshInvalid, '登录已失效，请重新登录') };
      const [user] = (await t.manager.query(
        `SELECT id, street_code, username, display_name, role, unit_id, active FROM app_user WHERE id = $1`,
        [row.user_id],
      )) as UserRow[];
      const userActor = actorOf(user);
      if (row.used_at || !(await SessionStore.markUsed(t.manager, row.id, t.now))) {
        if (tolerateRace && isRefreshRace(row.used_at, t.now)) {
          return { error: new ConflictError(SessionErrorCode.RefreshRace, '登录状态正在刷新，请重试') };
        }
        await SessionStore.revokeSession(t.manager, row.session_id, t.now, 'refresh_reuse');
        t.emit('session.ended', [Rooms.session(row.session_id)], { reason: 'revoked' });
        t.audit({ action: 'auth.refresh_reuse', entityType: 'session', entityId: row.session_id, after: { revoked: true, byUser: userActor.username } });
        return { error: new UnauthorizedError(ErrorCode.RefreshReused, '检测到登录凭证被重复使用，为安全起见已注销该会话，请重新登录') };
      }
      if (row.absolute_expires_at <= t.now) {
        await SessionStore.revokeSession(t.manager, row.session_id, t.now, 'expired');
        t.emit('session.ended', [Rooms.session(row.session_id)], { reason: 'revoked' });
        return { error: new UnauthorizedError(SessionErrorCode.SessionExpired, '登录已达最长有效期，请重新登录') };
      }
      if (row.expires_at <= t.now) {
        await SessionStore.revokeSession(t.manager, row.session_id, t.now, 'idle');
        t.emit('session.ended', [Rooms.session(row.session_id)], { reason: 'revoked' });
        return { error: new UnauthorizedError(ErrorCode.SessionIdle, '长时间未操作，登录已超时，请重新登录') };
      }
      if (!user.active) return { error: new ForbiddenError(ErrorCode.AccountDisabled, '账号已停用，请联系管理员') };
      await SessionStore.touchSession(t.manager, row.session_id, t.now);
      return { tokens: await this.issue(t.manager, user, row.session_id, t.now, row.absolute_expires_at) };
    });
    if ('error' in outcome) throw outcome.error as DomainError;
    return outcome.tokens;
  }

  async logout(actor: Actor & { sessionId: string }): Promise<void> {
    await this.tx.run(actor, async (t) => {
      if (await SessionStore.revokeSession(t.manager, actor.sessionId, t.now, 'logout')) {
        t.audit({ action: 'auth.logout', entityType: 'session', entityId: actor.sessionId });
        t.emit('session.ended', [Rooms.session(actor.sessionId)], { reason: 'logout' });
      }
    });
  }

  /**
   * Logout by the refresh token (the browser's cookie): the idle sign-out often happens after the access token
   * expired, and the session must still end on the server. False when the token belongs to no live session.
   */
  async logoutByRefreshToken(refreshToken: string): Promise<boolean> {
    const row = await SessionStore.findRefresh(this.dataSource.manager, hashRefreshToken(refreshToken));
    if (!row || row.revoked_at) return false;
    const [user] = (await this.dataSource.query(
      `SELECT id, street_code, username, display_name, role, unit_id FROM app_user WHERE id = $1`,
      [row.user_id],
    )) as UserRow[];
    await this.logout({ ...actorOf(user), sessionId: row.session_id });
    return true;
  }

  /**
   * Reserves one guess (DESIGN §1, issue 13): under the user's row lock, refuses while locked or once the window's
   * failures — counting guesses still being checked — reach the limit, else records the attempt as a failure that a
   * right password turns into a success. The lock is held for two short statements, not across the slow hash, so
   * at most LOCKOUT_POLICY.maxFailures passwords are ever checked per window, however many arrive at once.
   */
  private async reserveAttempt(actor: Actor, client: ClientInfo): Promise<string> {
    const outcome = await this.tx.run(actor, async (t): Promise<{ locked: Date } | { attemptId: string }> => {
      const [row] = (await t.manager.query(`SELECT locked_until FROM app_user WHERE id = $1 FOR UPDATE`, [actor.id])) as { locked_until: Date | null }[];
      if (row.locked_until && row.locked_until > t.now) return { locked: row.locked_until };
      const failures = await countFailures(t.manager, actor.id!, t.now);
      if (shouldLock(failures)) return { locked: await this.lock(t, actor, failures) };
      const [attempt] = (await t.manager.query(
        `INSERT INTO login_attempt (username, user_id, at, success, ip) VALUES ($1, $2, $3, false, $4) RETURNING id`,
        [actor.username, actor.id, t.now, client.ip],
      )) as { id: string }[];
      return { attemptId: String(attempt.id) };
    });
    if ('locked' in outcome) throw lockedError(outcome.locked);
    return outcome.attemptId;
  }

  /** A wrong password: its reserved attempt already counts; lock when it was the last one the window allows. */
  private async recordFailure(actor: Actor, client: ClientInfo): Promise<Date | null> {
    return this.tx.run(actor, async (t) => {
      t.audit({ action: 'auth.login_failed', entityType: 'user', entityId: actor.id, after: { reason: 'wrong_password', ip: client.ip } });
      await t.manager.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [actor.id]);
      const failures = await countFailures(t.manager, actor.id!, t.now);
      return shouldLock(failures) ? this.lock(t, actor, failures) : null;
    });
  }

  private async lock(t: Tx, actor: Actor, failures: number): Promise<Date> {
    const [current] = (await t.manager.query(`SELECT locked_until FROM app_user WHERE id = $1`, [actor.id])) as { locked_until: Date | null }[];
    if (current?.locked_until && current.locked_until > t.now) return current.locked_until;
    const lockedUntil = new Date(t.now.getTime() + LOCKOUT_POLICY.lockMs);
    await t.manager.query(`UPDATE app_user SET locked_until = $2, updated_at = $3 WHERE id = $1`, [actor.id, lockedUntil, t.now]);
    t.audit({ action: 'auth.account_locked', entityType: 'user', entityId: actor.id, before: { lockedUntil: null }, after: { lockedUntil, failures } });
    return lockedUntil;
  }

  private async issue(
    manager: Parameters<typeof SessionStore.addRefreshToken>[0],
    user: Pick<UserRow, 'id' | 'role'>,
    sessionId: string,
    now: Date,
    absoluteExpiresAt: Date,
  ): Promise<SessionTokens> {
    const refresh = this.tokens.newRefreshToken();
    const idleExpiry = now.getTime() + this.config.auth.idleTimeoutSeconds * 1000;
    const expiresAt = new Date(Math.min(idleExpiry, new Date(absoluteExpiresAt).getTime()));
    await SessionStore.addRefreshToken(manager, { sessionId, hash: refresh.hash, now, expiresAt });
    const access = this.tokens.signAccess({ sub: user.id, sid: sessionId, role: user.role });
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      refreshToken: refresh.token,
      refreshExpiresAt: expiresAt.toISOString(),
      sessionId,
      idleTimeoutSeconds: this.config.auth.idleTimeoutSeconds,
    };
  }

  /** `GET /api/me`: the signed-in user with their street's name (the web UI's header; nothing street-specific is built in). */
  async profile(actor: SessionActor) {
    const [street] = (await this.dataSource.query('SELECT name FROM street WHERE code = $1', [actor.streetCode])) as { name: string }[];
    return profileOf({
      id: actor.id, username: actor.username, display_name: actor.displayName, role: actor.role,
      unit_id: actor.unitId, street_code: actor.streetCode, street_name: street?.name ?? null,
    });
  }
}

export function profileOf(user: Pick<UserRow, 'id' | 'username' | 'display_name' | 'role' | 'unit_id' | 'street_code'> & { street_name: string | null }) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    unitId: user.unit_id,
    streetCode: user.street_code,
    streetName: user.street_name,
    permissions: permissionsOf(user.role),
    dataScope: dataScopeOf({ role: user.role, unitId: user.unit_id }),
  };
}

function actorOf(user: Pick<UserRow, 'id' | 'username' | 'display_name' | 'role' | 'unit_id' | 'street_code'>): Actor {
  return { id: user.id, username: user.username, displayName: user.display_name, role: user.role, unitId: user.unit_id, streetCode: user.street_code };
}

/** Failed attempts (and guesses still being checked) in the window since the last successful sign-in or unlock. */
async function countFailures(manager: EntityManager, userId: string, now: Date): Promise<number> {
  const [{ failures }] = (await manager.query(
    `SELECT count(*)::int AS failures FROM login_attempt
      WHERE user_id = $1 AND success = false AND at > $2
        AND at > coalesce((SELECT max(at) FROM login_attempt WHERE user_id = $1 AND success), '-infinity')
        AND at > coalesce((SELECT failures_reset_at FROM app_user WHERE id = $1), '-infinity')`,
    [userId, new Date(now.getTime() - LOCKOUT_POLICY.windowMs)],
  )) as { failures: number }[];
  return failures;
}

function anonymous(username: string, streetCode: string): Actor {
  return { id: null, username, displayName: username, role: 'anonymous', unitId: null, streetCode };
}

function invalidCredentials(): UnauthorizedError {
  return new UnauthorizedError(ErrorCode.InvalidCredentials, '用户名或密码错误');
}

function lockedError(until: Date): LockedError {
  return new LockedError(ErrorCode.AccountLocked, `连续登录失败次数过多，账号已锁定至 ${formatShanghai(until)}`, { lockedUntil: until.toISOString() });
}

