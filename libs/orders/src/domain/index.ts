/**
 * The order lifecycle's pure core (DESIGN §2–§3): vocabulary, the state machine as data, "may I?" and the decision
 * of each action. No framework, no database, no clock: callers pass the snapshot, the actor and `now`.
 */
export * from './order-status.js';
export * from './order-actions.js';
export * from './review-checklist.js';
export * from './order-snapshot.js';
export * from './action-inputs.js';
export { FIELD_ERROR_CODES, type FieldError, type FieldErrorCode } from './input-reader.js';
export { parseActionInput, type ParsedInput } from './parse-action-input.js';
export * from './order-violations.js';
export { MERGE_WINDOW_DAYS, actorUnitId, type GuardArgs, type InputGuard, type Precondition } from './order-guards.js';
export { categorySegments, isCategoryListed, isCategoryWithin, CATEGORY_SEPARATOR } from './category-path.js';
export * from './order-transitions.js';
export * from './order-effects.js';
export { handlingUnitIds } from './unit-assignment.js';
export { allowedActions, authorize, blockedActions, isOrderInScope, refusalOfRole, type AuthorizeResult, type BlockedAction } from './allowed-actions.js';
export { decide, type DecideResult, type DecisionError, type OrderDecision } from './decide-action.js';
export { replayTimeline, replayDifferences, replayedFields, type ReplayedOrder, type ReplayField, type ReplayResult, type TimelineEntry } from './timeline-replay.js';
