import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { isRole, type Actor, type Role } from '@app/access';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE, TransactionRunner, returnedRows } from '@app/database';
import { Rooms } from '@app/realtime';
import { BadRequestError, ConflictError, ErrorCode, NotFoundError, ValidationError } from '@app/errors';
import { PasswordHasher } from './password-hasher.js';
import { passwordPolicyProblems } from './password-policy.js';
import { checkedUnit, linkStaff, USER_VIEW_SELECT, type UserChange } from './user-links.js';

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
  unitName: string | null;
  /** The roster staff member this user is (排班人员), by code and name. */
  staffCode: string | null;
  staffName: string | null;
  active: boolean;
  lockedUntil: string | null;
  version: number;
}

/**
 * User administration (admin.users): create, list, edit (name, role, unit, roster staff link), unlock, disable, reset
 * password. Every change audited with before and after; every lookup is inside the actor's street.
 */
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
    const rows = (await this.dataSource.query(`${USER_VIEW_SELECT} WHERE u.street_code = $1 ORDER BY u.role, u.username`, [
      streetCode,
    ])) as Record<string, unknown>[];
    return rows.map(viewOf);
  }

  async create(actor: Actor, input: NewUser): Promise<UserView> {
    if (!isRole(input.role)) throw new ValidationError([{ field: 'role', message: '角色无效' }]);
    const problems = this.problemsOf(input.password, input.username);
    if (problems.length) throw new BadRequestError(ErrorCode.PasswordPolicy, `密码不符合要求：${problems.join('；')}`, { problems });
    const hash = await PasswordHasher.hash(input.password);
    return this.tx.run(actor, async (t) => {
      const [exists] = (await t.manager.query('SELECT 1 FROM app_user WHERE lower(username) = lower($1)', [input.username])) as unknown[];
      if (exists) throw new ConflictError('USER_EXISTS', `用户名 ${input.username} 已存在`, { username: input.username });
      const unitId = await checkedUnit(t.manager, actor.streetCode, input.role, input.unitId ?? null);
      const [row] = (await t.manager.query(
        `INSERT INTO app_user (street_code, username, display_name, role, unit_id, password_hash, password_changed_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7) RETURNING id`,
        [actor.streetCode, input.username, input.displayName, input.role, unitId, hash, t.now],
      )) as { id: string }[];
      const view = await this.viewIn(t.manager, actor.streetCode, row.id);
      t.audit({ action: 'user.create', entityType: 'user', entityId: view.id, after: view });
      return view;
    });
  }

  /**
   * Changes name, role, unit and the roster staff link at once, on the version the admin saw (409 USER_VERSION_CONFLICT
   * otherwise). An admin cannot change their own role: the street would be left without one by mistake.
   */
  async edit(actor: Actor, userId: string, version: number, change: UserChange): Promise<UserView> {
    return this.tx.run(actor, async (t) => {
      const before = await this.lockedView(t.manager, actor.streetCode, userId);
      if (before.version !== version) {
        throw new ConflictError('USER_VERSION_CONFLICT', '该用户已被他人修改，请刷新后重试', { expected: version, actual: before.version });
      }
      const role = change.role ?? before.role;
      if (userId === actor.id && role !== before.role) {
        throw new ValidationError([{ field: 'role', message: '不能修改自己的角色' }]);
      }
      // Leaving the unit role leaves the unit; otherwise the unit given, or the one the user has.
      const wanted = change.unitId !== undefined ? change.unitId : role === 'unit' ? before.unitId : null;
      const unitId = await checkedUnit(t.manager, actor.streetCode, role, wanted);
      await t.manager.query(
        `UPDATE app_user SET display_name = $2, role = $3, unit_id = $4, updated_at = $5, version = version + 1 WHERE id = $1`,
        [userId, change.displayName ?? before.displayName, role, unitId, t.now],
      );
      if (change.staffCode !== undefined) await linkStaff(t.manager, actor.streetCode, userId, change.staffCode);
      const after = await this.viewIn(t.manager, actor.streetCode, userId);
      t.audit({ action: 'user.update', entityType: 'user', entityId: userId, before, after });
      return after;
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
    const [user] = (await this.dataSource.query('SELECT username FROM app_user WHERE id = $1 AND street_code = $2', [
      userId,
      actor.streetCode,
    ])) as { username: string }[];
    if (!user) throw new NotFoundError('USER_NOT_FOUND', '用户不存在');
    const problems = this.problemsOf(password, user.username);
    if (problems.length) throw new BadRequestError(ErrorCode.PasswordPolicy, `密码不符合要求：${problems.join('；')}`, { problems });
    const hash = await PasswordHasher.hash(password);
    return this.tx.run(actor, async (t) => {
      const rows = returnedRows<{ id: string }>(await t.manager.query(
        `UPDATE app_user SET password_hash = $2, password_changed_at = $3, locked_until = NULL, failures_reset_at = $3, updated_at = $3, version = version + 1
          WHERE id = $1 AND street_code = $4 RETURNING id`,
        [userId, hash, t.now, actor.streetCode],
      ));
      if (!rows.length) throw new NotFoundError('USER_NOT_FOUND', '用户不存在');
      await t.manager.query(`UPDATE auth_session SET revoked_at = $2, revoked_reason = 'password_reset' WHERE user_id = $1 AND revoked_at IS NULL`, [userId, t.now]);
      t.emit('session.ended', [Rooms.user(userId)], { reason: 'revoked' });
      const view = await this.viewIn(t.manager, actor.streetCode, userId);
      t.audit({ action: 'user.password_reset', entityType: 'user', entityId: userId, after: { passwordChanged: true } });
      return view;
    });
  }

  private async update(actor: Actor, userId: string, action: string, assignment: string, revokeSessions = false): Promise<UserView> {
    return this.tx.run(actor, async (t) => {
      const before = await this.lockedView(t.manager, actor.streetCode, userId);
      await t.manager.query(`UPDATE app_user SET ${assignment}, updated_at = $2, version = version + 1 WHERE id = $1`, [userId, t.now]);
      if (revokeSessions) {
        await t.manager.query(`UPDATE auth_session SET revoked_at = $2, revoked_reason = 'disabled' WHERE user_id = $1 AND revoked_at IS NULL`, [userId, t.now]);
        t.emit('session.ended', [Rooms.user(userId)], { reason: 'disabled' });
      }
      const after = await this.viewIn(t.manager, actor.streetCode, userId);
      t.audit({ action, entityType: 'user', entityId: userId, before, after });
      return after;
    });
  }

  /** The user as the admin sees it, row-locked for the change that follows; 404 outside the actor's street. */
  private async lockedView(m: EntityManager, streetCode: string, userId: string): Promise<UserView> {
    const [locked] = (await m.query('SELECT 1 FROM app_user WHERE id = $1 AND street_code = $2 FOR UPDATE', [userId, streetCode])) as unknown[];
    if (!locked) throw new NotFoundError('USER_NOT_FOUND', '用户不存在');
    return this.viewIn(m, streetCode, userId);
  }

  private async viewIn(m: EntityManager, streetCode: string, userId: string): Promise<UserView> {
    const [row] = (await m.query(`${USER_VIEW_SELECT} WHERE u.id = $1 AND u.street_code = $2`, [userId, streetCode])) as Record<string, unknown>[];
    return viewOf(row);
  }
}

function viewOf(row: Record<string, unknown>): UserView {
  return {
    id: row.id as string,
    username: row.username as string,
    displayName: row.display_name as string,
    role: row.role as Role,
    unitId: (row.unit_id as string | null) ?? null,
    unitName: (row.unit_name as string | null) ?? null,
    staffCode: (row.staff_code as string | null) ?? null,
    staffName: (row.staff_name as string | null) ?? null,
    active: row.active as boolean,
    lockedUntil: row.locked_until ? new Date(row.locked_until as string).toISOString() : null,
    version: row.version as number,
  };
}
