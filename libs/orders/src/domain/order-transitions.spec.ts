import { describe, expect, test } from '@jest/globals';
import { ROLES, type Role } from '@app/access';
import { allowedActions, authorize } from './allowed-actions.js';
import { ORDER_ACTIONS, type OrderAction } from './order-actions.js';
import type { OrderActor, OrderSnapshot } from './order-snapshot.js';
import { ORDER_STATUSES, TERMINAL_STATUSES, type OrderStatus } from './order-status.js';
import { ACTORS, aDispatchedOrder, NOW } from './order-test-fixtures.js';
import { ORDER_TRANSITIONS, possibleTargets } from './order-transitions.js';

/**
 * DESIGN §1 and §3 rewritten by hand, independently of the code: who may take each action and from which states.
 * Supervisors hold everything operators hold (§1), so they also answer and reply on a unit's behalf.
 */
const EXPECTED: Record<OrderAction, { roles: Role[]; from: OrderStatus[]; to: OrderStatus[] | 'same' }> = {
  sign: { roles: ['operator', 'supervisor'], from: ['new'], to: ['signed'] },
  merge: { roles: ['operator', 'supervisor'], from: ['new', 'signed'], to: ['merged'] },
  answer: { roles: ['operator', 'supervisor'], from: ['signed'], to: ['replied'] },
  dispatch: { roles: ['operator', 'supervisor'], from: ['signed'], to: ['dispatched'] },
  acknowledge: { roles: ['unit'], from: ['dispatched'], to: 'same' },
  contact: { roles: ['unit', 'operator', 'supervisor'], from: ['dispatched'], to: 'same' },
  redispatch: { roles: ['supervisor'], from: ['dispatched'], to: 'same' },
  unit_return: { roles: ['unit'], from: ['dispatched'], to: ['signed'] },
  urge: { roles: ['supervisor'], from: ['dispatched'], to: 'same' },
  extend_request: { roles: ['unit'], from: ['dispatched'], to: 'same' },
  extend_decide: { roles: ['supervisor'], from: ['dispatched'], to: 'same' },
  sub_reply: { roles: ['unit', 'operator', 'supervisor'], from: ['dispatched'], to: 'same' },
  reply: { roles: ['unit', 'operator', 'supervisor'], from: ['dispatched'], to: ['replied'] },
  approve: { roles: ['reviewer'], from: ['replied'], to: ['closed'] },
  reject: { roles: ['reviewer'], from: ['replied'], to: ['dispatched', 'signed'] },
  request_return: { roles: ['supervisor'], from: ['signed', 'dispatched'], to: ['return_pending'] },
  return_decided: { roles: ['supervisor'], from: ['return_pending'], to: ['returned', 'signed'] },
  callback: { roles: ['reviewer'], from: ['closed'], to: ['visited'] },
  reopen: { roles: ['supervisor'], from: ['closed', 'visited'], to: ['dispatched', 'signed'] },
  hang: { roles: ['supervisor'], from: ['dispatched'], to: 'same' },
  unhang: { roles: ['supervisor'], from: ['dispatched'], to: 'same' },
  reclassify: { roles: ['operator', 'supervisor'], from: ['new', 'signed', 'dispatched', 'replied', 'return_pending'], to: 'same' },
};

/** An order in `status` on which the action's own preconditions hold, so only who/when decide. */
function orderFor(status: OrderStatus, action: OrderAction): OrderSnapshot {
  return aDispatchedOrder({
    status,
    type: 'consult',
    pendingExtension:
      action === 'extend_decide'
        ? { unitId: 'unit-cgb', requestedById: 'u-cgb', requestedAt: NOW, newDueAt: NOW, reason: 'r', beyondUpstreamLimit: false }
        : null,
    hang: action === 'unhang' ? { plan: 'p', nextProgressAt: NOW, since: NOW, byId: 'u-sup' } : null,
  });
}

/** Unit staff of the lead unit (of the co-unit for sub-replies); an operator whose shift grants dispatch. */
function actorFor(role: Role, action: OrderAction): OrderActor {
  if (role === 'unit') return action === 'sub_reply' ? ACTORS.coUnit : ACTORS.leadUnit;
  return ACTORS[role];
}

type Expected = 'ok' | 'not_in_scope' | 'forbidden' | 'illegal_transition';

function expectedAnswer(status: OrderStatus, action: OrderAction, role: Role): Expected {
  if (role === 'admin') return 'not_in_scope'; // the admin's data scope holds no orders (DESIGN §1)
  if (!EXPECTED[action].roles.includes(role)) return 'forbidden';
  if (!EXPECTED[action].from.includes(status)) return 'illegal_transition';
  return 'ok';
}

describe('order state machine', () => {
  test.each([...ORDER_ACTIONS])(
    'when authorize is asked about %s for every status × role, then it agrees with the table of DESIGN §3',
    (action) => {
      const disagreements: string[] = [];
      for (const status of ORDER_STATUSES) {
        for (const role of ROLES) {
          const result = authorize(action, orderFor(status, action), actorFor(role, action), NOW);
          const actual = result.ok ? 'ok' : result.violation.kind;
          const expected = expectedAnswer(status, action, role);
          if (actual !== expected) disagreements.push(`${status} × ${role}: expected ${expected}, got ${actual}`);
        }
      }
      expect(disagreements).toEqual([]);
    },
  );

  test.each([...ORDER_ACTIONS])('when %s succeeds, then it leads where DESIGN §3 says', (action) => {
    for (const from of EXPECTED[action].from) {
      const expected = EXPECTED[action].to === 'same' ? [from] : EXPECTED[action].to;
      expect(possibleTargets(action, from)).toEqual(expected);
    }
  });

  test('when the table is read, then it has exactly one row per action', () => {
    expect(ORDER_TRANSITIONS.map((r) => r.action)).toEqual([...ORDER_ACTIONS]);
  });

  test.each([...TERMINAL_STATUSES])('when an order is %s, then no action leads out of it', (status) => {
    expect(ORDER_TRANSITIONS.filter((r) => r.from.includes(status))).toEqual([]);
    for (const actor of Object.values(ACTORS)) {
      expect(allowedActions(aDispatchedOrder({ status }), actor, NOW)).toEqual([]);
    }
  });

  test('when every status is considered, then each non-terminal one can be left by some action', () => {
    const leavable = new Set(ORDER_TRANSITIONS.flatMap((r) => [...r.from]));
    expect(ORDER_STATUSES.filter((s) => !leavable.has(s))).toEqual([...TERMINAL_STATUSES]);
  });

  test('when a transition is illegal, then the violation names the state and the actions allowed instead', () => {
    const order = aDispatchedOrder({ status: 'closed' });
    const result = authorize('dispatch', order, ACTORS.supervisor, NOW);
    expect(result).toEqual({
      ok: false,
      violation: {
        kind: 'illegal_transition',
        code: 'ORDER_ILLEGAL_TRANSITION',
        message: '工单当前状态为“已办结”，不能派单',
        details: { action: 'dispatch', status: 'closed', allowedActions: ['reopen'] },
      },
    });
  });

  test('when a role lacks the permission, then the violation names the permission', () => {
    const result = authorize('approve', aDispatchedOrder({ status: 'replied' }), ACTORS.supervisor, NOW);
    expect(result).toMatchObject({
      ok: false,
      violation: { kind: 'forbidden', details: { action: 'approve', role: 'supervisor', permission: 'order.approve' } },
    });
  });
});
