import type { Permission } from '@app/access';
import type { ActionInputs } from './action-inputs.js';
import { ORDER_ACTIONS, type OrderAction } from './order-actions.js';
import * as guard from './order-guards.js';
import type { InputGuard, Precondition } from './order-guards.js';
import type { OrderSnapshot } from './order-snapshot.js';
import { OPEN_STATUSES, type OrderStatus } from './order-status.js';

/**
 * THE order state machine (DESIGN §3), as data. One row per action: the states it starts from, where it leads,
 * the permission a role needs (the matrix in `@app/access` says which roles hold it), and the guards that say when.
 * Every other layer — API guards, `allowedActions` in the order view, the UI's buttons — asks this table.
 */
export interface TransitionRow<A extends OrderAction = OrderAction> {
  readonly action: A;
  readonly from: readonly OrderStatus[];
  readonly to: TransitionTarget<A>;
  readonly permission: Permission;
  /** Checked without input: they decide whether the action is offered at all. */
  readonly guards: readonly Precondition[];
  readonly inputGuards: readonly InputGuard<ActionInputs[A]>[];
}

/** 'same' keeps the status (acknowledge, urge, hang…); a choice names every possible target and how to pick. */
export type TransitionTarget<A extends OrderAction> =
  | OrderStatus
  | 'same'
  | {
      readonly oneOf: readonly OrderStatus[];
      readonly pick: (order: OrderSnapshot, input: ActionInputs[A]) => OrderStatus;
    };

export type AnyTransitionRow = { [A in OrderAction]: TransitionRow<A> }[OrderAction];

interface RowSpec<A extends OrderAction> {
  action: A;
  from: readonly OrderStatus[];
  to: TransitionTarget<A>;
  permission: Permission;
  guards?: readonly Precondition[];
  inputGuards?: readonly InputGuard<ActionInputs[A]>[];
}

function row<A extends OrderAction>(spec: RowSpec<A>): TransitionRow<A> {
  return { guards: [], inputGuards: [], ...spec };
}

/**
 * A rejected or reopened order goes back to its lead unit (DESIGN §3: → dispatched). Amendment to DESIGN: an order
 * the desk answered itself (a consultation, `answer`) was never dispatched and has no unit to go back to; sending it
 * to `dispatched` would leave an order "in handling" with nobody handling it. It returns to 待派单 (`signed`), where
 * the desk answers again or dispatches it — the only states from which that work can be done.
 */
const backToHandler = (order: OrderSnapshot): OrderStatus => (order.leadUnitId ? 'dispatched' : 'signed');

export const ORDER_TRANSITIONS: readonly AnyTransitionRow[] = [
  row({ action: 'sign', from: ['new'], to: 'signed', permission: 'order.sign' }),
  // Art. 11: a repeated demand joins the open (or recently closed) order instead of being handled twice.
  row({
    action: 'merge',
    from: ['new', 'signed'],
    to: 'merged',
    permission: 'order.merge',
    inputGuards: [guard.mergeMasterAcceptable],
  }),
  row({
    action: 'answer',
    from: ['signed'],
    to: 'replied',
    permission: 'order.answer',
    guards: [guard.consultationOnly],
  }),
  row({
    action: 'dispatch',
    from: ['signed'],
    to: 'dispatched',
    permission: 'order.dispatch',
    guards: [guard.shiftGrantsDispatch],
    inputGuards: [guard.communityLeadsOnlyDutyCategories],
  }),
  row({
    action: 'acknowledge',
    from: ['dispatched'],
    to: 'same',
    permission: 'order.acknowledge',
    guards: [guard.handlingUnitOnly, guard.notYetAcknowledged],
  }),
  // DESIGN §4: the contact clock is met by reaching the citizen, which units do long before they reply.
  row({
    action: 'contact',
    from: ['dispatched'],
    to: 'same',
    permission: 'order.contact',
    guards: [guard.leadUnitOnly, guard.hasCitizen],
    inputGuards: [guard.contactNotInFuture],
  }),
  row({
    action: 'redispatch',
    from: ['dispatched'],
    to: 'same',
    permission: 'order.redispatch',
    inputGuards: [guard.communityLeadsOnlyDutyCategories, guard.redispatchChangesUnits],
  }),
  row({
    action: 'unit_return',
    from: ['dispatched'],
    to: 'signed',
    permission: 'order.unit_return',
    guards: [guard.leadUnitOnly],
  }),
  row({ action: 'urge', from: ['dispatched'], to: 'same', permission: 'order.urge' }),
  row({
    action: 'extend_request',
    from: ['dispatched'],
    to: 'same',
    permission: 'order.extend.request',
    guards: [guard.leadUnitOnly, guard.noPendingExtension],
    inputGuards: [guard.extensionMovesDeadlineLater],
  }),
  row({
    action: 'extend_decide',
    from: ['dispatched'],
    to: 'same',
    permission: 'order.extend.decide',
    guards: [guard.extensionPending],
    inputGuards: [guard.extensionWithinUpstreamLimit],
  }),
  // A co-unit's contribution; sub-replies have no permission of their own: they are part of replying.
  row({
    action: 'sub_reply',
    from: ['dispatched'],
    to: 'same',
    permission: 'order.reply',
    guards: [guard.coUnitOnly],
    inputGuards: [guard.subReplyForCoUnit],
  }),
  row({
    action: 'reply',
    from: ['dispatched'],
    to: 'replied',
    permission: 'order.reply',
    guards: [guard.leadUnitOnly],
    inputGuards: [guard.contactNotInFuture],
  }),
  row({
    action: 'approve',
    from: ['replied'],
    to: 'closed',
    permission: 'order.approve',
    inputGuards: [guard.checklistAllPassed],
  }),
  row({
    action: 'reject',
    from: ['replied'],
    to: { oneOf: ['dispatched', 'signed'], pick: backToHandler },
    permission: 'order.reject',
    inputGuards: [guard.checklistHasFailure],
  }),
  row({
    action: 'request_return',
    from: ['signed', 'dispatched'],
    to: 'return_pending',
    permission: 'order.request_return',
  }),
  row({
    action: 'return_decided',
    from: ['return_pending'],
    to: { oneOf: ['returned', 'signed'], pick: (_order, input) => (input.accepted ? 'returned' : 'signed') },
    permission: 'order.return_decided',
  }),
  row({
    action: 'callback',
    from: ['closed'],
    to: 'visited',
    permission: 'order.callback',
    inputGuards: [guard.callbackKeepsExclusion],
  }),
  row({
    action: 'reopen',
    from: ['closed', 'visited'],
    to: { oneOf: ['dispatched', 'signed'], pick: backToHandler },
    permission: 'order.reopen',
  }),
  row({
    action: 'hang',
    from: ['dispatched'],
    to: 'same',
    permission: 'order.hang',
    inputGuards: [guard.nextProgressInFuture, guard.hangUnitIsHandling],
  }),
  // No separate permission: whoever may hang may lift it.
  row({ action: 'unhang', from: ['dispatched'], to: 'same', permission: 'order.hang', guards: [guard.isHung] }),
  // The category guides routing and statistics; a wrong one is corrected on the order, on its timeline, while open.
  row({
    action: 'reclassify',
    from: OPEN_STATUSES,
    to: 'same',
    permission: 'order.reclassify',
    inputGuards: [guard.categoryChanges, guard.communityLeadKeepsDutyCategory],
  }),
];

const ROWS_BY_ACTION = new Map<OrderAction, AnyTransitionRow>(ORDER_TRANSITIONS.map((r) => [r.action, r]));
if (ROWS_BY_ACTION.size !== ORDER_ACTIONS.length || ORDER_TRANSITIONS.length !== ORDER_ACTIONS.length) {
  throw new Error('ORDER_TRANSITIONS must have exactly one row per action');
}

export function transitionOf<A extends OrderAction>(action: A): TransitionRow<A> {
  return ROWS_BY_ACTION.get(action) as unknown as TransitionRow<A>;
}

/** The status the order ends in. */
export function targetStatus<A extends OrderAction>(order: OrderSnapshot, action: A, input: ActionInputs[A]): OrderStatus {
  const { to } = transitionOf(action);
  if (to === 'same') return order.status;
  return typeof to === 'string' ? to : to.pick(order, input);
}

/** Every status the action can lead to from `from`, for documentation and the exhaustive tests. */
export function possibleTargets(action: OrderAction, from: OrderStatus): readonly OrderStatus[] {
  const { to } = transitionOf(action);
  if (to === 'same') return [from];
  return typeof to === 'string' ? [to] : to.oneOf;
}
