import type { Role } from '@app/access';

/** Socket.io rooms: one per user, per session, per role, per unit, and the operators on shift (DESIGN §10). */
export const Rooms = {
  user: (userId: string) => `user:${userId}`,
  /** One sign-in: logout ends this session's sockets and leaves the user's other sessions open. */
  session: (sessionId: string) => `session:${sessionId}`,
  role: (role: Role) => `role:${role}`,
  unit: (unitId: string) => `unit:${unitId}`,
  onDuty: () => 'shift:on-duty',
};

export function roomsForUser(user: { id: string; role: Role; unitId: string | null; sessionId?: string }): string[] {
  const rooms = [Rooms.user(user.id), Rooms.role(user.role)];
  if (user.sessionId) rooms.push(Rooms.session(user.sessionId));
  if (user.unitId) rooms.push(Rooms.unit(user.unitId));
  return rooms;
}
