import type { Role } from './roles.js';

/**
 * Which orders a user may see at all. Unit staff see only orders that are or were dispatched to their unit
 * (DESIGN §1); everyone else with `order.read` sees the whole street.
 */
export type DataScope = { kind: 'street' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

export function dataScopeOf(user: { role: Role; unitId: string | null }): DataScope {
  if (user.role === 'unit') return user.unitId ? { kind: 'unit', unitId: user.unitId } : { kind: 'none' };
  if (user.role === 'admin') return { kind: 'none' };
  return { kind: 'street' };
}
