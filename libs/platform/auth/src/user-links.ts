import type { EntityManager } from 'typeorm';
import type { Role } from '@app/access';
import { ConflictError, ValidationError } from '@app/errors';

/** The user columns every admin answer carries, with the unit's name and the linked roster staff member. */
export const USER_VIEW_SELECT = `SELECT u.id, u.username, u.display_name, u.role, u.unit_id, un.name AS unit_name, u.active,
       u.locked_until, u.version, s.code AS staff_code, s.name AS staff_name
  FROM app_user u
  LEFT JOIN unit un ON un.id = u.unit_id
  LEFT JOIN roster_staff s ON s.street_code = u.street_code AND s.user_id = u.id`;

/** What the admin may change about a user besides the password and the active/locked state. */
export interface UserChange {
  displayName?: string;
  role?: Role;
  unitId?: string | null;
  staffCode?: string | null;
}

/**
 * The rules of a user's role and unit (DESIGN §1): a `unit` user (承办人) belongs to exactly one active unit of the
 * actor's street, and only such a user has a unit. Throws a field error; returns the unit to store.
 */
export async function checkedUnit(m: EntityManager, streetCode: string, role: Role, unitId: string | null): Promise<string | null> {
  if (role !== 'unit') {
    if (unitId) throw new ValidationError([{ field: 'unitId', message: '只有承办人账号可以属于承办单位' }]);
    return null;
  }
  if (!unitId) throw new ValidationError([{ field: 'unitId', message: '承办人必须属于一个承办单位' }]);
  // Another street's unit reads as missing: nothing of one street is visible from another.
  const [unit] = (await m.query('SELECT active FROM unit WHERE id = $1 AND street_code = $2', [unitId, streetCode])) as { active: boolean }[];
  if (!unit) throw new ValidationError([{ field: 'unitId', message: '承办单位不存在' }]);
  if (!unit.active) throw new ValidationError([{ field: 'unitId', message: '该承办单位已停用' }]);
  return unitId;
}

/**
 * Links the user to the roster staff member `staffCode` (null: to none). The roster names people by their staff
 * code, and shift duties (on-duty, handovers, check-in) find the signed-in user through this link; one staff member
 * belongs to at most one user and one user to at most one staff member (unique index on roster_staff.user_id).
 */
export async function linkStaff(m: EntityManager, streetCode: string, userId: string, staffCode: string | null): Promise<void> {
  if (staffCode !== null) {
    const [staff] = (await m.query(
      'SELECT s.user_id, u.username FROM roster_staff s LEFT JOIN app_user u ON u.id = s.user_id WHERE s.street_code = $1 AND s.code = $2 FOR UPDATE OF s',
      [streetCode, staffCode],
    )) as { user_id: string | null; username: string | null }[];
    if (!staff) throw new ValidationError([{ field: 'staffCode', message: `排班人员 ${staffCode} 不存在` }]);
    if (staff.user_id && staff.user_id !== userId) {
      throw new ConflictError('STAFF_ALREADY_LINKED', `排班人员 ${staffCode} 已关联账号 ${staff.username ?? ''}，请先解除`, {
        staffCode,
        userId: staff.user_id,
      });
    }
  }
  await m.query('UPDATE roster_staff SET user_id = NULL, version = version + 1 WHERE street_code = $1 AND user_id = $2 AND code IS DISTINCT FROM $3', [
    streetCode,
    userId,
    staffCode,
  ]);
  if (staffCode !== null) {
    await m.query('UPDATE roster_staff SET user_id = $3, version = version + 1 WHERE street_code = $1 AND code = $2 AND user_id IS DISTINCT FROM $3', [streetCode, staffCode, userId]);
  }
}
