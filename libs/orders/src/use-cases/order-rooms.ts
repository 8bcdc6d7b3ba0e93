import { Rooms } from '@app/realtime';
import type { OrderRow } from '../persistence/order-row.js';

/** Who hears about a change to an order: the desk (operators, supervisors, reviewers) and the units holding it. */
export function roomsForOrder(order: Pick<OrderRow, 'lead_unit_id' | 'co_unit_ids' | 'former_unit_ids'>): string[] {
  const rooms = [Rooms.role('operator'), Rooms.role('supervisor'), Rooms.role('reviewer')];
  const units = new Set([order.lead_unit_id, ...(order.co_unit_ids ?? []), ...(order.former_unit_ids ?? [])].filter(Boolean) as string[]);
  for (const unitId of units) rooms.push(Rooms.unit(unitId));
  return rooms;
}

/** A new order goes to the operators on duty (see DeskAudience) and the supervisors (DESIGN §10). */
export function roomsForNewOrder(operatorRooms: readonly string[]): string[] {
  return [...operatorRooms, Rooms.role('supervisor')];
}
