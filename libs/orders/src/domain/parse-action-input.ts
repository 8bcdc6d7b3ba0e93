import type { ActionInputs, UnitRef } from './action-inputs.js';
import { InputReader, LONG_TEXT_MAX, SHORT_TEXT_MAX, type FieldError } from './input-reader.js';
import type { OrderAction } from './order-actions.js';
import {
  ASSESSMENT_SCOPES,
  CONTACT_METHODS,
  ORDER_STATUSES,
  REPLY_RESULTS,
  REPLY_RESULT_ALIASES,
  RETURN_REASONS,
  SATISFACTIONS,
  UNIT_KINDS,
  UNIT_RETURN_REASONS,
} from './order-status.js';
import type { DecisionContext } from './order-snapshot.js';
import {
  CHECKLIST_ITEM_CODE,
  CHECKLIST_VERDICTS,
  DEFAULT_REVIEW_CHECKLIST,
  type ChecklistEntry,
  type ReviewChecklistItemDef,
} from './review-checklist.js';

export type ParsedInput<A extends OrderAction> =
  | { ok: true; input: ActionInputs[A] }
  | { ok: false; fieldErrors: FieldError[] };

/**
 * Checks the shape of an action's input (types, required fields, field combinations) and returns either the typed
 * input or every field error. Rules that need the order or the time (dates in the future, the upstream limit, the
 * Art. 17 duty list) are guards, checked by `authorize`.
 */
export function parseActionInput<A extends OrderAction>(
  action: A,
  raw: unknown,
  ctx: Pick<DecisionContext, 'reviewChecklist'> = {},
): ParsedInput<A> {
  const reader = new InputReader(raw ?? {});
  const checklistItems = ctx.reviewChecklist ?? DEFAULT_REVIEW_CHECKLIST;
  const input = withoutUndefined(INPUT_PARSERS[action](reader, checklistItems) as object) as ActionInputs[A];
  return reader.errors.length > 0 ? { ok: false, fieldErrors: reader.errors } : { ok: true, input };
}

type InputParsers = { [A in OrderAction]: (r: InputReader, checklist: readonly ReviewChecklistItemDef[]) => ActionInputs[A] };

const INPUT_PARSERS: InputParsers = {
  sign: (r) => ({ note: r.optionalText('note') }),
  merge: (r) => {
    const m = r.nested('master');
    return {
      master: { id: m.id('id'), status: m.code('status', ORDER_STATUSES), closedAt: m.optionalDate('closedAt') ?? null },
      note: r.optionalText('note'),
    };
  },
  answer: (r) => ({ content: r.text('content'), result: r.code('result', REPLY_RESULTS, REPLY_RESULT_ALIASES) }),
  dispatch: (r) => ({ ...readUnits(r), instructions: r.optionalText('instructions') }),
  acknowledge: (r) => ({ note: r.optionalText('note') }),
  contact: (r) => ({
    contactedAt: r.date('contactedAt'),
    method: r.code('method', CONTACT_METHODS),
    contactedBy: r.text('contactedBy', SHORT_TEXT_MAX),
    summary: r.text('summary', SHORT_TEXT_MAX),
  }),
  redispatch: (r) => ({ ...readUnits(r), reason: r.text('reason', SHORT_TEXT_MAX) }),
  unit_return: (r) => ({ reason: r.code('reason', UNIT_RETURN_REASONS), text: r.text('text', SHORT_TEXT_MAX) }),
  urge: (r) => ({ comment: r.optionalText('comment') }),
  extend_request: (r) => ({ newDueAt: r.date('newDueAt'), reason: r.text('reason', SHORT_TEXT_MAX) }),
  extend_decide: (r) => {
    const approved = r.bool('approved');
    if (!approved) {
      for (const name of ['dueAt', 'upstreamApproved', 'newUpstreamDueAt']) r.forbid(name, '驳回延期时不应填写');
    }
    const upstreamApproved = r.optionalBool('upstreamApproved');
    if (upstreamApproved && !r.has('newUpstreamDueAt')) r.fail('newUpstreamDueAt', 'required', '平台批准延期时须填写新的平台时限');
    return {
      approved,
      dueAt: r.optionalDate('dueAt'),
      upstreamApproved,
      newUpstreamDueAt: r.optionalDate('newUpstreamDueAt'),
      comment: r.optionalText('comment'),
    };
  },
  sub_reply: (r) => ({ unitId: r.optionalId('unitId'), content: r.text('content'), attachmentIds: r.ids('attachmentIds') }),
  reply: (r) => {
    const contacted = r.bool('contacted');
    if (contacted) {
      if (!r.has('contactedAt')) r.fail('contactedAt', 'required', '已联系诉求人时须填写联系时间');
      if (!r.has('contactMethod')) r.fail('contactMethod', 'required', '已联系诉求人时须填写联系方式');
    } else {
      r.forbid('contactedAt', '未联系诉求人时不应填写联系时间');
      r.forbid('contactMethod', '未联系诉求人时不应填写联系方式');
    }
    return {
      content: r.text('content', LONG_TEXT_MAX),
      contacted,
      contactedAt: r.optionalDate('contactedAt'),
      contactMethod: r.optionalCode('contactMethod', CONTACT_METHODS),
      result: r.code('result', REPLY_RESULTS, REPLY_RESULT_ALIASES),
      attachmentIds: r.ids('attachmentIds'),
    };
  },
  approve: (r, items) => ({ checklist: readChecklist(r, items), comment: r.optionalText('comment') }),
  reject: (r, items) => ({ checklist: readChecklist(r, items), comment: r.text('comment', SHORT_TEXT_MAX) }),
  request_return: (r) => ({
    reason: r.code('reason', RETURN_REASONS),
    text: r.text('text', SHORT_TEXT_MAX),
    evidenceIds: r.ids('evidenceIds'),
  }),
  return_decided: (r) => ({ accepted: r.bool('accepted'), comment: r.optionalText('comment') }),
  callback: (r) => {
    const contacted = r.bool('contacted');
    if (contacted) {
      if (!r.has('solved')) r.fail('solved', 'required', '联系上诉求人时须记录是否解决');
      if (!r.has('satisfaction')) r.fail('satisfaction', 'required', '联系上诉求人时须记录满意度');
    } else {
      r.forbid('solved', '未联系上诉求人时不应填写');
      r.forbid('satisfaction', '未联系上诉求人时不应填写');
    }
    return {
      contacted,
      solved: r.optionalBool('solved'),
      satisfaction: r.optionalCode('satisfaction', SATISFACTIONS),
      valid: r.bool('valid'),
      assessment: readCallbackAssessment(r),
      note: r.optionalText('note'),
    };
  },
  reopen: (r) => ({ reason: r.text('reason', SHORT_TEXT_MAX), newUpstreamDueAt: r.optionalDate('newUpstreamDueAt') }),
  hang: (r) => ({
    plan: r.text('plan', LONG_TEXT_MAX),
    nextProgressAt: r.date('nextProgressAt'),
    responsibleUnitId: r.optionalId('responsibleUnitId'),
    note: r.optionalText('note', LONG_TEXT_MAX),
  }),
  unhang: (r) => ({ comment: r.optionalText('comment') }),
  reclassify: (r) => ({ category: r.text('category', 200), reason: r.text('reason', SHORT_TEXT_MAX) }),
};

/** Lead unit and co-units of a (re)dispatch: the lead is not also a co-unit, and no co-unit is named twice. */
function readUnits(r: InputReader): { leadUnit: UnitRef; coUnits: UnitRef[] } {
  const lead = r.nested('leadUnit');
  const leadUnit: UnitRef = { id: lead.id('id'), kind: lead.code('kind', UNIT_KINDS) };
  const coUnits = r.nestedList('coUnits').map((c): UnitRef => ({ id: c.id('id'), kind: c.code('kind', UNIT_KINDS) }));
  const coIds = coUnits.map((u) => u.id);
  if (coIds.includes(leadUnit.id)) r.fail('coUnits', 'not_allowed', '主办单位不能同时是协办单位');
  if (new Set(coIds).size !== coIds.length) r.fail('coUnits', 'duplicate', '协办单位有重复');
  return { leadUnit, coUnits };
}

/**
 * Every item of the street's active checklist judged exactly once (DESIGN §6: each item pass/fail, stored); an
 * item the checklist does not have is an error, so a stale client cannot skip a newly added item.
 */
function readChecklist(r: InputReader, items: readonly ReviewChecklistItemDef[]): ChecklistEntry[] {
  if (!r.has('checklist')) {
    r.fail('checklist', 'required', '必填');
    return [];
  }
  const codes = items.map((i) => i.code);
  const entries = r.nestedList('checklist').map((e): ChecklistEntry => {
    const item = e.id('item');
    if (item && (!CHECKLIST_ITEM_CODE.test(item) || !codes.includes(item))) e.fail('item', 'invalid', `不是现行审核项：${item}`);
    return withoutUndefined({ item, verdict: e.code('verdict', CHECKLIST_VERDICTS), note: e.optionalText('note') });
  });
  const judged = entries.map((e) => e.item);
  if (new Set(judged).size !== judged.length) r.fail('checklist', 'duplicate', '审核项有重复');
  const missing = items.filter((item) => !judged.includes(item.code));
  if (missing.length > 0) r.fail('checklist', 'required', `以下审核项未评定：${missing.map((i) => i.label).join('、')}`);
  return entries;
}

/** `excluded` needs a supervisor's decision on an exclusion request (剔除申请), not a reviewer's callback. */
function readCallbackAssessment(r: InputReader): Exclude<(typeof ASSESSMENT_SCOPES)[number], 'excluded'> | undefined {
  const scope = r.optionalCode('assessment', ASSESSMENT_SCOPES);
  if (scope !== 'excluded') return scope;
  r.fail('assessment', 'not_allowed', '剔除须提交剔除申请并经值班长批准');
  return undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
