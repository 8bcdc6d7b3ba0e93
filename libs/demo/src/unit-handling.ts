import type { ContactMethod, ReplyResult, UnitReturnReason } from '@app/orders';
import type { DemoStep } from './demo-order-plan.js';
import {
  daytimeMoment, firstContactMoment, receiptWithinContactWindow, replyWorkHours, unitDueAt as computeUnitDueAt,
  unitWorkingMoment,
} from './lifecycle-timing.js';
import { CONTACT_SUMMARIES, HANDLER_NAMES, HANG_PLANS, SUB_REPLY_TEXTS, UNIT_RETURN_TEXTS, replyText } from './reply-texts.js';
import type { OrderScriptContext, ScriptBuilder } from './script-context.js';
import { addDays, addHours, addMinutes, laterOf } from './shanghai-time.js';

/** One stay of an order at a handling unit: from dispatch (or reopen) to the unit's reply or return. */
export interface UnitStay {
  unitCode: string;
  coUnitCodes: readonly string[];
  dispatchedAt: Date;
  unitDueAt: Date;
  /** A reopened case is handled plainly: no return, redispatch, extension or 挂账 the second time. */
  reopened: boolean;
  /** The unit already returned the order once; it does not return it again. */
  returnedBefore: boolean;
}

export type UnitStayOutcome =
  | { kind: 'replied'; unitCode: string; coUnitCodes: readonly string[]; result: ReplyResult; contacted: boolean; hasCaller: boolean }
  | { kind: 'returned'; reason: UnitReturnReason };

export function scriptUnitStay(ctx: OrderScriptContext, b: ScriptBuilder, stay: UnitStay): UnitStayOutcome {
  const { rng, urgency } = ctx;
  let unitCode = stay.unitCode;
  let dueAt = stay.unitDueAt;
  let upstreamDueAt = ctx.upstreamDueAt;
  let ackAt = acknowledge(ctx, b, unitCode, stay.dispatchedAt);
  const plain = stay.reopened || urgency === 'critical';

  if (!plain && !stay.returnedBefore && rng.chance(0.04)) {
    const reason = rng.weighted<UnitReturnReason>([['not_our_duty', 4], ['insufficient_info', 3], ['wrong_category', 1], ['other', 2]]);
    const at = unitWorkingMoment(rng, addHours(ackAt, rng.between(1, 20)), urgency);
    b.add({ action: 'unit_return', at, actorRole: 'unit', unitCode, payload: { reason, text: UNIT_RETURN_TEXTS[reason] } });
    return { kind: 'returned', reason };
  }

  let coUnitCodes = stay.coUnitCodes;
  if (!plain && ctx.alternateUnitCode && ctx.alternateUnitCode !== unitCode && rng.chance(0.02)) {
    const at = addHours(ackAt, rng.between(1, 20));
    const to = ctx.alternateUnitCode;
    // The new lead leaves the co-units; the others keep assisting.
    coUnitCodes = coUnitCodes.filter((code) => code !== to);
    dueAt = computeUnitDueAt(ctx.upstreamDueAt, at, urgency);
    b.add({
      action: 'redispatch', at, actorRole: 'supervisor', unitCode: to, coUnitCodes: [...coUnitCodes],
      payload: { reason: `经研判该诉求涉及多方职责，改由${ctx.unitName(to)}牵头办理` },
    });
    unitCode = to;
    ackAt = acknowledge(ctx, b, unitCode, b.now);
  }

  const contact = scriptContact(ctx, b, unitCode, dispatchedAtOf(b, stay), ackAt);
  let earliestReply = laterOf(ackAt, contact?.at ?? ackAt);
  // Only normal orders: an urgent order's unit time already ends 2 h before the platform's limit (DESIGN §4).
  if (!plain && urgency === 'normal' && rng.chance(ctx.profile.complex ? 0.3 : 0.015)) {
    const decided = scriptExtension(ctx, b, unitCode, ackAt, dueAt);
    dueAt = decided.dueAt;
    upstreamDueAt = decided.upstreamDueAt;
    earliestReply = b.now;
  }
  let hungUntil: Date | null = null;
  if (!plain && ctx.profile.complex && rng.chance(0.25)) {
    const hangAt = daytimeMoment(rng, laterOf(addDays(ackAt, rng.between(3, 5)), addHours(b.now, 1)));
    b.add({ action: 'hang', at: hangAt, actorRole: 'supervisor', payload: { plan: rng.pick(HANG_PLANS), nextProgressAt: addDays(hangAt, 30) } });
    hungUntil = daytimeMoment(rng, addDays(hangAt, rng.between(20, 60)));
  }

  const replyAt = replyMoment(ctx, { ackAt, earliestReply, dueAt, upstreamDueAt, hungUntil, reopened: stay.reopened });
  scriptUrges(ctx, b, { unitCode, dispatchedAt: stay.dispatchedAt, ackAt, dueAt, replyAt, hungUntil });
  if (hungUntil) b.add({ action: 'unhang', at: hungUntil, actorRole: 'supervisor', payload: { comment: '整改方案已实施完毕，解除挂账' } });
  scriptSubReplies(ctx, b, coUnitCodes, replyAt);
  return { ...scriptReply(ctx, b, unitCode, contact, replyAt), coUnitCodes };
}

/** The lead unit's current dispatch: the redispatch if there was one in this stay, else the stay's dispatch. */
function dispatchedAtOf(b: ScriptBuilder, stay: UnitStay): Date {
  const redispatch = [...b.steps].reverse().find((s) => s.action === 'redispatch' && s.at >= stay.dispatchedAt);
  return redispatch?.at ?? stay.dispatchedAt;
}

interface ScriptedContact {
  at: Date;
  method: ContactMethod;
}

/**
 * 联系市民 (DESIGN §4): the lead unit reaches the citizen soon after receipt — the contact clock's goal — and reports
 * it (now and then the desk records a call the unit reported by phone). A few callers are never reached; proactive
 * findings have no caller.
 */
function scriptContact(ctx: OrderScriptContext, b: ScriptBuilder, unitCode: string, dispatchedAt: Date, ackAt: Date): ScriptedContact | null {
  const { rng } = ctx;
  if (ctx.channel === 'proactive' || !rng.chance(0.985)) return null;
  const method = rng.weighted<ContactMethod>([['phone', 75], ['visit', 20], ['sms', 5]]);
  const at = firstContactMoment(rng, dispatchedAt, ackAt, ctx.urgency);
  const step = b.add({
    action: 'contact', at, actorRole: rng.chance(0.94) ? 'unit' : 'operator', unitCode,
    payload: { contactedAt: at, method, contactedBy: rng.pick(HANDLER_NAMES), summary: rng.pick(CONTACT_SUMMARIES[method]) },
  });
  // The builder may move a step a minute later to keep time order; the contact happened when it is recorded.
  if (step.action === 'contact') step.payload.contactedAt = step.at;
  return { at: step.at, method };
}

/** Most co-units confirm receipt and report their part before the lead replies (Art. 14: the lead answers). */
function scriptSubReplies(ctx: OrderScriptContext, b: ScriptBuilder, coUnitCodes: readonly string[], replyAt: Date): void {
  const { rng } = ctx;
  const window = replyAt.getTime() - b.now.getTime();
  if (window < 20 * 60_000) return;
  for (const unitCode of coUnitCodes) {
    if (!rng.chance(0.6)) continue;
    const ackAt = unitWorkingMoment(rng, addMinutes(b.now, (window * rng.between(0.02, 0.1)) / 60_000), ctx.urgency);
    const subAt = unitWorkingMoment(rng, addMinutes(ackAt, (window * rng.between(0.1, 0.3)) / 60_000), ctx.urgency);
    // A co-unit that would only get to it after the lead's reply stays silent (the reply lists it as pending).
    if (subAt.getTime() >= replyAt.getTime()) continue;
    b.add({ action: 'acknowledge', at: ackAt, actorRole: 'unit', unitCode, payload: {} });
    b.add({ action: 'sub_reply', at: subAt, actorRole: 'unit', unitCode, payload: { content: rng.pick(SUB_REPLY_TEXTS), attachmentIds: [] } });
  }
}

function acknowledge(ctx: OrderScriptContext, b: ScriptBuilder, unitCode: string, from: Date): Date {
  const delay = ctx.urgency === 'normal' ? ctx.rng.logNormal(25, 0.9) : ctx.rng.between(3, 15);
  const at = receiptWithinContactWindow(ctx.rng, from, unitWorkingMoment(ctx.rng, addMinutes(from, delay), ctx.urgency), ctx.urgency);
  return b.add({ action: 'acknowledge', at, actorRole: 'unit', unitCode, payload: {} }).at;
}

/** Extension (DESIGN §4, Art. 15): usually granted; beyond the platform's limit only with the platform's consent. */
function scriptExtension(ctx: OrderScriptContext, b: ScriptBuilder, unitCode: string, ackAt: Date, dueAt: Date) {
  const { rng } = ctx;
  const span = Math.max(dueAt.getTime() - ackAt.getTime(), 0);
  const requestAt = unitWorkingMoment(rng, new Date(ackAt.getTime() + span * rng.between(0.3, 0.7)), ctx.urgency);
  const beyondLimit = rng.chance(0.7);
  const requested = beyondLimit ? addDays(ctx.upstreamDueAt, rng.int(5, 10)) : addHours(ctx.upstreamDueAt, -2);
  const decideAt = addHours(requestAt, rng.between(1, 6));
  // A request must move the deadline later and lie in the future when decided; otherwise the unit just replies late.
  if (requested.getTime() <= Math.max(dueAt.getTime(), decideAt.getTime())) return { dueAt, upstreamDueAt: ctx.upstreamDueAt };
  b.add({
    action: 'extend_request', at: requestAt, actorRole: 'unit', unitCode,
    payload: { newDueAt: requested, reason: '该诉求需协调多个产权单位，现场整改需要时间，申请延期办理' },
  });
  const approved = rng.chance(0.85);
  // Past the platform's limit the street first obtains the platform's consent and its new limit (Art. 15).
  const newUpstreamDueAt = addHours(requested, 24);
  b.add({
    action: 'extend_decide', at: decideAt, actorRole: 'supervisor', unitCode,
    payload: !approved
      ? { approved, comment: '不同意延期，请按原时限办结' }
      : beyondLimit
        ? { approved, dueAt: requested, upstreamApproved: true, newUpstreamDueAt, comment: '市级平台已同意延期，请在新时限内办结并告知来电人' }
        : { approved, dueAt: requested, comment: '同意延期，请在平台时限内办结' },
  });
  if (!approved) return { dueAt, upstreamDueAt: ctx.upstreamDueAt };
  return { dueAt: requested, upstreamDueAt: beyondLimit ? newUpstreamDueAt : ctx.upstreamDueAt };
}

interface ReplyTiming {
  ackAt: Date;
  earliestReply: Date;
  dueAt: Date;
  upstreamDueAt: Date;
  hungUntil: Date | null;
  reopened: boolean;
}

/** Most replies land before the unit's due time; about one in forty runs past the platform's limit (overdue). */
function replyMoment(ctx: OrderScriptContext, t: ReplyTiming): Date {
  const { rng, urgency } = ctx;
  if (t.hungUntil) return unitWorkingMoment(rng, addDays(t.hungUntil, rng.between(1, 5)), urgency);
  const overdue = !t.reopened && rng.chance(urgency === 'critical' ? 0.01 : 0.025);
  if (overdue) return unitWorkingMoment(rng, addHours(t.upstreamDueAt, rng.logNormal(16, 0.8)), urgency);
  const work = replyWorkHours(rng, urgency, ctx.type, ctx.profile.complex ?? false);
  const planned = addHours(laterOf(t.ackAt, t.earliestReply), work);
  const latest = addHours(t.dueAt, -rng.between(0.2, 4) * (urgency === 'normal' ? 1 : 0.1));
  const capped = planned.getTime() > latest.getTime() ? laterOf(latest, addMinutes(t.earliestReply, 10)) : planned;
  const moment = unitWorkingMoment(rng, capped, urgency);
  // A unit up against its due time replies that evening rather than after the night or the weekend.
  return moment.getTime() > t.dueAt.getTime() && capped.getTime() <= t.dueAt.getTime() ? capped : moment;
}

interface UrgeTiming {
  unitCode: string;
  dispatchedAt: Date;
  ackAt: Date;
  dueAt: Date;
  replyAt: Date;
  hungUntil: Date | null;
}

/** Supervisors urge when a quarter of the unit's time is left (DESIGN §4 warning) and again once it has expired. */
function scriptUrges(ctx: OrderScriptContext, b: ScriptBuilder, t: UrgeTiming): void {
  if (t.hungUntil) return;
  const { rng } = ctx;
  const window = t.dueAt.getTime() - t.dispatchedAt.getTime();
  const warnAt = addMinutes(new Date(t.dispatchedAt.getTime() + window * 0.75), rng.between(0, 60));
  const candidates: Date[] = [];
  const warned = rng.chance(0.5);
  if (warned && warnAt > b.now && warnAt > t.ackAt && addMinutes(warnAt, 30) < t.replyAt) candidates.push(warnAt);
  const afterDue = addHours(t.dueAt, rng.between(0.5, 3));
  if (afterDue > b.now && addMinutes(afterDue, 30) < t.replyAt) candidates.push(afterDue);
  for (const at of candidates) {
    const note = at > t.dueAt ? '已超出办理时限，请立即办理并反馈' : '办理时限即将到期，请抓紧办理';
    b.add({ action: 'urge', at, actorRole: 'supervisor', unitCode: t.unitCode, payload: { comment: note } });
  }
}

function scriptReply(ctx: OrderScriptContext, b: ScriptBuilder, unitCode: string, contact: ScriptedContact | null, replyAt: Date) {
  const { rng } = ctx;
  const result = ctx.type === 'consult' || ctx.type === 'praise'
    ? rng.weighted<ReplyResult>([['solved', 85], ['explained_unsolvable', 15]])
    : rng.weighted<ReplyResult>([['solved', 70], ['partly', 15], ['explained_unsolvable', 15]]);
  // A grid worker's finding has no caller to contact.
  const hasCaller = ctx.channel !== 'proactive';
  const contacted = contact !== null;
  const at = laterOf(replyAt, addMinutes(b.now, 5));
  const content = replyText(rng, {
    profile: ctx.profile, unitName: ctx.unitName(unitCode), result, contactedAt: contact?.at ?? null, method: contact?.method ?? null, hasCaller,
  });
  // Units reply themselves; now and then the desk enters a reply given by phone (DESIGN §3: operator on behalf).
  const actorRole = rng.chance(0.92) ? 'unit' : 'operator';
  const contactFields = contact ? { contactedAt: contact.at, contactMethod: contact.method } : {};
  const step: DemoStep = {
    action: 'reply', at, actorRole, unitCode,
    payload: { content, contacted, ...contactFields, result, attachmentIds: [] },
  };
  b.add(step);
  return { kind: 'replied' as const, unitCode, result, contacted, hasCaller };
}
