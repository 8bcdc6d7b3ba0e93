import type { EntityManager } from 'typeorm';
import { systemActor, type Actor } from '@app/access';

/**
 * The actor a background job works as: the user who asked for it (their role and unit decide what it may read and
 * how the audit trail names it), or the system under the job's name when nobody asked or the user is gone.
 */
export async function actorOfUser(m: EntityManager, userId: string | null, streetCode: string, job: string): Promise<Actor> {
  const [user] = userId
    ? ((await m.query('SELECT id, username, display_name, role, unit_id FROM app_user WHERE id = $1', [userId])) as {
        id: string; username: string; display_name: string; role: Actor['role']; unit_id: string | null;
      }[])
    : [];
  if (!user) return systemActor(streetCode, job);
  return { id: user.id, username: user.username, displayName: user.display_name, role: user.role, unitId: user.unit_id, streetCode };
}
