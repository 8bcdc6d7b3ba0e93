import type { ActionInputs } from './action-inputs.js';
import { ACTION_OUTCOMES, type OutcomeBuilder } from './action-outcomes.js';
import { authorize } from './allowed-actions.js';
import { actorUnitId } from './order-guards.js';
import type { OrderAction } from './order-actions.js';
import type { OrderEffect, OrderTimelineEvent } from './order-effects.js';
import {
  applyChanges,
  EMPTY_DECISION_CONTEXT,
  type DecisionContext,
  type OrderActor,
  type OrderChanges,
  type OrderSnapshot,
} from './order-snapshot.js';
import type { OrderStatus } from './order-status.js';
import { targetStatus } from './order-transitions.js';
import { invalidInput, type InvalidInput, type OrderViolation } from './order-violations.js';
import { parseActionInput } from './parse-action-input.js';

/** Everything the use case needs to carry out one action, inside one transaction. */
export interface OrderDecision<A extends OrderAction = OrderAction> {
  readonly action: A;
  readonly fromStatus: OrderStatus;
  readonly toStatus: OrderStatus;
  /** The validated input. */
  readonly input: ActionInputs[A];
  /** Fields to write (including `status` when it changes); the version bump is the repository's. */
  readonly changes: OrderChanges;
  /** The snapshot with the changes applied. */
  readonly next: OrderSnapshot;
  /** Exactly one timeline event per action. */
  readonly event: OrderTimelineEvent<A>;
  /** To perform after writing, in order (clocks, notifications, counters, upstream reports). */
  readonly effects: readonly OrderEffect[];
}

export type DecisionError = OrderViolation | InvalidInput;

export type DecideResult<A extends OrderAction = OrderAction> =
  | { ok: true; decision: OrderDecision<A> }
  | { ok: false; error: DecisionError };

/**
 * Decides one lifecycle action. Pure: no clock, no I/O, no exceptions for expected refusals.
 * Order of answers: who/where/when without input (scope, permission, state, preconditions), then the input's
 * shape (field errors), then the input's rules; so an actor who may not act at all never learns about fields.
 * `input` is untrusted (the request body enriched by the use case); `now` is the injected clock's time.
 */
export function decide<A extends OrderAction>(
  order: OrderSnapshot,
  action: A,
  input: unknown,
  actor: OrderActor,
  now: Date,
  ctx: DecisionContext = EMPTY_DECISION_CONTEXT,
): DecideResult<A> {
  const mayStart = authorize(action, order, actor, now, undefined, ctx);
  if (!mayStart.ok) return { ok: false, error: mayStart.violation };

  const parsed = parseActionInput(action, input, ctx);
  if (!parsed.ok) return { ok: false, error: invalidInput(parsed.fieldErrors) };

  const allowed = authorize(action, order, actor, now, parsed.input, ctx);
  if (!allowed.ok) return { ok: false, error: allowed.violation };

  const toStatus = targetStatus(order, action, parsed.input);
  const build = ACTION_OUTCOMES[action] as OutcomeBuilder<A>;
  const outcome = build({ order, actor, now, input: parsed.input, toStatus });
  const changes: OrderChanges = toStatus === order.status ? outcome.changes : { status: toStatus, ...outcome.changes };

  const event: OrderTimelineEvent<A> = {
    orderId: order.id,
    action,
    actorId: actor.id,
    actorRole: actor.role,
    actorUnitId: actorUnitId(actor),
    at: now,
    fromStatus: order.status,
    toStatus,
    payload: { ...(parsed.input as object), ...outcome.payload },
  };
  return {
    ok: true,
    decision: {
      action,
      fromStatus: order.status,
      toStatus,
      input: parsed.input,
      changes,
      next: applyChanges(order, changes),
      event,
      effects: outcome.effects,
    },
  };
}
