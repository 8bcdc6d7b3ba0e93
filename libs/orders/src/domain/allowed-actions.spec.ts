import { describe, expect, test } from '@jest/globals';
import { allowedActions, blockedActions, isOrderInScope } from './allowed-actions.js';
import type { OrderAction } from './order-actions.js';
import type { OrderActor, OrderSnapshot } from './order-snapshot.js';
import { ACTORS, aDispatchedOrder, anOrder, LEAD, NOW } from './order-test-fixtures.js';

const hung = { plan: '改造计划', nextProgressAt: NOW, since: NOW, byId: 'u-sup' };
const pending = { unitId: LEAD, requestedById: 'u-cgb', requestedAt: NOW, newDueAt: NOW, reason: 'r', beyondUpstreamLimit: false };

const CASES: { when: string; order: OrderSnapshot; actor: OrderActor; then: OrderAction[] }[] = [
  { when: 'a new order is seen by an operator', order: anOrder(), actor: ACTORS.operator, then: ['sign', 'merge', 'reclassify'] },
  { when: 'a new order is seen by a reviewer', order: anOrder(), actor: ACTORS.reviewer, then: [] },
  { when: 'a signed consultation is seen by an operator on a dispatch shift', order: anOrder({ status: 'signed', type: 'consult' }), actor: ACTORS.operator, then: ['merge', 'answer', 'dispatch', 'reclassify'] },
  { when: 'a signed complaint is seen by an operator without the grant', order: anOrder({ status: 'signed' }), actor: ACTORS.operatorWithoutGrant, then: ['merge', 'reclassify'] },
  { when: 'a signed complaint is seen by a supervisor', order: anOrder({ status: 'signed' }), actor: ACTORS.supervisor, then: ['merge', 'dispatch', 'request_return', 'reclassify'] },
  { when: 'a dispatched order is seen by its lead unit', order: aDispatchedOrder(), actor: ACTORS.leadUnit, then: ['acknowledge', 'contact', 'unit_return', 'extend_request', 'reply'] },
  { when: 'the lead unit has acknowledged and asked for more time', order: aDispatchedOrder({ acknowledgedUnitIds: [LEAD], pendingExtension: pending }), actor: ACTORS.leadUnit, then: ['contact', 'unit_return', 'reply'] },
  { when: 'a dispatched order is seen by its co-unit', order: aDispatchedOrder(), actor: ACTORS.coUnit, then: ['acknowledge', 'sub_reply'] },
  { when: 'a dispatched order is seen by a former unit', order: aDispatchedOrder(), actor: ACTORS.formerUnit, then: [] },
  { when: 'a dispatched order is seen by an unrelated unit', order: aDispatchedOrder(), actor: ACTORS.otherUnit, then: [] },
  { when: 'a dispatched order is seen by a supervisor', order: aDispatchedOrder(), actor: ACTORS.supervisor, then: ['contact', 'redispatch', 'urge', 'sub_reply', 'reply', 'request_return', 'hang', 'reclassify'] },
  { when: 'a hung order with a pending extension is seen by a supervisor', order: aDispatchedOrder({ coUnitIds: [], hang: hung, pendingExtension: pending }), actor: ACTORS.supervisor, then: ['contact', 'redispatch', 'urge', 'extend_decide', 'reply', 'request_return', 'hang', 'unhang', 'reclassify'] },
  { when: 'a dispatched order is seen by an operator', order: aDispatchedOrder(), actor: ACTORS.operator, then: ['contact', 'sub_reply', 'reply', 'reclassify'] },
  { when: 'a replied order is seen by a reviewer', order: aDispatchedOrder({ status: 'replied' }), actor: ACTORS.reviewer, then: ['approve', 'reject'] },
  { when: 'a replied order is seen by a supervisor', order: aDispatchedOrder({ status: 'replied' }), actor: ACTORS.supervisor, then: ['reclassify'] },
  { when: 'a closed order is seen by a reviewer', order: aDispatchedOrder({ status: 'closed' }), actor: ACTORS.reviewer, then: ['callback'] },
  { when: 'a visited order is seen by a supervisor', order: aDispatchedOrder({ status: 'visited' }), actor: ACTORS.supervisor, then: ['reopen'] },
  { when: 'a return is pending with the platform', order: anOrder({ status: 'return_pending' }), actor: ACTORS.supervisor, then: ['return_decided', 'reclassify'] },
  { when: 'any order is seen by a leader', order: aDispatchedOrder(), actor: ACTORS.leader, then: [] },
  { when: 'any order is seen by the admin', order: anOrder(), actor: ACTORS.admin, then: [] },
  { when: 'a merged order is seen by a supervisor', order: anOrder({ status: 'merged' }), actor: ACTORS.supervisor, then: [] },
  { when: 'a closed order is seen by a supervisor', order: aDispatchedOrder({ status: 'closed' }), actor: ACTORS.supervisor, then: ['reopen'] },
];

describe('allowedActions', () => {
  test.each(CASES)('when $when, then $then', ({ order, actor, then }) => {
    expect(allowedActions(order, actor, NOW)).toEqual(then);
  });
});

describe('isOrderInScope', () => {
  test.each([
    ['lead unit', ACTORS.leadUnit, true],
    ['co-unit', ACTORS.coUnit, true],
    ['former unit', ACTORS.formerUnit, true],
    ['unrelated unit', ACTORS.otherUnit, false],
    ['leader', ACTORS.leader, true],
    ['admin', ACTORS.admin, false],
  ] as const)('when the order is seen by a %s, then in scope is %s', (_who, actor, expected) => {
    expect(isOrderInScope(aDispatchedOrder(), actor)).toBe(expected);
  });
});

describe('blockedActions', () => {
  test.each([
    ['an operator without the grant sees a signed order', anOrder({ status: 'signed' }), ACTORS.operatorWithoutGrant, [{ action: 'dispatch', code: 'ORDER_DISPATCH_NOT_GRANTED' }]],
    ['an operator with the grant sees a signed order', anOrder({ status: 'signed' }), ACTORS.operator, []],
    ['a co-unit sees a dispatched order', aDispatchedOrder(), ACTORS.coUnit, [
      { action: 'contact', code: 'ORDER_NOT_LEAD_UNIT' }, { action: 'unit_return', code: 'ORDER_NOT_LEAD_UNIT' },
      { action: 'extend_request', code: 'ORDER_NOT_LEAD_UNIT' }, { action: 'reply', code: 'ORDER_NOT_LEAD_UNIT' },
    ]],
    ['a supervisor sees a dispatched order with nothing pending', aDispatchedOrder(), ACTORS.supervisor, []],
  ] as const)('when %s, then the refusals worth explaining are listed with their message', (_when, order, actor, expected) => {
    const blocked = blockedActions(order, actor, NOW);
    expect(blocked.map(({ action, code }) => ({ action, code }))).toEqual(expected);
    for (const b of blocked) expect(b.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
