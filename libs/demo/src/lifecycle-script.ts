import type { ReplyResult, ReturnReason, ReviewChecklistItem, Satisfaction } from '@app/orders';
import type { DemoOrderState, DemoStep } from './demo-order-plan.js';
import {
  callbackMoment, dispatchMoment, reviewDelayMinutes, signDelayMinutes, unitDueAt, unitWorkingMoment,
} from './lifecycle-timing.js';
import { CALLBACK_NOTES, REJECT_COMMENTS, deskAnswerText, reviewChecklist } from './reply-texts.js';
import { ScriptBuilder, type OrderScriptContext } from './script-context.js';
import { addDays, addHours, addMinutes, formatShanghaiMonthDayTime, laterOf } from './shanghai-time.js';
import { scriptUnitStay, type UnitStayOutcome } from './unit-handling.js';

/**
 * The whole life of one order, as it would unfold with no end date (派 接 退 办 馈 访, DESIGN §3). The generator cuts
 * the script at its `to` instant, which leaves recent orders open at a realistic state.
 */
export function scriptLifecycle(ctx: OrderScriptContext): DemoStep[] {
  const { rng } = ctx;
  const b = new ScriptBuilder(ctx.receivedAt);
  const firstAt = addMinutes(ctx.receivedAt, signDelayMinutes(rng, ctx.urgency, ctx.receivedAt));

  if (ctx.master && isMergeable(ctx.master.stateAt(firstAt))) {
    // Repeat calls: the desk merges and tells the caller the master's progress (Art. 11).
    const note = '来电人此前已反映相同问题，已合并至原工单并告知办理进度';
    if (rng.chance(0.6)) b.add({ action: 'sign', at: firstAt, actorRole: 'operator', payload: {} });
    b.add({ action: 'merge', at: addMinutes(firstAt, rng.between(3, 25)), actorRole: 'operator', payload: { masterUpstreamNo: ctx.master.upstreamNo, note } });
    return b.steps;
  }

  b.add({ action: 'sign', at: firstAt, actorRole: rng.chance(0.85) ? 'operator' : 'supervisor', payload: {} });

  // Only consultations may be answered by the desk itself (DESIGN §3 answer); everything else is dispatched.
  if (ctx.type === 'consult' && ctx.profile.answers && rng.chance(0.7)) {
    const at = addMinutes(b.now, rng.between(3, 25));
    b.add({ action: 'answer', at, actorRole: 'operator', payload: { content: deskAnswerText(rng, ctx.profile, at), result: 'solved' } });
    return finishAfterReply(ctx, b, DESK_ANSWER);
  }

  if (ctx.profile.outsideDuty && ctx.channel !== 'proactive' && rng.chance(0.35)) {
    const returned = requestUpstreamReturn(ctx, b, 'not_our_duty', ctx.profile.outsideDuty);
    if (returned) return b.steps;
  }

  let outcome = dispatchAndHandle(ctx, b, false);
  if (outcome.kind === 'returned') {
    // The desk re-checks: either the platform takes it back, or the desk completes the information and re-dispatches.
    const askPlatform = outcome.reason === 'not_our_duty' && rng.chance(0.4);
    if (askPlatform && requestUpstreamReturn(ctx, b, 'not_our_duty', '承办单位核实该诉求不属于街道职责范围')) return b.steps;
    outcome = dispatchAndHandle(ctx, b, true);
  }
  return finishAfterReply(ctx, b, outcome);
}

/** A consultation the desk answered itself: reviewed like a unit's reply, never rejected or reopened here. */
const DESK_ANSWER = { kind: 'replied', unitCode: null, coUnitCodes: [], result: 'solved', contacted: true, hasCaller: true } as const;
type ScriptedReply = (UnitStayOutcome & { kind: 'replied' }) | typeof DESK_ANSWER;

function isMergeable(state: DemoOrderState): boolean {
  // The master must be open or recently closed; a returned or merged master cannot take a duplicate (Art. 11).
  return state !== 'returned' && state !== 'merged' && state !== 'return_pending';
}

function dispatchAndHandle(ctx: OrderScriptContext, b: ScriptBuilder, again: boolean): UnitStayOutcome {
  const { rng, target } = ctx;
  const at = again ? addHours(b.now, rng.between(0.5, 4)) : dispatchMoment(rng, b.now, ctx.urgency);
  const dueAt = unitDueAt(ctx.upstreamDueAt, at, ctx.urgency);
  const co = target.coUnitCodes.map(ctx.unitName).join('、');
  const instructions = again ? '已补充核实信息，经研判仍由贵单位牵头办理' : co ? `请牵头办理，${co}协助` : '请按时限办理并及时联系来电人';
  b.add({ action: 'dispatch', at, actorRole: 'supervisor', unitCode: target.unitCode, coUnitCodes: [...target.coUnitCodes], payload: { instructions } });
  return scriptUnitStay(ctx, b, {
    unitCode: target.unitCode, coUnitCodes: target.coUnitCodes, dispatchedAt: b.now, unitDueAt: dueAt, reopened: false, returnedBefore: again,
  });
}

/** 申请退单 and the platform's decision; true when the order left the street. */
function requestUpstreamReturn(ctx: OrderScriptContext, b: ScriptBuilder, reason: ReturnReason, text: string): boolean {
  const { rng } = ctx;
  b.add({ action: 'request_return', at: addMinutes(b.now, rng.between(10, 90)), actorRole: 'supervisor', payload: { reason, text, evidenceIds: [] } });
  const accepted = rng.chance(0.8);
  const comment = accepted ? '市级平台同意退单' : '市级平台不同意退单，请街道继续办理';
  b.add({ action: 'return_decided', at: addHours(b.now, rng.between(2, 30)), actorRole: 'supervisor', payload: { accepted, comment } });
  return accepted;
}

/** Review, callback and the occasional reopen after the first reply. */
function finishAfterReply(ctx: OrderScriptContext, b: ScriptBuilder, outcome: UnitStayOutcome | ScriptedReply): DemoStep[] {
  if (outcome.kind !== 'replied') return b.steps;
  const { rng } = ctx;
  review(ctx, b, outcome);
  // Nobody to call back: the desk's own findings; praise has nothing to evaluate.
  if (ctx.channel === 'proactive' || ctx.type === 'praise') return b.steps;

  const satisfaction = callback(ctx, b, outcome.result, false);
  const reopen = satisfaction === 'dissatisfied' && ctx.urgency !== 'critical' && rng.chance(0.3);
  if (!reopen || outcome.unitCode === null) return b.steps;

  // The platform sent the case back after a dissatisfied callback (重办), with a new limit; it counts as rework.
  const at = addDays(b.now, rng.between(1, 4));
  const newUpstreamDueAt = addDays(at, 7);
  b.add({ action: 'reopen', at, actorRole: 'supervisor', unitCode: outcome.unitCode, payload: { reason: '市级平台退回重办：来电人对办理结果不满意', newUpstreamDueAt } });
  const second = scriptUnitStay({ ...ctx, upstreamDueAt: newUpstreamDueAt }, b, {
    unitCode: outcome.unitCode, coUnitCodes: outcome.coUnitCodes, dispatchedAt: b.now,
    unitDueAt: unitDueAt(newUpstreamDueAt, at, ctx.urgency), reopened: true, returnedBefore: true,
  });
  if (second.kind !== 'replied') return b.steps;
  review(ctx, b, second);
  callback(ctx, b, second.result, true);
  return b.steps;
}

/** First review; about 8% of replies are rejected once and answered again (DESIGN §6). */
function review(ctx: OrderScriptContext, b: ScriptBuilder, outcome: ScriptedReply): void {
  const { rng } = ctx;
  const reviewAt = () => addMinutes(b.now, reviewDelayMinutes(rng, ctx.urgency));
  const rejectChance = outcome.contacted || !outcome.hasCaller ? 0.06 : 0.65;
  if (outcome.unitCode !== null && rng.chance(rejectChance)) {
    const candidates: ReviewChecklistItem[] = ['all_demands_answered', 'result_clear', 'attachments_present'];
    if (outcome.result !== 'solved') candidates.push('legal_basis');
    const failed: ReviewChecklistItem[] = outcome.contacted || !outcome.hasCaller ? [rng.pick(candidates)] : ['citizen_contacted'];
    const comment = failed.map((item) => REJECT_COMMENTS[item]).join('；');
    b.add({ action: 'reject', at: reviewAt(), actorRole: 'reviewer', payload: { checklist: reviewChecklist(outcome.result, outcome.hasCaller, failed), comment } });
    b.add(supplementaryReply(ctx, b, outcome.unitCode, outcome.result, outcome.hasCaller));
  }
  b.add({ action: 'approve', at: reviewAt(), actorRole: 'reviewer', payload: { checklist: reviewChecklist(outcome.result, outcome.hasCaller) } });
}

/** The unit's second reply after a rejection: the missing contact or answers added. */
function supplementaryReply(ctx: OrderScriptContext, b: ScriptBuilder, unitCode: string, result: ReplyResult, hasCaller: boolean): DemoStep {
  const { rng } = ctx;
  const at = unitWorkingMoment(rng, addHours(b.now, rng.logNormal(ctx.urgency === 'normal' ? 8 : 1, 0.6)), ctx.urgency);
  const unitName = ctx.unitName(unitCode);
  if (!hasCaller) {
    const content = `（补充答复）${unitName}已补充现场处置情况和整改前后对比说明。`;
    return { action: 'reply', at, actorRole: 'unit', unitCode, payload: { content, contacted: false, result, attachmentIds: [] } };
  }
  const contactedAt = laterOf(addMinutes(at, -rng.between(10, 40)), b.now);
  const content = `（补充答复）${unitName}于${formatShanghaiMonthDayTime(contactedAt)}再次电话联系来电人，逐项答复诉求，并补充了现场整改情况。`;
  return {
    action: 'reply', at, actorRole: 'unit', unitCode,
    payload: { content, contacted: true, contactedAt, contactMethod: 'phone', result, attachmentIds: [] },
  };
}

/**
 * Callback verdicts follow the result: solved cases are mostly 满意, explanations draw most of the 不满意; overall
 * about 80 / 12 / 8. About 7% of citizens cannot be reached, which makes the callback invalid.
 */
function callback(ctx: OrderScriptContext, b: ScriptBuilder, result: ReplyResult, second: boolean): Satisfaction | null {
  const { rng } = ctx;
  const at = callbackMoment(rng, b.now);
  if (!rng.chance(0.93)) {
    b.add({ action: 'callback', at, actorRole: 'reviewer', payload: { contacted: false, valid: false, note: rng.pick(CALLBACK_NOTES.unreachable) } });
    return null;
  }
  const table: Record<ReplyResult, [Satisfaction, number][]> = {
    solved: [['satisfied', 92], ['basically', 6], ['dissatisfied', 2]],
    partly: [['satisfied', 60], ['basically', 25], ['dissatisfied', 15]],
    explained_unsolvable: [['satisfied', 50], ['basically', 22], ['dissatisfied', 28]],
  };
  const satisfaction = second
    ? rng.weighted<Satisfaction>([['satisfied', 70], ['basically', 20], ['dissatisfied', 10]])
    : rng.weighted(table[result]);
  const solved = rng.chance(result === 'solved' ? 0.95 : result === 'partly' ? 0.5 : 0.12);
  b.add({
    action: 'callback', at, actorRole: 'reviewer',
    payload: { contacted: true, solved, satisfaction, valid: true, note: rng.pick(CALLBACK_NOTES[satisfaction]) },
  });
  return satisfaction;
}
