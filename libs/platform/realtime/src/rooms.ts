import type { Role } from '@app/access';

/** Socket.io rooms: one per user, per role, per unit, and the operators currently on shift (DESIGN §10). */
export const Rooms = {
  user: (userId: string) => `user:${userId}`,
  role: (role: Role) => `role:${role}`,
  unit: (unitId: string) => `unit:${unitId}`,
  onDuty: () => 'shift:on-duty',
};

export function roomsForUser(user: { id: string; role: Role; unitId: string | null }): string[] {
  const rooms = [Rooms.user(user.id), Rooms.role(user.role)];
  if (user.unitId) rooms.push(Rooms.unit(user.unitId));
  return rooms;
}
