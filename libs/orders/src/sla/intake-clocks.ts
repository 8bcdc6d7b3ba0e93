import type { Tx } from '@app/database';
import { INTAKE_EFFECTS, type OrderClock } from '../domain/index.js';
import type { NewOrderValues } from '../persistence/new-orders.js';
import type { OrderRow } from '../persistence/order-row.js';
import { clockInputOfValues, type OrderClocks, type PlannedClock } from './order-clocks.js';

/** Intake's clocks for orders about to be written: the flags their rows go in with, and how to start them. */
export interface IntakeClockPlan {
  /** Per order, in the order given: `NewOrderValues.clockFlags`. */
  flags: NonNullable<NewOrderValues['clockFlags']>[];
  /** Starts the planned clocks once the rows exist (the rows in the order given). */
  start(t: Tx, rows: readonly OrderRow[]): Promise<void>;
}

/**
 * The state machine's intake effects (the sign clock, from the platform's receipt) planned before the orders are
 * written, so an order already late on arrival is written once, with its 超期 flags, instead of inserted and then
 * updated (every index of `work_order` took a second entry: issue 14). One plan for one order or a whole batch.
 * An order that arrives past the platform's limit has that 超期 recorded with it too: the sweep raised it a
 * transaction per order (a thousand of the import bench's 10,000 rows, 16 statements each, beside the import).
 */
export async function planIntakeClocks(clocks: OrderClocks, t: Tx, orders: readonly { values: NewOrderValues; startAt: Date }[]): Promise<IntakeClockPlan> {
  const street = t.actor.streetCode;
  const kinds = INTAKE_EFFECTS.flatMap((e) => (e.kind === 'startClock' ? [e.clock] : []));
  const planned = new Map<OrderClock, PlannedClock[]>();
  for (const kind of kinds) {
    planned.set(kind, await clocks.plan(t, street, kind, orders.map(({ values, startAt }) => clockInputOfValues(values, startAt))));
  }
  return {
    flags: orders.map((_, k) => ({
      lateClocks: kinds.filter((kind) => planned.get(kind)![k]!.late),
      provisional: kinds.some((kind) => planned.get(kind)![k]!.provisional),
    })),
    async start(tx, rows) {
      for (const kind of kinds) await clocks.startMany(tx, kind, rows, planned.get(kind)!);
      await clocks.recordPlatformLimitsPassed(tx, rows);
    },
  };
}
