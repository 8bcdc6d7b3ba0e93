import { describe, expect, test } from '@jest/globals';
import type { OrderAction } from './order-actions.js';
import type { DecisionContext, OrderActor, OrderSnapshot } from './order-snapshot.js';
import { decide } from './decide-action.js';
import { checklistAllPassed } from './order-guards.js';
import type { ChecklistEntry } from './review-checklist.js';
import {
  ACTORS,
  aDispatchedOrder,
  anOrder,
  checklist,
  CO,
  daysAgo,
  DUTY_CONTEXT,
  hoursFromNow,
  LEAD,
  NOW,
  OTHER,
  VALID_INPUTS,
} from './order-test-fixtures.js';

const ONE_ITEM: DecisionContext = { communityDutyCategories: [], reviewChecklist: [{ code: 'deadline_met', label: '在办理时限内答复', naAllowed: false }] };
/** The same item once the admin allows n/a for it. */
const ONE_ITEM_NA: DecisionContext = { communityDutyCategories: [], reviewChecklist: [{ code: 'deadline_met', label: '在办理时限内答复', naAllowed: true }] };
/** Every default item judged `na`, or `na` only where the defaults allow it (legal basis, attachments). */
const allNa = () => checklist().map((e) => ({ ...e, verdict: 'na' }));
const naWhereAllowed = () => checklist().map((e) => (['legal_basis', 'attachments_present'].includes(e.item) ? { ...e, verdict: 'na' } : e));

interface GuardCase {
  when: string;
  order: OrderSnapshot;
  action: OrderAction;
  actor: OrderActor;
  input?: unknown;
  ctx?: DecisionContext;
  /** 'ok', a violation kind (not_in_scope, forbidden…), or a rule code. */
  then: string;
}

const signed = anOrder({ status: 'signed' });
const communityLead = { leadUnit: { id: 'SQ004', kind: 'community' }, coUnits: [] };
const pending = {
  unitId: LEAD,
  requestedById: 'u-cgb',
  requestedAt: NOW,
  newDueAt: hoursFromNow(24 * 20),
  reason: '需协调',
  beyondUpstreamLimit: true,
};
const withPending = aDispatchedOrder({ pendingExtension: pending, upstreamDueAt: hoursFromNow(24 * 10) });
const master = (status: string, closedAt: Date | null = null) => ({ master: { id: 'order-0', status, closedAt } });

const CASES: GuardCase[] = [
  // Art. 17 community duty rule
  { when: 'a community leads a category off its duty list', order: signed, action: 'dispatch', actor: ACTORS.supervisor, input: communityLead, ctx: DUTY_CONTEXT, then: 'ORDER_COMMUNITY_DUTY_RULE' },
  { when: 'a community leads a category on its duty list', order: anOrder({ status: 'signed', categoryPath: '社会秩序/邻里纠纷/漏水纠纷' }), action: 'dispatch', actor: ACTORS.supervisor, input: communityLead, ctx: DUTY_CONTEXT, then: 'ok' },
  { when: 'a duty-list entry only shares part of a segment', order: anOrder({ status: 'signed', categoryPath: '社会秩序/邻里纠纷/漏水纠纷' }), action: 'dispatch', actor: ACTORS.supervisor, input: communityLead, ctx: { communityDutyCategories: ['社会秩序/邻里'] }, then: 'ORDER_COMMUNITY_DUTY_RULE' },
  { when: 'the caller forgets the duty list', order: anOrder({ status: 'signed', categoryPath: '社会秩序/邻里纠纷/漏水纠纷' }), action: 'dispatch', actor: ACTORS.supervisor, input: communityLead, then: 'ORDER_COMMUNITY_DUTY_RULE' },
  { when: 'an unclassified order goes to a community lead', order: anOrder({ status: 'signed', categoryPath: null }), action: 'dispatch', actor: ACTORS.supervisor, input: communityLead, ctx: DUTY_CONTEXT, then: 'ORDER_COMMUNITY_DUTY_RULE' },
  { when: 'a community only assists', order: signed, action: 'dispatch', actor: ACTORS.supervisor, input: { leadUnit: { id: LEAD, kind: 'office' }, coUnits: [{ id: 'SQ004', kind: 'community' }] }, ctx: DUTY_CONTEXT, then: 'ok' },
  { when: 'an order is re-dispatched to a community lead off its list', order: aDispatchedOrder(), action: 'redispatch', actor: ACTORS.supervisor, input: { ...communityLead, reason: '属地' }, ctx: DUTY_CONTEXT, then: 'ORDER_COMMUNITY_DUTY_RULE' },
  { when: 'a re-dispatch changes nothing', order: aDispatchedOrder(), action: 'redispatch', actor: ACTORS.supervisor, input: { leadUnit: { id: LEAD, kind: 'office' }, coUnits: [{ id: CO, kind: 'utility' }], reason: '重派' }, then: 'ORDER_REDISPATCH_UNCHANGED' },
  // dispatch grant of the operator's shift
  { when: 'an operator without a dispatch grant dispatches', order: signed, action: 'dispatch', actor: ACTORS.operatorWithoutGrant, input: VALID_INPUTS.dispatch, then: 'ORDER_DISPATCH_NOT_GRANTED' },
  { when: 'an operator whose shift is unknown dispatches', order: signed, action: 'dispatch', actor: { id: 'u-x', role: 'operator', unitId: null }, input: VALID_INPUTS.dispatch, then: 'ORDER_DISPATCH_NOT_GRANTED' },
  { when: 'an operator with the grant dispatches', order: signed, action: 'dispatch', actor: ACTORS.operator, input: VALID_INPUTS.dispatch, then: 'ok' },
  { when: 'a supervisor dispatches without any grant flag', order: signed, action: 'dispatch', actor: ACTORS.supervisor, input: VALID_INPUTS.dispatch, then: 'ok' },
  // the unit's place on the order
  { when: 'staff of an unrelated unit reply', order: aDispatchedOrder(), action: 'reply', actor: ACTORS.otherUnit, input: VALID_INPUTS.reply, then: 'not_in_scope' },
  { when: 'staff of an unrelated unit only acknowledge', order: aDispatchedOrder(), action: 'acknowledge', actor: ACTORS.otherUnit, then: 'not_in_scope' },
  { when: 'unit staff without a unit act', order: aDispatchedOrder(), action: 'acknowledge', actor: { id: 'u-y', role: 'unit', unitId: null }, then: 'not_in_scope' },
  { when: 'staff of a former unit reply', order: aDispatchedOrder(), action: 'reply', actor: ACTORS.formerUnit, input: VALID_INPUTS.reply, then: 'ORDER_NOT_LEAD_UNIT' },
  { when: 'a co-unit sends the final reply', order: aDispatchedOrder(), action: 'reply', actor: ACTORS.coUnit, input: VALID_INPUTS.reply, then: 'ORDER_NOT_LEAD_UNIT' },
  { when: 'a co-unit returns the order to the street', order: aDispatchedOrder(), action: 'unit_return', actor: ACTORS.coUnit, input: VALID_INPUTS.unit_return, then: 'ORDER_NOT_LEAD_UNIT' },
  { when: 'a co-unit asks for an extension', order: aDispatchedOrder(), action: 'extend_request', actor: ACTORS.coUnit, input: VALID_INPUTS.extend_request, then: 'ORDER_NOT_LEAD_UNIT' },
  { when: 'an operator replies on behalf of the lead unit', order: aDispatchedOrder(), action: 'reply', actor: ACTORS.operator, input: VALID_INPUTS.reply, then: 'ok' },
  { when: 'a co-unit acknowledges', order: aDispatchedOrder(), action: 'acknowledge', actor: ACTORS.coUnit, then: 'ok' },
  { when: 'a unit acknowledges twice', order: aDispatchedOrder({ acknowledgedUnitIds: [LEAD] }), action: 'acknowledge', actor: ACTORS.leadUnit, then: 'ORDER_ALREADY_ACKNOWLEDGED' },
  { when: 'the co-unit sends its sub-reply', order: aDispatchedOrder(), action: 'sub_reply', actor: ACTORS.coUnit, input: VALID_INPUTS.sub_reply, then: 'ok' },
  { when: 'the lead unit sends a sub-reply', order: aDispatchedOrder(), action: 'sub_reply', actor: ACTORS.leadUnit, input: VALID_INPUTS.sub_reply, then: 'ORDER_NOT_CO_UNIT' },
  { when: 'a co-unit sub-replies in the name of another unit', order: aDispatchedOrder(), action: 'sub_reply', actor: ACTORS.coUnit, input: { content: 'x', unitId: OTHER }, then: 'ORDER_NOT_CO_UNIT' },
  { when: 'an order without co-units gets a sub-reply', order: aDispatchedOrder({ coUnitIds: [] }), action: 'sub_reply', actor: ACTORS.supervisor, input: { content: 'x', unitId: CO }, then: 'ORDER_NO_CO_UNITS' },
  { when: 'the desk enters a sub-reply without naming the co-unit', order: aDispatchedOrder(), action: 'sub_reply', actor: ACTORS.operator, input: { content: 'x' }, then: 'ORDER_SUB_REPLY_UNIT_REQUIRED' },
  { when: 'the desk enters a sub-reply for a unit that is not a co-unit', order: aDispatchedOrder(), action: 'sub_reply', actor: ACTORS.operator, input: { content: 'x', unitId: LEAD }, then: 'ORDER_NOT_CO_UNIT' },
  { when: 'the desk enters a sub-reply for the co-unit', order: aDispatchedOrder(), action: 'sub_reply', actor: ACTORS.operator, input: { content: 'x', unitId: CO }, then: 'ok' },
  // answer only for consultations
  { when: 'a complaint is answered by the desk', order: signed, action: 'answer', actor: ACTORS.operator, input: VALID_INPUTS.answer, then: 'ORDER_ANSWER_ONLY_CONSULT' },
  { when: 'a consultation is answered by the desk', order: anOrder({ status: 'signed', type: 'consult' }), action: 'answer', actor: ACTORS.operator, input: VALID_INPUTS.answer, then: 'ok' },
  // extensions (Art. 15)
  { when: 'an extension is asked for a past time', order: aDispatchedOrder(), action: 'extend_request', actor: ACTORS.leadUnit, input: { newDueAt: '2026-05-30T10:00:00+08:00', reason: 'r' }, then: 'ORDER_DATE_NOT_IN_FUTURE' },
  { when: 'an extension does not move the due time later', order: aDispatchedOrder({ unitDueAt: hoursFromNow(48) }), action: 'extend_request', actor: ACTORS.leadUnit, input: { newDueAt: hoursFromNow(24), reason: 'r' }, then: 'ORDER_EXTENSION_NOT_LATER' },
  { when: 'a unit asks for a time past the platform limit', order: aDispatchedOrder(), action: 'extend_request', actor: ACTORS.leadUnit, input: { newDueAt: hoursFromNow(24 * 30), reason: 'r' }, then: 'ok' },
  { when: 'a second extension is asked while one is pending', order: withPending, action: 'extend_request', actor: ACTORS.leadUnit, input: VALID_INPUTS.extend_request, then: 'ORDER_EXTENSION_PENDING' },
  { when: 'a supervisor decides with no request pending', order: aDispatchedOrder(), action: 'extend_decide', actor: ACTORS.supervisor, input: { approved: true }, then: 'ORDER_NO_EXTENSION_PENDING' },
  { when: 'an extension past the platform limit is approved without the platform', order: withPending, action: 'extend_decide', actor: ACTORS.supervisor, input: { approved: true }, then: 'ORDER_EXTENSION_BEYOND_UPSTREAM_LIMIT' },
  { when: 'an extension past the platform limit is approved with its consent', order: withPending, action: 'extend_decide', actor: ACTORS.supervisor, input: { approved: true, upstreamApproved: true, newUpstreamDueAt: hoursFromNow(24 * 21) }, then: 'ok' },
  { when: 'the granted time exceeds even the platform’s new limit', order: withPending, action: 'extend_decide', actor: ACTORS.supervisor, input: { approved: true, upstreamApproved: true, newUpstreamDueAt: hoursFromNow(24 * 15) }, then: 'ORDER_EXTENSION_BEYOND_UPSTREAM_LIMIT' },
  { when: 'a shorter extension within the limit is granted', order: withPending, action: 'extend_decide', actor: ACTORS.supervisor, input: { approved: true, dueAt: hoursFromNow(24 * 9) }, then: 'ok' },
  { when: 'an extension past the limit is refused', order: withPending, action: 'extend_decide', actor: ACTORS.supervisor, input: { approved: false }, then: 'ok' },
  { when: 'an order without a platform limit gets a long extension', order: aDispatchedOrder({ upstreamDueAt: null, pendingExtension: pending }), action: 'extend_decide', actor: ACTORS.supervisor, input: { approved: true }, then: 'ok' },
  // merge (Art. 11)
  { when: 'an order is merged into itself', order: anOrder(), action: 'merge', actor: ACTORS.operator, input: { master: { id: 'order-1', status: 'dispatched', closedAt: null } }, then: 'ORDER_MERGE_INTO_SELF' },
  { when: 'the master was itself merged', order: anOrder(), action: 'merge', actor: ACTORS.operator, input: master('merged'), then: 'ORDER_MERGE_MASTER_FINAL' },
  { when: 'the master was returned', order: anOrder(), action: 'merge', actor: ACTORS.operator, input: master('returned'), then: 'ORDER_MERGE_MASTER_FINAL' },
  { when: 'the master closed 29 days ago', order: anOrder(), action: 'merge', actor: ACTORS.operator, input: master('closed', daysAgo(29)), then: 'ok' },
  { when: 'the master closed 30 days ago', order: anOrder(), action: 'merge', actor: ACTORS.operator, input: master('visited', daysAgo(30)), then: 'ORDER_MERGE_MASTER_CLOSED_TOO_LONG' },
  { when: 'a closed master has no closing time', order: anOrder(), action: 'merge', actor: ACTORS.operator, input: master('closed'), then: 'ORDER_MERGE_MASTER_CLOSED_TOO_LONG' },
  { when: 'the master is still pending review', order: anOrder({ status: 'signed' }), action: 'merge', actor: ACTORS.supervisor, input: master('replied'), then: 'ok' },
  // hang
  { when: 'an order is hung without a plan', order: aDispatchedOrder(), action: 'hang', actor: ACTORS.supervisor, input: { nextProgressAt: hoursFromNow(72) }, then: 'invalid_input' },
  { when: 'an order is hung with a past progress date', order: aDispatchedOrder(), action: 'hang', actor: ACTORS.supervisor, input: { plan: 'p', nextProgressAt: hoursFromNow(-1) }, then: 'ORDER_DATE_NOT_IN_FUTURE' },
  { when: 'a hang plan is updated', order: aDispatchedOrder({ hang: { plan: 'p', nextProgressAt: NOW, since: daysAgo(3), byId: 'u-sup' } }), action: 'hang', actor: ACTORS.supervisor, input: VALID_INPUTS.hang, then: 'ok' },
  { when: 'an order that is not hung is unhung', order: aDispatchedOrder(), action: 'unhang', actor: ACTORS.supervisor, input: {}, then: 'ORDER_NOT_HUNG' },
  // reply and review
  { when: 'a reply claims contact in the future', order: aDispatchedOrder(), action: 'reply', actor: ACTORS.leadUnit, input: { ...(VALID_INPUTS.reply as object), contactedAt: hoursFromNow(2) }, then: 'ORDER_DATE_IN_FUTURE' },
  { when: 'a reply is approved with a failed checklist item', order: anOrder({ status: 'replied' }), action: 'approve', actor: ACTORS.reviewer, input: { checklist: checklist(['wording_polite']) }, then: 'ORDER_REVIEW_ITEM_FAILED' },
  { when: 'a reply is rejected although every item passed', order: anOrder({ status: 'replied' }), action: 'reject', actor: ACTORS.reviewer, input: { checklist: checklist(), comment: '重写' }, then: 'ORDER_REJECT_WITHOUT_FAILED_ITEM' },
  // the admin's checklist (DESIGN §6) replaces the defaults when the context carries it
  { when: 'the street’s checklist has one item and it passed', order: anOrder({ status: 'replied' }), action: 'approve', actor: ACTORS.reviewer, ctx: ONE_ITEM, input: { checklist: [{ item: 'deadline_met', verdict: 'pass' }] }, then: 'ok' },
  { when: 'the default items are judged against the street’s own checklist', order: anOrder({ status: 'replied' }), action: 'approve', actor: ACTORS.reviewer, ctx: ONE_ITEM, input: { checklist: checklist() }, then: 'invalid_input' },
  // n/a only where the item allows it (DESIGN §6, issue 9)
  { when: 'a reply is approved with every item n/a', order: anOrder({ status: 'replied' }), action: 'approve', actor: ACTORS.reviewer, input: { checklist: allNa() }, then: 'ORDER_REVIEW_ITEM_FAILED' },
  { when: 'a reply is approved with n/a only on the items that allow it', order: anOrder({ status: 'replied' }), action: 'approve', actor: ACTORS.reviewer, input: { checklist: naWhereAllowed() }, then: 'ok' },
  { when: 'the street’s only item is n/a and does not allow it', order: anOrder({ status: 'replied' }), action: 'approve', actor: ACTORS.reviewer, ctx: ONE_ITEM, input: { checklist: [{ item: 'deadline_met', verdict: 'na' }] }, then: 'ORDER_REVIEW_ITEM_FAILED' },
  { when: 'the street’s only item is n/a and the admin allows it', order: anOrder({ status: 'replied' }), action: 'approve', actor: ACTORS.reviewer, ctx: ONE_ITEM_NA, input: { checklist: [{ item: 'deadline_met', verdict: 'na' }] }, then: 'ok' },
  { when: 'a rejection marks n/a on an item that does not allow it', order: anOrder({ status: 'replied' }), action: 'reject', actor: ACTORS.reviewer, input: { checklist: checklist(['result_clear']).map((e) => (e.item === 'citizen_contacted' ? { ...e, verdict: 'na' } : e)), comment: '重写' }, then: 'ORDER_REVIEW_NA_NOT_ALLOWED' },
  { when: 'a rejection marks n/a only where allowed', order: anOrder({ status: 'replied' }), action: 'reject', actor: ACTORS.reviewer, input: { checklist: checklist(['result_clear']).map((e) => (e.item === 'legal_basis' ? { ...e, verdict: 'na' } : e)), comment: '重写' }, then: 'ok' },
  { when: 'a rejection has only n/a and no failed item', order: anOrder({ status: 'replied' }), action: 'reject', actor: ACTORS.reviewer, input: { checklist: allNa(), comment: '重写' }, then: 'ORDER_REJECT_WITHOUT_FAILED_ITEM' },
  // callback and exclusion (DESIGN §8)
  { when: 'a callback narrows a full order to response-only', order: anOrder({ status: 'closed' }), action: 'callback', actor: ACTORS.reviewer, input: { ...(VALID_INPUTS.callback as object), assessment: 'response_only' }, then: 'ok' },
  { when: 'a callback would set an excluded order back to full', order: anOrder({ status: 'closed', assessment: 'excluded' }), action: 'callback', actor: ACTORS.reviewer, input: { ...(VALID_INPUTS.callback as object), assessment: 'full' }, then: 'ORDER_ASSESSMENT_EXCLUDED' },
  { when: 'a callback tries to exclude the order itself', order: anOrder({ status: 'closed' }), action: 'callback', actor: ACTORS.reviewer, input: { ...(VALID_INPUTS.callback as object), assessment: 'excluded' }, then: 'invalid_input' },
  // 挂账 responsible unit
  { when: 'a co-unit is made responsible for a hang plan', order: aDispatchedOrder(), action: 'hang', actor: ACTORS.supervisor, input: { ...(VALID_INPUTS.hang as object), responsibleUnitId: CO }, then: 'ok' },
  { when: 'a unit not handling the order is made responsible', order: aDispatchedOrder(), action: 'hang', actor: ACTORS.supervisor, input: { ...(VALID_INPUTS.hang as object), responsibleUnitId: OTHER }, then: 'ORDER_HANG_UNIT_NOT_HANDLING' },
];

describe('order guards', () => {
  test.each(CASES)('when $when, then $then', ({ order, action, actor, input, ctx, then }) => {
    const result = decide(order, action, input ?? VALID_INPUTS[action], actor, NOW, ctx);
    const answer = result.ok ? 'ok' : result.error.kind === 'rule' ? result.error.code : result.error.kind;
    expect(answer).toBe(then);
  });

  test('when the community duty rule refuses, then the violation names the rule and the category', () => {
    const result = decide(anOrder({ status: 'signed' }), 'dispatch', communityLead, ACTORS.supervisor, NOW, DUTY_CONTEXT);
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'rule',
        code: 'ORDER_COMMUNITY_DUTY_RULE',
        httpStatus: 409,
        details: { rule: 'Art. 17', unitId: 'SQ004', categoryPath: '公共服务/供暖/室温不达标' },
      },
    });
    expect(result.ok ? '' : result.error.message).toContain('第十七条');
  });

  test('when approval is refused for a failed item, then 409 names the item by its label', () => {
    const result = decide(anOrder({ status: 'replied' }), 'approve', { checklist: checklist(['wording_polite']) }, ACTORS.reviewer, NOW);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'ORDER_REVIEW_ITEM_FAILED', httpStatus: 409, details: { failedItems: [{ item: 'wording_polite', label: '用语文明规范，无禁用表述', reason: 'failed' }] } },
    });
    expect(result.ok ? '' : result.error.message).toBe('审核项“用语文明规范，无禁用表述”未通过，不能初审通过');
  });

  test('when a hang names no responsible unit, then the lead unit is responsible and the note is kept', () => {
    const result = decide(aDispatchedOrder(), 'hang', { ...(VALID_INPUTS.hang as object), note: '已立项' }, ACTORS.supervisor, NOW);
    expect(result).toMatchObject({ ok: true, decision: { changes: { hang: { responsibleUnitId: LEAD, note: '已立项' } } } });
  });

  test('when an order is hung without a plan, then the field error names the plan', () => {
    const result = decide(aDispatchedOrder(), 'hang', { nextProgressAt: '2026-06-05T10:00:00+08:00' }, ACTORS.supervisor, NOW);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', details: { fields: [{ field: 'plan', code: 'required' }] } },
    });
  });
});

/** The approve guard on its own, so an item missing from the input (which parsing refuses first) is judged too. */
describe('checklistAllPassed', () => {
  const judged = (verdicts: Record<string, ChecklistEntry['verdict'] | null>): ChecklistEntry[] =>
    checklist().flatMap((e) => (verdicts[e.item] === null ? [] : [{ ...e, verdict: verdicts[e.item] ?? e.verdict }]));
  const guard = (entries: ChecklistEntry[], ctx: DecisionContext = { communityDutyCategories: [] }) =>
    checklistAllPassed({ order: anOrder({ status: 'replied' }), actor: ACTORS.reviewer, now: NOW, ctx, input: { checklist: entries } });

  test.each([
    {
      when: 'every item is n/a',
      entries: judged(Object.fromEntries(checklist().map((e) => [e.item, 'na']))),
      failedItems: [
        { item: 'citizen_contacted', label: '已联系诉求人并注明时间和方式', reason: 'na_not_allowed' },
        { item: 'all_demands_answered', label: '逐项答复诉求', reason: 'na_not_allowed' },
        { item: 'result_clear', label: '办理结果表述明确', reason: 'na_not_allowed' },
        { item: 'wording_polite', label: '用语文明规范，无禁用表述', reason: 'na_not_allowed' },
        { item: 'no_third_party_pii', label: '不含第三方个人信息', reason: 'na_not_allowed' },
      ],
      message: '审核项“已联系诉求人并注明时间和方式”、“逐项答复诉求”、“办理结果表述明确”、“用语文明规范，无禁用表述”、“不含第三方个人信息”不能判定为不适用，不能初审通过',
    },
    {
      when: 'the citizen-contacted item is missing',
      entries: judged({ citizen_contacted: null }),
      failedItems: [{ item: 'citizen_contacted', label: '已联系诉求人并注明时间和方式', reason: 'not_judged' }],
      message: '审核项“已联系诉求人并注明时间和方式”未评定，不能初审通过',
    },
    {
      when: 'one item failed, one is n/a without leave, one is missing and the attachments are n/a',
      entries: judged({ wording_polite: 'fail', result_clear: 'na', no_third_party_pii: null, attachments_present: 'na' }),
      failedItems: [
        { item: 'result_clear', label: '办理结果表述明确', reason: 'na_not_allowed' },
        { item: 'wording_polite', label: '用语文明规范，无禁用表述', reason: 'failed' },
        { item: 'no_third_party_pii', label: '不含第三方个人信息', reason: 'not_judged' },
      ],
      message: '审核项“用语文明规范，无禁用表述”未通过；“办理结果表述明确”不能判定为不适用；“不含第三方个人信息”未评定，不能初审通过',
    },
  ])('when $when, then 409 names each item with why', ({ entries, failedItems, message }) => {
    expect(guard(entries)).toEqual({ kind: 'rule', code: 'ORDER_REVIEW_ITEM_FAILED', httpStatus: 409, details: { failedItems }, message });
  });

  test.each([
    { when: 'the legal basis and the attachments are n/a', entries: judged({ legal_basis: 'na', attachments_present: 'na' }) },
    { when: 'every item passed', entries: checklist() },
  ])('when $when, then approval passes', ({ entries }) => {
    expect(guard(entries)).toBeNull();
  });

  test('when the admin flips n/a on for an item, then the same verdicts pass; flipped off, they are refused', () => {
    const entries: ChecklistEntry[] = [{ item: 'deadline_met', verdict: 'na' }];
    expect(guard(entries, ONE_ITEM_NA)).toBeNull();
    expect(guard(entries, ONE_ITEM)?.details).toEqual({ failedItems: [{ item: 'deadline_met', label: '在办理时限内答复', reason: 'na_not_allowed' }] });
  });
});
