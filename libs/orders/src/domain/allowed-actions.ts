import { can, dataScopeOf } from '@app/access';
import type { ActionInputs } from './action-inputs.js';
import { ORDER_ACTIONS, type OrderAction } from './order-actions.js';
import { EMPTY_DECISION_CONTEXT, type DecisionContext, type OrderActor, type OrderSnapshot } from './order-snapshot.js';
import { transitionOf } from './order-transitions.js';
import { forbidden, illegalTransition, notInScope, type OrderViolation } from './order-violations.js';

export type AuthorizeResult = { ok: true } | { ok: false; violation: OrderViolation };

/**
 * Whether the order is visible to the actor at all (DESIGN §1): street staff see every order, unit staff only
 * orders their unit holds or held, the admin none.
 */
export function isOrderInScope(order: OrderSnapshot, actor: OrderActor): boolean {
  const scope = dataScopeOf(actor);
  if (scope.kind === 'street') return true;
  if (scope.kind === 'none') return false;
  return (
    order.leadUnitId === scope.unitId ||
    order.coUnitIds.includes(scope.unitId) ||
    order.formerUnitIds.includes(scope.unitId)
  );
}

/**
 * May `actor` take `action` on `order` now? The checks run in a fixed order, so the answer is stable:
 * 1. not_in_scope — the order is outside the actor's data scope (404: its existence is not revealed);
 * 2. forbidden — the role lacks the row's permission in the matrix (403);
 * 3. illegal_transition — the current status is not a from-state (409 ORDER_ILLEGAL_TRANSITION, with the actions
 *    this actor may take instead);
 * 4. rule — a precondition fails, then (only when `input` is given) an input guard fails.
 * Without `input` the answer is "may I start this action?", which is what `allowedActions` offers.
 */
export function authorize<A extends OrderAction>(
  action: A,
  order: OrderSnapshot,
  actor: OrderActor,
  now: Date,
  input?: ActionInputs[A],
  ctx: DecisionContext = EMPTY_DECISION_CONTEXT,
): AuthorizeResult {
  const refusal = checkBeforeInput(action, order, actor, now, ctx);
  if (refusal === ILLEGAL) {
    return { ok: false, violation: illegalTransition(action, order.status, allowedActions(order, actor, now, ctx)) };
  }
  if (refusal) return { ok: false, violation: refusal };
  if (input !== undefined) {
    for (const check of transitionOf(action).inputGuards) {
      const violation = check({ order, actor, now, ctx, input });
      if (violation) return { ok: false, violation };
    }
  }
  return { ok: true };
}

/**
 * The actions the actor may start on the order now, in table order: the ONLY answer to "may I?" for the order
 * view and the UI's buttons. Input-dependent rules (which unit, which date) are checked when the action is sent.
 */
export function allowedActions(
  order: OrderSnapshot,
  actor: OrderActor,
  now: Date,
  ctx: DecisionContext = EMPTY_DECISION_CONTEXT,
): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => checkBeforeInput(action, order, actor, now, ctx) === null);
}

/**
 * Refusals a user is told about when a button they expect is missing: their shift's grant, their place on the order,
 * what the order lacks to be acted on. Not the ones that only mean "nothing to do here" (no extension pending, not hung).
 */
const EXPLAINED_REFUSALS: ReadonlySet<string> = new Set(['ORDER_DISPATCH_NOT_GRANTED', 'ORDER_NOT_LEAD_UNIT', 'ORDER_EXTENSION_PENDING', 'ORDER_NO_CITIZEN']);

export interface BlockedAction {
  action: OrderAction;
  code: string;
  message: string;
}

/**
 * The actions the actor's role could take in this state but a rule refuses now, with the rule's message — so the
 * order page can say why 派单 is missing (当前班次未授予派单权限) instead of leaving the user to guess.
 */
export function blockedActions(
  order: OrderSnapshot,
  actor: OrderActor,
  now: Date,
  ctx: DecisionContext = EMPTY_DECISION_CONTEXT,
): BlockedAction[] {
  return ORDER_ACTIONS.flatMap((action) => {
    const refusal = checkBeforeInput(action, order, actor, now, ctx);
    if (refusal === null || refusal === ILLEGAL || refusal.kind !== 'rule' || !EXPLAINED_REFUSALS.has(refusal.code)) return [];
    return [{ action, code: refusal.code, message: refusal.message }];
  });
}

/**
 * Checks 1 and 2 of `authorize` alone — scope, then the role's permission — for the use case to answer before it
 * looks at the version or the body: a role that may never take the action gets 403, not a 409 or a field error.
 */
export function refusalOfRole(action: OrderAction, order: OrderSnapshot, actor: OrderActor): OrderViolation | null {
  if (!isOrderInScope(order, actor)) return notInScope(order.id);
  const { permission } = transitionOf(action);
  return can(actor.role, permission) ? null : forbidden(action, actor.role, permission);
}

const ILLEGAL = Symbol('illegal transition');

function checkBeforeInput(
  action: OrderAction,
  order: OrderSnapshot,
  actor: OrderActor,
  now: Date,
  ctx: DecisionContext,
): OrderViolation | typeof ILLEGAL | null {
  const row = transitionOf(action);
  const refusal = refusalOfRole(action, order, actor);
  if (refusal) return refusal;
  if (!row.from.includes(order.status)) return ILLEGAL;
  for (const check of row.guards) {
    const violation = check({ order, actor, now, ctx });
    if (violation) return violation;
  }
  return null;
}
