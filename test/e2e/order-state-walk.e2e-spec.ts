import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { can, type Role } from '@app/access';
import { ManualClock } from '@app/clock';
import { ORDER_ACTIONS, ORDER_RULES, possibleTargets, transitionOf, type OrderAction, type OrderStatus } from '@app/orders';
import { createTestApp, type TestApp } from '@app/testing';
import { validActionBodies } from '../support/order-action-bodies.js';

/**
 * Every (state, action, role) over HTTP: the expectation comes from the transition table and the permission
 * matrix (plus the named rule refusals below); the outcome comes from the running API against PostgreSQL.
 * Refused calls must leave the order, its timeline and the audit trail exactly as they were.
 */

const clock = new ManualClock('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Beijing
const CO_UNIT_PASSWORD = 'Walk-Co-Unit-2026!';
/** The operator caller is an operator on no shift: the demo operator plays a dispatcher who may be on duty now. */
const OPERATOR_PASSWORD = 'Walk-Operator-2026!';
let t: TestApp;
const tokens = {} as Record<Caller, string>;
const units: Record<string, string> = {};

/** Who calls: every role, and for unit staff both the lead unit (CGB) and the co-unit (GR01) of the order. */
const CALLERS = ['operator', 'supervisor', 'reviewer', 'leader', 'admin', 'unit.lead', 'unit.co'] as const;
type Caller = (typeof CALLERS)[number];
const ROLE_OF: Record<Caller, Role> = {
  operator: 'operator', supervisor: 'supervisor', reviewer: 'reviewer', leader: 'leader', admin: 'admin', 'unit.lead': 'unit', 'unit.co': 'unit',
};

const at = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString();

/** A valid request body for every action, as a client sends it. */
const BODIES = validActionBodies(clock, units, () => intake());

/** Orders in every state, built through the API itself; `heldByUnits` says whether CGB and GR01 ever held it. */
interface Fixture {
  status: OrderStatus;
  heldByUnits: boolean;
  build: () => Promise<string>;
}
const path = (steps: [Caller, OrderAction][], intakeOverrides: Record<string, unknown> = {}) => async () => {
  const id = await intake(intakeOverrides);
  for (const [caller, action] of steps) {
    const res = await act(caller, id, action);
    if (res.status !== 200) throw new Error(`building fixture: ${action} by ${caller} → ${res.status} ${JSON.stringify(res.body)}`);
  }
  return id;
};
const DISPATCHED: [Caller, OrderAction][] = [['supervisor', 'sign'], ['supervisor', 'dispatch']];
const REPLIED: [Caller, OrderAction][] = [...DISPATCHED, ['unit.lead', 'reply']];
const CLOSED: [Caller, OrderAction][] = [...REPLIED, ['reviewer', 'approve']];
const FIXTURES: Record<string, Fixture> = {
  new: { status: 'new', heldByUnits: false, build: path([]) },
  signed: { status: 'signed', heldByUnits: false, build: path([['supervisor', 'sign']]) },
  'signed consultation': { status: 'signed', heldByUnits: false, build: path([['supervisor', 'sign']], { type: 'consult' }) },
  dispatched: { status: 'dispatched', heldByUnits: true, build: path(DISPATCHED) },
  'dispatched with an extension asked': { status: 'dispatched', heldByUnits: true, build: path([...DISPATCHED, ['unit.lead', 'extend_request']]) },
  'dispatched and hung': { status: 'dispatched', heldByUnits: true, build: path([...DISPATCHED, ['supervisor', 'hang']]) },
  replied: { status: 'replied', heldByUnits: true, build: path(REPLIED) },
  closed: { status: 'closed', heldByUnits: true, build: path(CLOSED) },
  visited: { status: 'visited', heldByUnits: true, build: path([...CLOSED, ['reviewer', 'callback']]) },
  return_pending: { status: 'return_pending', heldByUnits: false, build: path([['supervisor', 'sign'], ['supervisor', 'request_return']]) },
  returned: { status: 'returned', heldByUnits: false, build: path([['supervisor', 'sign'], ['supervisor', 'request_return'], ['supervisor', 'return_decided']]) },
  merged: { status: 'merged', heldByUnits: false, build: path([['supervisor', 'merge']]) },
};

/**
 * Where the table says "from this state, with this permission" but a rule of the row still says no, for the
 * fixture above. `*` is any caller that got that far. Every entry must be met by the walk (checked at the end).
 */
const RULE_REFUSALS: Record<string, keyof typeof ORDER_RULES> = {
  'signed/answer/*': 'ORDER_ANSWER_ONLY_CONSULT',
  'signed/dispatch/operator': 'ORDER_DISPATCH_NOT_GRANTED', // operators dispatch only on a shift that grants it
  'signed consultation/dispatch/operator': 'ORDER_DISPATCH_NOT_GRANTED',
  'dispatched/extend_decide/*': 'ORDER_NO_EXTENSION_PENDING',
  'dispatched/unhang/*': 'ORDER_NOT_HUNG',
  'dispatched/unit_return/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched/extend_request/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched/reply/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched/contact/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched/sub_reply/unit.lead': 'ORDER_NOT_CO_UNIT',
  'dispatched with an extension asked/extend_request/*': 'ORDER_EXTENSION_PENDING',
  'dispatched with an extension asked/extend_request/unit.co': 'ORDER_NOT_LEAD_UNIT', // who, before when
  'dispatched with an extension asked/unhang/*': 'ORDER_NOT_HUNG',
  'dispatched with an extension asked/unit_return/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched with an extension asked/reply/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched with an extension asked/contact/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched with an extension asked/sub_reply/unit.lead': 'ORDER_NOT_CO_UNIT',
  'dispatched and hung/extend_decide/*': 'ORDER_NO_EXTENSION_PENDING',
  'dispatched and hung/unit_return/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched and hung/extend_request/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched and hung/reply/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched and hung/contact/unit.co': 'ORDER_NOT_LEAD_UNIT',
  'dispatched and hung/sub_reply/unit.lead': 'ORDER_NOT_CO_UNIT',
};
const refusalsMet = new Set<string>();

interface Expected {
  status: number;
  code?: string;
  to?: readonly OrderStatus[];
}

function expectedOutcome(fixtureName: string, action: OrderAction, caller: Caller): Expected {
  const fixture = FIXTURES[fixtureName]!;
  const row = transitionOf(action);
  const role = ROLE_OF[caller];
  // The admin runs the system and holds no order permission at all: refused at the door, before any lookup.
  if (!can(role, 'order.read')) return { status: 403, code: 'FORBIDDEN' };
  if (role === 'unit' && !fixture.heldByUnits) return { status: 404, code: 'ORDER_NOT_FOUND' };
  if (!can(role, row.permission)) return { status: 403, code: 'FORBIDDEN' };
  if (!row.from.includes(fixture.status)) return { status: 409, code: 'ORDER_ILLEGAL_TRANSITION' };
  const key = [`${fixtureName}/${action}/${caller}`, `${fixtureName}/${action}/*`].find((k) => k in RULE_REFUSALS);
  if (key) {
    refusalsMet.add(key);
    const code = RULE_REFUSALS[key]!;
    return { status: ORDER_RULES[code].httpStatus, code };
  }
  return { status: 200, to: possibleTargets(action, fixture.status) };
}

async function intake(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await t.http.post('/api/orders').set(auth('operator')).send({
    channel: 'hotline',
    receivedAt: clock.now().toISOString(),
    citizenName: '陈某某',
    citizenPhone: '13900001234',
    address: '黑窑厂街12号院3号楼',
    type: 'complaint',
    urgency: 'normal',
    category: '城乡建设/物业管理/物业服务',
    content: '黑窑厂街12号院物业长期不打扫楼道，垃圾堆积，希望尽快处理。',
    upstreamDueAt: at(7 * 24),
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`intake → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

const auth = (caller: Caller) => ({ authorization: `Bearer ${tokens[caller]}` });

/** What a refused call must not touch: the row's version and status, its timeline, its audit records. */
async function footprint(id: string) {
  const [row] = await t.dataSource.query(
    `SELECT o.version, o.status,
            (SELECT count(*)::int FROM order_event e WHERE e.order_id = o.id) AS events,
            (SELECT count(*)::int FROM audit_log a WHERE a.entity_id = o.id::text) AS audits
       FROM work_order o WHERE o.id = $1`,
    [id],
  );
  return row as { version: number; status: string; events: number; audits: number };
}

async function act(caller: Caller, id: string, action: OrderAction) {
  const { version } = await footprint(id);
  return t.http.post(`/api/orders/${id}/actions/${action}`).set(auth(caller)).send({ version, ...(await BODIES[action]()) });
}

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  Object.assign(units, await t.unitIds());
  const admin = await t.login('admin');
  const created = await t.http.post('/api/admin/users').set({ authorization: `Bearer ${admin}` })
    .send({ username: 'unit.gr01.walk', displayName: '供热公司 承办人', role: 'unit', unitId: units.GR01, password: CO_UNIT_PASSWORD });
  if (created.status !== 201) throw new Error(`creating the co-unit user → ${created.status} ${JSON.stringify(created.body)}`);
  const operator = await t.http.post('/api/admin/users').set({ authorization: `Bearer ${admin}` })
    .send({ username: 'operator.walk', displayName: '坐席员（无排班）', role: 'operator', password: OPERATOR_PASSWORD });
  if (operator.status !== 201) throw new Error(`creating the operator → ${operator.status} ${JSON.stringify(operator.body)}`);
  for (const caller of CALLERS) {
    tokens[caller] =
      caller === 'unit.lead' ? await t.login('unit.cgb')
      : caller === 'unit.co' ? await t.login('unit.gr01.walk', CO_UNIT_PASSWORD)
      : caller === 'operator' ? await t.login('operator.walk', OPERATOR_PASSWORD)
      : await t.login(caller);
  }
});
afterAll(async () => t?.close());

describe.each(Object.keys(FIXTURES))('an order that is %s', (fixtureName) => {
  let shared: string | undefined;

  it.each([...ORDER_ACTIONS])('%s: every caller gets what the table says', async (action) => {
    const mismatches: string[] = [];
    for (const caller of CALLERS) {
      const expected = expectedOutcome(fixtureName, action, caller);
      // A call that should succeed gets its own order; refused calls share one, which must stay untouched.
      const id = expected.status === 200 ? await FIXTURES[fixtureName]!.build() : (shared ??= await FIXTURES[fixtureName]!.build());
      const before = await footprint(id);
      const res = await act(caller, id, action);
      const after = await footprint(id);
      const label = `${caller}: expected ${expected.status} ${expected.code ?? expected.to?.join('|')}, got ${res.status} ${res.body.code ?? res.body.status}`;
      if (res.status !== expected.status || (expected.code && res.body.code !== expected.code)) {
        mismatches.push(label);
      } else if (expected.status === 200) {
        if (!expected.to!.includes(res.body.status) || after.version !== before.version + 1 || after.events !== before.events + 1 || after.audits <= before.audits) {
          mismatches.push(`${label}, but the order went ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
        }
      } else if (JSON.stringify(after) !== JSON.stringify(before)) {
        mismatches.push(`${label}, but the refusal changed the order ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('the walk itself', () => {
  it('met every named rule refusal, so none of them is stale', () => {
    expect(Object.keys(RULE_REFUSALS).filter((k) => !refusalsMet.has(k))).toEqual([]);
  });
});
