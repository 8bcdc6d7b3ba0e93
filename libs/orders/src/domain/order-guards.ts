import { dataScopeOf } from '@app/access';
import type { ActionInputs } from './action-inputs.js';
import { isCategoryListed } from './category-path.js';
import type { DecisionContext, OrderActor, OrderSnapshot } from './order-snapshot.js';
import { ruleViolation, type RuleViolation } from './order-violations.js';
import {
  checklistShortfalls,
  DEFAULT_REVIEW_CHECKLIST,
  type ChecklistShortfall,
  type ChecklistShortfallReason,
} from './review-checklist.js';

/**
 * The "when" of the lifecycle: pure checks of (order, actor, now, input) that return null or a rule violation.
 * Preconditions need no input, so `allowedActions` can ask them; input guards run once the input is known.
 * Which role may act is not decided here: that is the permission matrix (`@app/access`).
 */
export interface GuardArgs {
  readonly order: OrderSnapshot;
  readonly actor: OrderActor;
  readonly now: Date;
  readonly ctx: DecisionContext;
}
export type Precondition = (args: GuardArgs) => RuleViolation | null;
export type InputGuard<I> = (args: GuardArgs & { readonly input: I }) => RuleViolation | null;

/** How long after closing a master can still absorb duplicates (DESIGN §3, Art. 11). */
export const MERGE_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The unit an actor works for when their data scope is a unit (承办人); null for street-level staff. */
export function actorUnitId(actor: OrderActor): string | null {
  const scope = dataScopeOf(actor);
  return scope.kind === 'unit' ? scope.unitId : null;
}

// ── who, among those whose role may: the unit's place on this order ───────────────────────────────────────────

/** Art. 14 首接负责: the lead unit answers for the order; desk staff acting on its behalf pass. */
export const leadUnitOnly: Precondition = ({ order, actor }) => {
  const unitId = actorUnitId(actor);
  return unitId === null || unitId === order.leadUnitId ? null : ruleViolation('ORDER_NOT_LEAD_UNIT', { unitId });
};

export const handlingUnitOnly: Precondition = ({ order, actor }) => {
  const unitId = actorUnitId(actor);
  if (unitId === null || unitId === order.leadUnitId || order.coUnitIds.includes(unitId)) return null;
  return ruleViolation('ORDER_NOT_HANDLING_UNIT', { unitId });
};

export const coUnitOnly: Precondition = ({ order, actor }) => {
  if (order.coUnitIds.length === 0) return ruleViolation('ORDER_NO_CO_UNITS');
  const unitId = actorUnitId(actor);
  return unitId === null || order.coUnitIds.includes(unitId) ? null : ruleViolation('ORDER_NOT_CO_UNIT', { unitId });
};

export const notYetAcknowledged: Precondition = ({ order, actor }) => {
  const unitId = actorUnitId(actor);
  return unitId !== null && order.acknowledgedUnitIds.includes(unitId)
    ? ruleViolation('ORDER_ALREADY_ACKNOWLEDGED', { unitId })
    : null;
};

/** Operators dispatch only on a shift that grants it (DESIGN §1); unknown means not granted. */
export const shiftGrantsDispatch: Precondition = ({ actor }) =>
  actor.role === 'operator' && actor.mayDispatch !== true ? ruleViolation('ORDER_DISPATCH_NOT_GRANTED') : null;

// ── facts of the order ──────────────────────────────────────────────────────────────────────────────────────

export const consultationOnly: Precondition = ({ order }) =>
  order.type === 'consult' ? null : ruleViolation('ORDER_ANSWER_ONLY_CONSULT', { type: order.type });

/** 主动发现: a grid worker's finding has no citizen to contact. */
export const hasCitizen: Precondition = ({ order }) =>
  order.channel === 'proactive' ? ruleViolation('ORDER_NO_CITIZEN', { channel: order.channel }) : null;

export const noPendingExtension: Precondition = ({ order }) =>
  order.pendingExtension ? ruleViolation('ORDER_EXTENSION_PENDING') : null;

export const extensionPending: Precondition = ({ order }) =>
  order.pendingExtension ? null : ruleViolation('ORDER_NO_EXTENSION_PENDING');

export const isHung: Precondition = ({ order }) => (order.hang ? null : ruleViolation('ORDER_NOT_HUNG'));

// ── input rules ─────────────────────────────────────────────────────────────────────────────────────────────

type UnitsInput = ActionInputs['dispatch'] | ActionInputs['redispatch'];

/**
 * Art. 17: residents' committees are not to be made lead handlers of matters outside their duty list; they may
 * still assist as co-units.
 */
export const communityLeadsOnlyDutyCategories: InputGuard<UnitsInput> = ({ order, ctx, input }) => {
  if (input.leadUnit.kind !== 'community') return null;
  if (isCategoryListed(order.categoryPath, ctx.communityDutyCategories)) return null;
  return ruleViolation('ORDER_COMMUNITY_DUTY_RULE', {
    rule: 'Art. 17',
    unitId: input.leadUnit.id,
    categoryPath: order.categoryPath,
  });
};

export const categoryChanges: InputGuard<ActionInputs['reclassify']> = ({ order, input }) =>
  input.category === order.categoryPath ? ruleViolation('ORDER_CATEGORY_UNCHANGED', { category: input.category }) : null;

/** Art. 17 holds after a correction too: a community leading the order keeps to its duty list. */
export const communityLeadKeepsDutyCategory: InputGuard<ActionInputs['reclassify']> = ({ order, ctx, input }) => {
  if (order.leadUnitKind !== 'community' || isCategoryListed(input.category, ctx.communityDutyCategories)) return null;
  return ruleViolation('ORDER_COMMUNITY_DUTY_RULE', { rule: 'Art. 17', unitId: order.leadUnitId, categoryPath: input.category });
};

export const redispatchChangesUnits: InputGuard<ActionInputs['redispatch']> = ({ order, input }) => {
  const sameLead = input.leadUnit.id === order.leadUnitId;
  const newCo = input.coUnits.map((u) => u.id);
  const sameCo = newCo.length === order.coUnitIds.length && newCo.every((id) => order.coUnitIds.includes(id));
  return sameLead && sameCo ? ruleViolation('ORDER_REDISPATCH_UNCHANGED') : null;
};

export const mergeMasterAcceptable: InputGuard<ActionInputs['merge']> = ({ order, now, input }) => {
  const { master } = input;
  if (master.id === order.id) return ruleViolation('ORDER_MERGE_INTO_SELF');
  if (master.status === 'merged' || master.status === 'returned') {
    return ruleViolation('ORDER_MERGE_MASTER_FINAL', { masterId: master.id, masterStatus: master.status });
  }
  if (master.status === 'closed' || master.status === 'visited') {
    const closedFor = master.closedAt ? now.getTime() - master.closedAt.getTime() : Number.POSITIVE_INFINITY;
    if (closedFor >= MERGE_WINDOW_DAYS * DAY_MS) {
      return ruleViolation('ORDER_MERGE_MASTER_CLOSED_TOO_LONG', { masterId: master.id, closedAt: master.closedAt });
    }
  }
  return null;
};

/** The requested time must move the deadline forward. Past the platform's limit is allowed here: see decide. */
export const extensionMovesDeadlineLater: InputGuard<ActionInputs['extend_request']> = ({ order, now, input }) => {
  if (input.newDueAt <= now) return ruleViolation('ORDER_DATE_NOT_IN_FUTURE', { field: 'newDueAt' });
  if (order.unitDueAt && input.newDueAt <= order.unitDueAt) {
    return ruleViolation('ORDER_EXTENSION_NOT_LATER', { unitDueAt: order.unitDueAt });
  }
  return null;
};

/** Art. 15: a due time past the platform's limit needs the platform's approval and its new limit. */
export const extensionWithinUpstreamLimit: InputGuard<ActionInputs['extend_decide']> = ({ order, now, input }) => {
  if (!input.approved || !order.pendingExtension) return null;
  const dueAt = input.dueAt ?? order.pendingExtension.newDueAt;
  if (dueAt <= now) return ruleViolation('ORDER_DATE_NOT_IN_FUTURE', { field: 'dueAt' });
  const limit = input.upstreamApproved ? input.newUpstreamDueAt : order.upstreamDueAt;
  if (limit && dueAt > limit) {
    return ruleViolation('ORDER_EXTENSION_BEYOND_UPSTREAM_LIMIT', {
      dueAt,
      upstreamDueAt: limit,
      upstreamApproved: input.upstreamApproved === true,
    });
  }
  return null;
};

/** The co-unit a sub-reply is for: the actor's own unit, or the one desk staff name. */
export function subReplyUnitId(actor: OrderActor, input: ActionInputs['sub_reply']): string | null {
  return actorUnitId(actor) ?? input.unitId ?? null;
}

export const subReplyForCoUnit: InputGuard<ActionInputs['sub_reply']> = ({ order, actor, input }) => {
  const own = actorUnitId(actor);
  if (own !== null && input.unitId !== undefined && input.unitId !== own) {
    return ruleViolation('ORDER_NOT_CO_UNIT', { unitId: input.unitId });
  }
  const unitId = subReplyUnitId(actor, input);
  if (unitId === null) return ruleViolation('ORDER_SUB_REPLY_UNIT_REQUIRED');
  return order.coUnitIds.includes(unitId) ? null : ruleViolation('ORDER_NOT_CO_UNIT', { unitId });
};

/** A contact (reported with the reply or on its own) cannot be reported before it happened. */
export const contactNotInFuture: InputGuard<{ readonly contactedAt?: Date }> = ({ now, input }) =>
  input.contactedAt && input.contactedAt > now ? ruleViolation('ORDER_DATE_IN_FUTURE', { field: 'contactedAt' }) : null;

export const nextProgressInFuture: InputGuard<ActionInputs['hang']> = ({ now, input }) =>
  input.nextProgressAt <= now ? ruleViolation('ORDER_DATE_NOT_IN_FUTURE', { field: 'nextProgressAt' }) : null;

/** The responsible unit of a 挂账 plan must be one that handles the order (lead or co-unit). */
export const hangUnitIsHandling: InputGuard<ActionInputs['hang']> = ({ order, input }) => {
  const unitId = input.responsibleUnitId;
  if (unitId === undefined || unitId === order.leadUnitId || order.coUnitIds.includes(unitId)) return null;
  return ruleViolation('ORDER_HANG_UNIT_NOT_HANDLING', { unitId });
};

/** An exclusion a supervisor approved is not undone by a callback (DESIGN §8: excluded orders count in no rate). */
export const callbackKeepsExclusion: InputGuard<ActionInputs['callback']> = ({ order, input }) =>
  order.assessment === 'excluded' && input.assessment !== undefined
    ? ruleViolation('ORDER_ASSESSMENT_EXCLUDED', { assessment: input.assessment })
    : null;

/** How a refusal says why an item did not pass, in this order. */
const SHORTFALL_TEXT: Readonly<Record<ChecklistShortfallReason, string>> = {
  failed: '未通过',
  na_not_allowed: '不能判定为不适用',
  not_judged: '未评定',
};

function shortfallMessage(shortfalls: readonly ChecklistShortfall[]): string {
  const parts = (Object.keys(SHORTFALL_TEXT) as ChecklistShortfallReason[]).flatMap((reason) => {
    const names = shortfalls.filter((s) => s.reason === reason).map((s) => `“${s.label}”`);
    return names.length > 0 ? [`${names.join('、')}${SHORTFALL_TEXT[reason]}`] : [];
  });
  return `审核项${parts.join('；')}`;
}

/**
 * DESIGN §6: approval needs every active item passed, or judged n/a where the item allows it; an item missing from
 * the input is a refusal too. The refusal names each item by its label with why (failed, n/a not allowed, not judged).
 */
export const checklistAllPassed: InputGuard<ActionInputs['approve']> = ({ input, ctx }) => {
  const shortfalls = checklistShortfalls(ctx.reviewChecklist ?? DEFAULT_REVIEW_CHECKLIST, input.checklist);
  if (shortfalls.length === 0) return null;
  return ruleViolation('ORDER_REVIEW_ITEM_FAILED', { failedItems: shortfalls }, `${shortfallMessage(shortfalls)}，不能初审通过`);
};

/** A rejection names at least one failed item; its other verdicts follow the same n/a rule as an approval's. */
export const checklistHasFailure: InputGuard<ActionInputs['reject']> = ({ input, ctx }) => {
  if (!input.checklist.some((e) => e.verdict === 'fail')) return ruleViolation('ORDER_REJECT_WITHOUT_FAILED_ITEM');
  const naRefused = checklistShortfalls(ctx.reviewChecklist ?? DEFAULT_REVIEW_CHECKLIST, input.checklist).filter((s) => s.reason === 'na_not_allowed');
  return naRefused.length > 0 ? ruleViolation('ORDER_REVIEW_NA_NOT_ALLOWED', { failedItems: naRefused }, shortfallMessage(naRefused)) : null;
};
