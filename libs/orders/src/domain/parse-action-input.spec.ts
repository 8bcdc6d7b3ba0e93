import { describe, expect, test } from '@jest/globals';
import type { OrderAction } from './order-actions.js';
import { ORDER_ACTIONS } from './order-actions.js';
import { checklist, VALID_INPUTS } from './order-test-fixtures.js';
import { parseActionInput } from './parse-action-input.js';

interface FieldCase {
  when: string;
  action: OrderAction;
  raw: unknown;
  /** Expected `field:code` pairs, in order. */
  then: string[];
}

const reply = VALID_INPUTS.reply as Record<string, unknown>;

const CASES: FieldCase[] = [
  { when: 'the body is not an object', action: 'urge', raw: 'hurry', then: [':invalid'] },
  { when: 'required texts are missing or blank', action: 'unit_return', raw: { reason: 'not_our_duty', text: '   ' }, then: ['text:required'] },
  { when: 'a code is unknown', action: 'unit_return', raw: { reason: 'lazy', text: 'x' }, then: ['reason:invalid'] },
  { when: 'a text is too long', action: 'redispatch', raw: { leadUnit: { id: 'a', kind: 'office' }, reason: '长'.repeat(501) }, then: ['reason:too_long'] },
  { when: 'a date has no time zone', action: 'hang', raw: { plan: 'p', nextProgressAt: '2026-07-01 10:00' }, then: ['nextProgressAt:invalid'] },
  { when: 'the lead unit is missing', action: 'dispatch', raw: {}, then: ['leadUnit:required', 'leadUnit.id:required', 'leadUnit.kind:required'] },
  { when: 'a co-unit is also the lead', action: 'dispatch', raw: { leadUnit: { id: 'a', kind: 'office' }, coUnits: [{ id: 'a', kind: 'office' }] }, then: ['coUnits:not_allowed'] },
  { when: 'a co-unit is named twice', action: 'dispatch', raw: { leadUnit: { id: 'a', kind: 'office' }, coUnits: [{ id: 'b', kind: 'police' }, { id: 'b', kind: 'police' }] }, then: ['coUnits:duplicate'] },
  { when: 'a co-unit has an unknown kind', action: 'dispatch', raw: { leadUnit: { id: 'a', kind: 'office' }, coUnits: [{ id: 'b', kind: 'bank' }] }, then: ['coUnits[0].kind:invalid'] },
  { when: 'a contacted reply lacks time and method', action: 'reply', raw: { ...reply, contactedAt: undefined, contactMethod: undefined }, then: ['contactedAt:required', 'contactMethod:required'] },
  { when: 'an uncontacted reply gives a contact time', action: 'reply', raw: { ...reply, contacted: false, contactMethod: undefined }, then: ['contactedAt:not_allowed'] },
  { when: 'a reply lacks its result', action: 'reply', raw: { ...reply, result: undefined }, then: ['result:required'] },
  { when: 'a reached citizen’s callback lacks the verdicts', action: 'callback', raw: { contacted: true, valid: true }, then: ['solved:required', 'satisfaction:required'] },
  { when: 'an unreached citizen is given a satisfaction', action: 'callback', raw: { contacted: false, satisfaction: 'satisfied', valid: false }, then: ['satisfaction:not_allowed'] },
  { when: 'the checklist misses items', action: 'approve', raw: { checklist: checklist().slice(1) }, then: ['checklist:required'] },
  { when: 'the checklist is absent', action: 'approve', raw: {}, then: ['checklist:required'] },
  { when: 'a rejection has no comment', action: 'reject', raw: { checklist: checklist(['result_clear']) }, then: ['comment:required'] },
  { when: 'the platform approved without giving its new limit', action: 'extend_decide', raw: { approved: true, upstreamApproved: true }, then: ['newUpstreamDueAt:required'] },
  { when: 'a refusal carries a granted time', action: 'extend_decide', raw: { approved: false, dueAt: '2026-06-20T10:00:00+08:00' }, then: ['dueAt:not_allowed'] },
  { when: 'evidence ids repeat', action: 'request_return', raw: { reason: 'duplicate', text: 'x', evidenceIds: ['f', 'f'] }, then: ['evidenceIds:duplicate'] },
  { when: 'the merge master lacks its state', action: 'merge', raw: { master: { id: 'o' } }, then: ['master.status:required'] },
];

describe('parseActionInput', () => {
  test.each(CASES)('when $when, then the field errors are $then', ({ action, raw, then }) => {
    const result = parseActionInput(action, raw);
    expect(result.ok ? [] : result.fieldErrors.map((e) => `${e.field}:${e.code}`)).toEqual(then);
  });

  test.each([...ORDER_ACTIONS])('when the input of %s is valid, then it parses', (action) => {
    expect(parseActionInput(action, VALID_INPUTS[action])).toMatchObject({ ok: true });
  });

  test('when input is valid, then texts are trimmed, dates parsed and absent optionals dropped', () => {
    const result = parseActionInput('hang', { plan: '  修缮计划  ', nextProgressAt: '2026-07-01T10:00:00+08:00', extra: 1 });
    expect(result).toEqual({ ok: true, input: { plan: '修缮计划', nextProgressAt: new Date('2026-07-01T02:00:00Z') } });
  });

  test.each([
    ['explained_unsolvable', 'explained_unsolvable'],
    ['explained-unsolvable', 'explained_unsolvable'],
    ['explained', 'explained_unsolvable'],
    ['solved', 'solved'],
  ])('when a reply states the result as %s, then it is read as %s', (given, read) => {
    const result = parseActionInput('reply', { ...(VALID_INPUTS.reply as object), result: given });
    expect(result).toMatchObject({ ok: true, input: { result: read } });
  });

  test('when a result is no known code nor spelling of one, then it is a field error', () => {
    const result = parseActionInput('reply', { ...(VALID_INPUTS.reply as object), result: 'toString' });
    expect(result.ok ? [] : result.fieldErrors.map((e) => `${e.field}:${e.code}`)).toEqual(['result:invalid']);
  });

  test('when every field error is reported, then each has a Chinese message', () => {
    const result = parseActionInput('reply', {});
    expect(result.ok).toBe(false);
    if (!result.ok) for (const e of result.fieldErrors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
