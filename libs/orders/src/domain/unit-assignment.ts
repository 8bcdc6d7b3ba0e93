import type { UnitRef } from './action-inputs.js';
import type { OrderEffect } from './order-effects.js';
import type { OrderChanges, OrderSnapshot } from './order-snapshot.js';

/**
 * How the set of handling units changes when an order is dispatched, re-dispatched, or leaves the units (unit
 * return, return request). Units that held the order stay in `formerUnitIds` so their staff can still read it.
 */

/** Lead first, then co-units. */
export function handlingUnitIds(order: Pick<OrderSnapshot, 'leadUnitId' | 'coUnitIds'>): string[] {
  return order.leadUnitId ? [order.leadUnitId, ...order.coUnitIds] : [...order.coUnitIds];
}

/** Units on the new assignment keep what they already did (receipt, sub-reply); units taken off lose it. */
export function assignUnits(order: OrderSnapshot, leadUnit: UnitRef, coUnits: readonly UnitRef[]): OrderChanges {
  const coUnitIds = coUnits.map((u) => u.id);
  const assigned = [leadUnit.id, ...coUnitIds];
  const removed = handlingUnitIds(order).filter((id) => !assigned.includes(id));
  return {
    leadUnitId: leadUnit.id,
    leadUnitKind: leadUnit.kind,
    coUnitIds,
    formerUnitIds: unique([...order.formerUnitIds, ...removed]).filter((id) => !assigned.includes(id)),
    acknowledgedUnitIds: order.acknowledgedUnitIds.filter((id) => assigned.includes(id)),
    subReplies: order.subReplies.filter((s) => coUnitIds.includes(s.unitId)),
    // An extension asked by a unit that no longer leads is moot.
    pendingExtension: order.pendingExtension && order.pendingExtension.unitId === leadUnit.id ? order.pendingExtension : null,
  };
}

/** The units the new assignment adds and the ones it takes off. */
export function assignmentDiff(order: OrderSnapshot, changes: OrderChanges): { added: string[]; removed: string[] } {
  const before = handlingUnitIds(order);
  const after = handlingUnitIds({
    leadUnitId: changes.leadUnitId ?? null,
    coUnitIds: changes.coUnitIds ?? [],
  });
  return { added: after.filter((id) => !before.includes(id)), removed: before.filter((id) => !after.includes(id)) };
}

/** The order leaves every unit: back to the desk (unit return) or on its way to the platform (return request). */
export function releaseUnits(order: OrderSnapshot): OrderChanges {
  return {
    leadUnitId: null,
    leadUnitKind: null,
    coUnitIds: [],
    formerUnitIds: unique([...order.formerUnitIds, ...handlingUnitIds(order)]),
    acknowledgedUnitIds: [],
    subReplies: [],
    ...leaveDispatched(),
  };
}

/** 挂账 and a pending extension belong to the handling phase; leaving `dispatched` ends both. */
export function leaveDispatched(): OrderChanges {
  return { hang: null, pendingExtension: null };
}

/** The unit clocks stop without their goal, and a hang's reminder is cancelled. */
export function releaseEffects(order: OrderSnapshot, now: Date): OrderEffect[] {
  return [
    { kind: 'stopClock', clock: 'contact', at: now, outcome: 'abandoned' },
    { kind: 'stopClock', clock: 'unitReply', at: now, outcome: 'abandoned' },
    ...cancelHangEffects(order),
  ];
}

export function cancelHangEffects(order: OrderSnapshot): OrderEffect[] {
  return order.hang ? [{ kind: 'cancelProgressCheck' }] : [];
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
