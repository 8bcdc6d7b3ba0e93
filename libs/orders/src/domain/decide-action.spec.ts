import { describe, expect, test } from '@jest/globals';
import { decide } from './decide-action.js';
import { ORDER_ACTIONS, type OrderAction } from './order-actions.js';
import type { OrderEffect } from './order-effects.js';
import type { OrderActor, OrderChanges, OrderSnapshot } from './order-snapshot.js';
import type { OrderStatus } from './order-status.js';
import {
  ACTORS,
  aDispatchedOrder,
  anOrder,
  checklist,
  CO,
  DUTY_CONTEXT,
  FORMER,
  hoursFromNow,
  LEAD,
  NOW,
  OTHER,
  VALID_INPUTS,
} from './order-test-fixtures.js';

interface DecideCase {
  action: OrderAction;
  when?: string;
  order: OrderSnapshot;
  actor: OrderActor;
  input?: unknown;
  to: OrderStatus;
  changes: OrderChanges;
  effects: OrderEffect[];
}

const hung = { plan: '改造计划', nextProgressAt: hoursFromNow(72), since: NOW, byId: 'u-sup' };
const pending = { unitId: LEAD, requestedById: 'u-cgb', requestedAt: NOW, newDueAt: hoursFromNow(24 * 9), reason: 'r', beyondUpstreamLimit: false };
const subReply = { unitId: CO, byId: 'u-gr01', at: NOW, content: '已检查', attachmentIds: [] };
const replied = aDispatchedOrder({ status: 'replied', subReplies: [subReply] });
const stopDone = (clock: 'sign' | 'contact' | 'unitReply' | 'review', at: Date = NOW): OrderEffect => ({ kind: 'stopClock', clock, at, outcome: 'done' });
const abandoned = (clock: 'contact' | 'unitReply'): OrderEffect => ({ kind: 'stopClock', clock, at: NOW, outcome: 'abandoned' });
const released = { leadUnitId: null, leadUnitKind: null, coUnitIds: [], formerUnitIds: [FORMER, LEAD, CO], acknowledgedUnitIds: [], subReplies: [], hang: null, pendingExtension: null };

const CASES: DecideCase[] = [
  { action: 'sign', order: anOrder(), actor: ACTORS.operator, to: 'signed', changes: { status: 'signed' }, effects: [stopDone('sign')] },
  { action: 'merge', order: anOrder(), actor: ACTORS.operator, to: 'merged', changes: { status: 'merged', duplicateOfId: 'order-0' }, effects: [stopDone('sign')] },
  { action: 'merge', when: 'already signed', order: anOrder({ status: 'signed' }), actor: ACTORS.operator, to: 'merged', changes: { status: 'merged', duplicateOfId: 'order-0' }, effects: [] },
  { action: 'answer', order: anOrder({ status: 'signed', type: 'consult' }), actor: ACTORS.operator, to: 'replied', changes: { status: 'replied' }, effects: [{ kind: 'startClock', clock: 'review' }, { kind: 'notify', topic: 'order.reply_submitted', to: { holdersOf: 'order.approve' } }] },
  {
    action: 'dispatch', order: anOrder({ status: 'signed', formerUnitIds: [LEAD, FORMER] }), actor: ACTORS.operator, to: 'dispatched',
    changes: { status: 'dispatched', leadUnitId: LEAD, leadUnitKind: 'office', coUnitIds: [CO], formerUnitIds: [FORMER] },
    effects: [{ kind: 'startClock', clock: 'contact' }, { kind: 'startClock', clock: 'unitReply' }, { kind: 'notify', topic: 'order.assigned', to: { units: [LEAD, CO] } }],
  },
  { action: 'acknowledge', order: aDispatchedOrder(), actor: ACTORS.leadUnit, to: 'dispatched', changes: { acknowledgedUnitIds: [LEAD] }, effects: [] },
  {
    action: 'redispatch', order: aDispatchedOrder({ acknowledgedUnitIds: [LEAD, CO], subReplies: [subReply], pendingExtension: pending }), actor: ACTORS.supervisor,
    input: { leadUnit: { id: OTHER, kind: 'office' }, coUnits: [{ id: CO, kind: 'utility' }], reason: '职责调整' }, to: 'dispatched',
    changes: { leadUnitId: OTHER, coUnitIds: [CO], formerUnitIds: [FORMER, LEAD], acknowledgedUnitIds: [CO], subReplies: [subReply], pendingExtension: null },
    effects: [
      { kind: 'recomputeClock', clock: 'contact' },
      { kind: 'recomputeClock', clock: 'unitReply' },
      { kind: 'notify', topic: 'order.assigned', to: { units: [OTHER, CO] } },
      { kind: 'notify', topic: 'order.withdrawn', to: { units: [LEAD] } },
    ],
  },
  {
    action: 'unit_return', order: aDispatchedOrder({ hang: hung }), actor: ACTORS.leadUnit, to: 'signed', changes: { status: 'signed', ...released },
    effects: [abandoned('contact'), abandoned('unitReply'), { kind: 'cancelProgressCheck' }, { kind: 'notify', topic: 'order.returned_by_unit', to: { holdersOf: 'order.dispatch' } }, { kind: 'notify', topic: 'order.withdrawn', to: { units: [CO] } }],
  },
  { action: 'urge', order: aDispatchedOrder({ urgeCount: 1 }), actor: ACTORS.supervisor, to: 'dispatched', changes: { urgeCount: 2 }, effects: [{ kind: 'countUrge', unitId: LEAD }, { kind: 'notify', topic: 'order.urged', to: { units: [LEAD, CO] } }] },
  {
    action: 'extend_request', when: 'past the platform limit', order: aDispatchedOrder(), actor: ACTORS.leadUnit, to: 'dispatched',
    changes: { pendingExtension: { unitId: LEAD, requestedById: 'u-cgb', requestedAt: NOW, newDueAt: new Date('2026-06-20T02:00:00Z'), reason: '需协调供热公司维修管线', beyondUpstreamLimit: true } },
    // Art. 15: only the platform can grant time past its limit, so the street applies to it at once.
    effects: [{ kind: 'notify', topic: 'order.extension_requested', to: { holdersOf: 'order.extend.decide' } }, { kind: 'sendUpstream', what: 'extension_request' }],
  },
  {
    action: 'extend_request', when: 'within the platform limit', order: aDispatchedOrder(), actor: ACTORS.leadUnit, input: { newDueAt: hoursFromNow(24 * 9), reason: '需协调物业' }, to: 'dispatched',
    changes: { pendingExtension: { unitId: LEAD, requestedById: 'u-cgb', requestedAt: NOW, newDueAt: hoursFromNow(24 * 9), reason: '需协调物业', beyondUpstreamLimit: false } },
    effects: [{ kind: 'notify', topic: 'order.extension_requested', to: { holdersOf: 'order.extend.decide' } }],
  },
  {
    action: 'extend_decide', order: aDispatchedOrder({ pendingExtension: pending }), actor: ACTORS.supervisor, to: 'dispatched', changes: { pendingExtension: null },
    effects: [{ kind: 'recomputeClock', clock: 'unitReply', dueAt: pending.newDueAt }, { kind: 'informCitizen', reason: 'extension' }, { kind: 'notify', topic: 'order.extension_decided', to: { units: [LEAD] } }],
  },
  {
    action: 'extend_decide', when: 'approved past the limit by the platform', order: aDispatchedOrder({ pendingExtension: { ...pending, newDueAt: hoursFromNow(24 * 30) } }), actor: ACTORS.supervisor,
    input: { approved: true, upstreamApproved: true, newUpstreamDueAt: '2026-07-05T18:00:00+08:00' }, to: 'dispatched',
    changes: { pendingExtension: null, upstreamDueAt: new Date('2026-07-05T10:00:00Z') },
    effects: [{ kind: 'recomputeClock', clock: 'unitReply', dueAt: hoursFromNow(24 * 30) }, { kind: 'informCitizen', reason: 'extension' }, { kind: 'notify', topic: 'order.extension_decided', to: { units: [LEAD] } }],
  },
  { action: 'extend_decide', when: 'refused', order: aDispatchedOrder({ pendingExtension: pending }), actor: ACTORS.supervisor, input: { approved: false, comment: '请按期办结' }, to: 'dispatched', changes: { pendingExtension: null }, effects: [{ kind: 'notify', topic: 'order.extension_decided', to: { units: [LEAD] } }] },
  {
    action: 'sub_reply', order: aDispatchedOrder(), actor: ACTORS.coUnit, to: 'dispatched',
    changes: { subReplies: [{ unitId: CO, byId: 'u-gr01', at: NOW, content: '已派人上门检查管线', attachmentIds: [] }] },
    effects: [{ kind: 'notify', topic: 'order.sub_reply_received', to: { units: [LEAD] } }],
  },
  {
    action: 'reply', order: aDispatchedOrder({ hang: hung, pendingExtension: pending }), actor: ACTORS.leadUnit, to: 'replied', changes: { status: 'replied', hang: null, pendingExtension: null },
    effects: [stopDone('contact', new Date('2026-06-01T01:00:00Z')), stopDone('unitReply'), { kind: 'startClock', clock: 'review' }, { kind: 'notify', topic: 'order.reply_submitted', to: { holdersOf: 'order.approve' } }, { kind: 'cancelProgressCheck' }],
  },
  {
    action: 'reply', when: 'the citizen was not reached', order: aDispatchedOrder(), actor: ACTORS.operator, input: { content: '多次联系未接通', contacted: false, result: 'explained_unsolvable' }, to: 'replied', changes: { status: 'replied' },
    effects: [{ kind: 'stopClock', clock: 'contact', at: NOW, outcome: 'abandoned' }, stopDone('unitReply'), { kind: 'startClock', clock: 'review' }, { kind: 'notify', topic: 'order.reply_submitted', to: { holdersOf: 'order.approve' } }],
  },
  { action: 'approve', order: replied, actor: ACTORS.reviewer, to: 'closed', changes: { status: 'closed', closedAt: NOW }, effects: [stopDone('review'), { kind: 'sendUpstream', what: 'reply' }, { kind: 'notify', topic: 'order.reply_approved', to: { units: [LEAD] } }] },
  {
    action: 'approve', when: 'n/a only on the items that allow it', order: replied, actor: ACTORS.reviewer,
    input: { checklist: checklist().map((e) => (e.item === 'legal_basis' || e.item === 'attachments_present' ? { ...e, verdict: 'na' } : e)) },
    to: 'closed', changes: { status: 'closed', closedAt: NOW }, effects: [stopDone('review'), { kind: 'sendUpstream', what: 'reply' }, { kind: 'notify', topic: 'order.reply_approved', to: { units: [LEAD] } }],
  },
  { action: 'approve', when: 'the desk had answered it', order: anOrder({ status: 'replied', type: 'consult' }), actor: ACTORS.reviewer, to: 'closed', changes: { status: 'closed', closedAt: NOW }, effects: [stopDone('review'), { kind: 'sendUpstream', what: 'reply' }] },
  {
    action: 'reject', order: replied, actor: ACTORS.reviewer, to: 'dispatched', changes: { status: 'dispatched', reworkCount: 1 },
    effects: [stopDone('review'), { kind: 'countRework', unitId: LEAD }, { kind: 'startClock', clock: 'unitReply' }, { kind: 'notify', topic: 'order.reply_rejected', to: { units: [LEAD] } }],
  },
  {
    action: 'reject', when: 'the desk had answered it', order: anOrder({ status: 'replied', type: 'consult' }), actor: ACTORS.reviewer, to: 'signed', changes: { status: 'signed', reworkCount: 1 },
    effects: [stopDone('review'), { kind: 'countRework', unitId: null }, { kind: 'notify', topic: 'order.reply_rejected', to: { holdersOf: 'order.answer' } }],
  },
  {
    action: 'request_return', order: aDispatchedOrder(), actor: ACTORS.supervisor, to: 'return_pending', changes: { status: 'return_pending', ...released },
    effects: [abandoned('contact'), abandoned('unitReply'), { kind: 'notify', topic: 'order.withdrawn', to: { units: [LEAD, CO] } }, { kind: 'sendUpstream', what: 'return_request' }],
  },
  { action: 'request_return', when: 'not yet dispatched', order: anOrder({ status: 'signed' }), actor: ACTORS.supervisor, to: 'return_pending', changes: { status: 'return_pending' }, effects: [{ kind: 'sendUpstream', what: 'return_request' }] },
  { action: 'return_decided', order: anOrder({ status: 'return_pending' }), actor: ACTORS.supervisor, to: 'returned', changes: { status: 'returned' }, effects: [] },
  { action: 'return_decided', when: 'the platform refused', order: anOrder({ status: 'return_pending' }), actor: ACTORS.supervisor, input: { accepted: false, comment: '属本辖区' }, to: 'signed', changes: { status: 'signed' }, effects: [{ kind: 'notify', topic: 'order.return_decided', to: { holdersOf: 'order.dispatch' } }] },
  { action: 'callback', order: anOrder({ status: 'closed', closedAt: NOW }), actor: ACTORS.reviewer, to: 'visited', changes: { status: 'visited' }, effects: [] },
  {
    action: 'reopen', order: aDispatchedOrder({ status: 'visited', closedAt: NOW, reworkCount: 1, acknowledgedUnitIds: [LEAD], subReplies: [subReply] }), actor: ACTORS.supervisor,
    input: { reason: '未解决', newUpstreamDueAt: '2026-06-10T18:00:00+08:00' }, to: 'dispatched',
    changes: { status: 'dispatched', closedAt: null, reworkCount: 2, acknowledgedUnitIds: [], subReplies: [], upstreamDueAt: new Date('2026-06-10T10:00:00Z') },
    effects: [{ kind: 'countRework', unitId: LEAD }, { kind: 'recomputeClock', clock: 'contact' }, { kind: 'recomputeClock', clock: 'unitReply' }, { kind: 'notify', topic: 'order.reopened', to: { units: [LEAD, CO] } }],
  },
  {
    action: 'hang', order: aDispatchedOrder(), actor: ACTORS.supervisor, to: 'dispatched',
    changes: { hang: { plan: '纳入老旧小区改造计划，年内完成', nextProgressAt: new Date('2026-07-01T02:00:00Z'), since: NOW, byId: 'u-sup' } },
    effects: [{ kind: 'scheduleProgressCheck', at: new Date('2026-07-01T02:00:00Z') }],
  },
  { action: 'unhang', order: aDispatchedOrder({ hang: hung }), actor: ACTORS.supervisor, to: 'dispatched', changes: { hang: null }, effects: [{ kind: 'cancelProgressCheck' }] },
  { action: 'reclassify', order: aDispatchedOrder(), actor: ACTORS.operator, to: 'dispatched', changes: { categoryPath: '市容环境/环境卫生/楼道堆物' }, effects: [] },
  // DESIGN §4: reaching the citizen, not replying, meets the contact clock — at the moment the contact happened.
  { action: 'contact', order: aDispatchedOrder(), actor: ACTORS.leadUnit, to: 'dispatched', changes: {}, effects: [stopDone('contact', new Date('2026-06-01T01:00:00Z'))] },
  { action: 'contact', when: 'the desk records it for the unit', order: aDispatchedOrder(), actor: ACTORS.operator, to: 'dispatched', changes: {}, effects: [stopDone('contact', new Date('2026-06-01T01:00:00Z'))] },
  {
    action: 'dispatch', when: 'a proactive finding has no citizen to contact', order: anOrder({ status: 'signed', channel: 'proactive' }), actor: ACTORS.supervisor, to: 'dispatched',
    changes: { status: 'dispatched', leadUnitId: LEAD, coUnitIds: [CO] },
    effects: [{ kind: 'startClock', clock: 'unitReply' }, { kind: 'notify', topic: 'order.assigned', to: { units: [LEAD, CO] } }],
  },
];

describe('decide', () => {
  test.each(CASES.map((c) => [c.when ? `${c.action} (${c.when})` : c.action, c] as const))(
    'when %s is decided, then it yields the changes, one timeline event and the effects',
    (_name, { action, order, actor, input, to, changes, effects }) => {
      const result = decide(order, action, input ?? VALID_INPUTS[action], actor, NOW, DUTY_CONTEXT);
      if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
      const { decision } = result;
      expect(decision.toStatus).toBe(to);
      expect(decision.changes).toMatchObject(changes);
      expect(decision.changes.status).toBe(to === order.status ? undefined : to);
      expect(decision.effects).toEqual(effects);
      expect(decision.next).toEqual({ ...order, ...decision.changes });
      expect(decision.event).toMatchObject({
        orderId: order.id,
        action,
        actorId: actor.id,
        actorRole: actor.role,
        actorUnitId: actor.unitId,
        at: NOW,
        fromStatus: order.status,
        toStatus: to,
      });
      expect(decision.event.payload).toMatchObject(decision.input as object);
    },
  );

  test('when every action is covered, then the table above has a case for each', () => {
    const covered = new Set(CASES.map((c) => c.action));
    expect(covered.size).toBe(ORDER_ACTIONS.length);
  });

  test('when co-units have not all sub-replied, then the lead may still reply and the reply lists who is missing', () => {
    const order = aDispatchedOrder({ coUnitIds: [CO, 'unit-pcs'], subReplies: [subReply] });
    const result = decide(order, 'reply', VALID_INPUTS.reply, ACTORS.leadUnit, NOW);
    expect(result).toMatchObject({
      ok: true,
      decision: { event: { payload: { unitId: LEAD, onBehalfOfUnit: false, subReplies: [subReply], pendingSubReplyUnitIds: ['unit-pcs'] } } },
    });
  });

  test('when a co-unit sub-replies again, then its earlier sub-reply is replaced', () => {
    const result = decide(aDispatchedOrder({ subReplies: [subReply] }), 'sub_reply', { content: '更正：已修复' }, ACTORS.coUnit, NOW);
    expect(result).toMatchObject({ ok: true, decision: { changes: { subReplies: [{ unitId: CO, content: '更正：已修复' }] }, event: { payload: { replaced: true } } } });
  });

  test('when a merge is decided, then the event tells the master’s progress (Art. 11)', () => {
    const result = decide(anOrder(), 'merge', VALID_INPUTS.merge, ACTORS.operator, NOW);
    expect(result).toMatchObject({ ok: true, decision: { event: { payload: { master: { id: 'order-0', status: 'dispatched' }, masterStatusLabel: '办理中' } } } });
  });

  test('when the actor may not act, then input errors are not reported', () => {
    const result = decide(anOrder(), 'sign', 'garbage', ACTORS.leader, NOW);
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  test('when the input is malformed, then decide answers with field errors instead of throwing', () => {
    const result = decide(aDispatchedOrder(), 'urge', { comment: 42 }, ACTORS.supervisor, NOW);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', code: 'VALIDATION_FAILED', details: { fields: [{ field: 'comment', code: 'invalid' }] } } });
  });
});
