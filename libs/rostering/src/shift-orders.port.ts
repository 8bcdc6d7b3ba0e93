import type { EntityManager } from 'typeorm';

/**
 * What a handover (交接班) needs to know about orders, asked of the orders lib through this port: rostering sits
 * below orders (orders asks the roster who may dispatch), so it names what it needs and `libs/orders` provides it
 * (`OrderReads`). The orders' tables and their notion of "open" stay in one place.
 */
export interface ShiftOrdersPort {
  /** Open orders the shift held: everything waiting at the desk, and any open order acted on during [from, to). */
  openOrdersOfShift(m: EntityManager, street: string, from: Date, to: Date): Promise<Record<string, unknown>[]>;
  /** Running clocks due before `until` (the end of the incoming shift), soonest first. */
  nearDueClocks(m: EntityManager, street: string, until: Date): Promise<Record<string, unknown>[]>;
}

export const SHIFT_ORDERS = Symbol('ShiftOrdersPort');
