import type { Role } from '@app/access';
import { ACTION_OUTCOMES, type OutcomeBuilder } from './action-outcomes.js';
import { isOrderAction } from './order-actions.js';
import { applyChanges, type OrderSnapshot } from './order-snapshot.js';
import type { OrderStatus } from './order-status.js';

/** One row of `order_event` as the replay reads it. */
export interface TimelineEntry {
  readonly id: number;
  readonly action: string;
  readonly actorId: string | null;
  readonly actorRole: string;
  readonly actorUnitId: string | null;
  readonly at: Date;
  readonly fromStatus: OrderStatus | null;
  readonly toStatus: OrderStatus;
  readonly payload: Record<string, unknown>;
}

/**
 * What the timeline says an order must look like now: its status, who holds it and its counters and flags. These
 * are the fields whose silent edit would change what a leader or an assessor sees (issue 13 item 7).
 */
export interface ReplayedOrder {
  status: OrderStatus;
  leadUnitId: string | null;
  coUnitIds: string[];
  formerUnitIds: string[];
  urgeCount: number;
  reworkCount: number;
  duplicateOfId: string | null;
  hung: boolean;
  extensionPending: boolean;
}

export type ReplayField = keyof ReplayedOrder;

export type ReplayResult =
  | { ok: true; state: ReplayedOrder }
  | { ok: false; eventId: number; reason: string };

/**
 * Replays an order's timeline through the state machine's own outcome table (the same builders `decide` uses):
 * every lifecycle event's stored payload is its validated input, so the builders give back the changes the action
 * made. Events outside the lifecycle (intake, platform updates, alarms, classification, exclusion records) change
 * none of the replayed fields except the status they record. The chain must be unbroken: each event starts from
 * the status the previous one ended in.
 */
export function replayTimeline(orderId: string, events: readonly TimelineEntry[]): ReplayResult {
  let order: OrderSnapshot | null = null;
  for (const event of events) {
    if (!order) {
      if (event.fromStatus !== null) return { ok: false, eventId: event.id, reason: `timeline starts with ${event.action} from ${event.fromStatus}, not with the order's creation` };
      order = initialSnapshot(orderId, event.toStatus);
      continue;
    }
    if (event.fromStatus !== order.status) {
      return { ok: false, eventId: event.id, reason: `${event.action} starts from ${event.fromStatus ?? 'nothing'}, but the order was ${order.status}` };
    }
    let changes;
    try {
      changes = changesOf(order, event);
    } catch (error) {
      return { ok: false, eventId: event.id, reason: `${event.action} cannot be replayed from its stored payload (${(error as Error).message})` };
    }
    order = applyChanges(order, { ...changes, status: event.toStatus });
  }
  if (!order) return { ok: false, eventId: 0, reason: 'the order has no timeline' };
  return { ok: true, state: replayedFields(order) };
}

/** The replayed fields that differ from the stored order, in a fixed order (sets compared as sets). */
export function replayDifferences(replayed: ReplayedOrder, stored: ReplayedOrder): ReplayField[] {
  const fields = Object.keys(replayed) as ReplayField[];
  return fields.filter((field) => {
    const a = replayed[field];
    const b = stored[field];
    if (Array.isArray(a) && Array.isArray(b)) return a.length !== b.length || [...a].sort().join() !== [...b].sort().join();
    return a !== b;
  });
}

export function replayedFields(order: OrderSnapshot): ReplayedOrder {
  return {
    status: order.status,
    leadUnitId: order.leadUnitId,
    coUnitIds: [...order.coUnitIds],
    formerUnitIds: [...order.formerUnitIds],
    urgeCount: order.urgeCount,
    reworkCount: order.reworkCount,
    duplicateOfId: order.duplicateOfId,
    hung: order.hang !== null,
    extensionPending: order.pendingExtension !== null,
  };
}

function changesOf(order: OrderSnapshot, event: TimelineEntry) {
  if (!isOrderAction(event.action)) return {};
  const build = ACTION_OUTCOMES[event.action] as OutcomeBuilder<typeof event.action>;
  const actor = { id: event.actorId ?? 'system', role: event.actorRole as Role, unitId: event.actorUnitId };
  // The payload is the action's validated input plus what the outcome added; as JSON its dates are strings, which
  // none of the replayed fields depend on.
  const input = event.payload as never;
  return build({ order, actor, now: event.at, input, toStatus: event.toStatus }).changes;
}

function initialSnapshot(id: string, status: OrderStatus): OrderSnapshot {
  return {
    id, version: 1, status, channel: 'hotline', type: 'complaint', urgency: 'normal', categoryPath: null, communityId: null,
    leadUnitId: null, leadUnitKind: null, coUnitIds: [], formerUnitIds: [], acknowledgedUnitIds: [], upstreamDueAt: null,
    unitDueAt: null, hang: null, pendingExtension: null, subReplies: [], closedAt: null, reworkCount: 0, urgeCount: 0,
    duplicateOfId: null, assessment: 'full',
  };
}
