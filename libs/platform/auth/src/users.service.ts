import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { isRole, type Actor, type Role } from '@app/access';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE, TransactionRunner, returnedRows } from '@app/database';
import { Rooms } from '@app/realtime';
import { BadRequestError, ConflictError, ErrorCode, NotFoundError, ValidationError } from '@app/errors';
import { PasswordHasher } from './password-hasher.js';
import { passwordPolicyProblems } from './password-policy.js';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string | null;
  password: string;
}

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  active: boolean;
  lockedUntil: string | null;
  version: number;
}

/** User administration (admin.users): create, list, unlock, disable, reset password. Every change audited. */
@Injectable()
export class UsersService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The policy's answer for a password an admin sets: a real account never gets the published demo password. */
  private problemsOf(password: string, username: string): string[] {
    return passwordPolicyProblems(password, { username, refused: [this.config.seed.demoPassword] });
  }

  async list(streetCode: string): Promise<UserView[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, username, display_name, role, unit_id, active, locked_until, version FROM app_user
        WHERE street_code = $1 ORDER BY role, username`,
      [streetCode],
    )) as Record<string, unknown>[];
    return rows.map(viewOf);
  }

  async create(actor: Actor, input: NewUser): Promise<UserView> {
    if (!isRole(input.role)) throw new ValidationError([{ field: 'role', message: '角色无效' }]);
    if (input.role === 'unit' && !input.unitId) throw new ValidationError([{ field: 'unitId', message: '承办人必须属于一个承办单位' }]);
    const problems = this.problemsOf(input.password, input.username);
    if (problems.length) throw new BadRequestError(ErrorCode.PasswordPolicy, `密码不符合要求：${problems.join('；')}`, { problems });
    const hash = await PasswordHasher.hash(input.password);
    return this.tx.run(actor, async (t) => {
      const [exists] = (await t.manager.query('SELECT 1 FROM app_user WHERE lower(username) = lower($1)', [input.username])) as unknown[];
      if (exists) throw new ConflictError('USER_EXISTS', `用户名 ${input.username} 已存在`, { username: input.username });
      const [row] = (await t.manager.query(
        `INSERT INTO app_user (street_code, username, display_name, role, unit_id, password_hash, password_changed_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7)
         RETURNING id, username, display_name, role, unit_id, active, locked_until, version`,
        [actor.streetCode, input.username, input.displayName, input.role, input.unitId ?? null, hash, t.now],
      )) as Record<string, unknown>[];
      const view = viewOf(row);
      t.audit({ action: 'user.create', entityType: 'user', entityId: view.id, after: view });
      return view;
    });
  }

  async unlock(actor: Actor, userId: string): Promise<UserView> {
    // The failures before an unlock no longer count, or the next guess would lock the account again.
    return this.update(actor, userId, 'user.unlock', 'locked_until = NULL, failures_reset_at = $2');
  }

  async setActive(actor: Actor, userId: string, active: boolean): Promise<UserView> {
    return this.update(actor, userId, active ? 'user.enable' : 'user.disable', `active = ${active ? 'true' : 'false'}`, !active);
  }

  async resetPassword(actor: Actor, userId: string, password: string): Promise<UserView> {
    const [user] = (await this.dataSource.query('SELECT username FROM app_user WHERE id = $1', [userId])) as { username: string }[];
    if (!user) throw new NotFoundError('USER_NOT_FOUND', '用户不存在');
    const problems = this.problemsOf(password, user.username);
    if (problems.length) throw new BadRequestError(ErrorCode.PasswordPolicy, `密码不符合要求：${problems.join('；')}`, { problems });
    const hash = await PasswordHasher.hash(password);
    return this.tx.run(actor, async (t) => {
      const rows = returnedRows<Record<string, unknown>>(await t.manager.query(
        `UPDATE app_user SET password_hash = $2, password_changed_at = $3, locked_until = NULL, failures_reset_at = $3, updated_at = $3, version = version + 1
          WHERE id = $1 RETURNING id, username, display_name, role, unit_id, active, locked_until, version`,
        [userId, hash, t.now],
      ));
      await t.manager.query(`UPDATE auth_session SET revoked_at = $2, revoked_reason = 'password_reset' WHERE user_id = $1 AND revoked_at IS NULL`, [userId, t.now]);
      t.emit('session.ended', [Rooms.user(userId)], { reason: 'revoked' });
      const view = viewOf(rows[0]);
      t.audit({ action: 'user.password_reset', entityType: 'user', entityId: userId, after: { passwordChanged: true } });
      return view;
    });
  }

  private async update(actor: Actor, userId: string, action: string, assignment: string, revokeSessions = false): Promise<UserView> {
    return this.tx.run(actor, async (t) => {
      const [before] = (await t.manager.query(
        'SELECT id, username, display_name, role, unit_id, active, locked_until, version FROM app_user WHERE id = $1 AND street_code = $2 FOR UPDATE',
        [userId, actor.streetCode],
      )) as Record<string, unknown>[];
      if (!before) throw new NotFoundError('USER_NOT_FOUND', '用户不存在');
      const rows = returnedRows<Record<string, unknown>>(await t.manager.query(
        `UPDATE app_user SET ${assignment}, updated_at = $2, version = version + 1 WHERE id = $1
         RETURNING id, username, display_name, role, unit_id, active, locked_until, version`,
        [userId, t.now],
      ));
      if (revokeSessions) {
        await t.manager.query(`UPDATE auth_session SET revoked_at = $2, revoked_reason = 'disabled' WHERE user_id = $1 AND revoked_at IS NULL`, [userId, t.now]);
        t.emit('session.ended', [Rooms.user(userId)], { reason: 'disabled' });
      }
      const after = viewOf(rows[0]);
      t.audit({ action, entityType: 'user', entityId: userId, before: viewOf(before), after });
      return after;
    });
  }
}

function viewOf(row: Record<string, unknown>): UserView {
  return {
    id: row.id as string,
    username: row.username as string,
    displayName: row.display_name as string,
    role: row.role as Role,
    unitId: (row.unit_id as string | null) ?? null,
    active: row.active as boolean,
    lockedUntil: row.locked_until ? new Date(row.locked_until as string).toISOString() : null,
    version: row.version as number,
  };
}
