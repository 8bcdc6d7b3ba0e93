import { describe, expect, it } from '@jest/globals';
import { decide, type OrderActor, type OrderSnapshot, type UnitKind } from '@app/orders';
import { loadReferenceData } from '@app/reference';
import type { DemoOrderPlan, DemoStep } from './demo-order-plan.js';
import { demoStepsInTimeOrder } from './demo-step-order.js';
import { generateDemoOrders } from './generate-demo-orders.js';
import { unitDueAt } from './lifecycle-timing.js';

/**
 * The demo plans are only useful if seeding can replay them through the product's state machine. This replays every
 * step of every plan, in global time order, through `decide` of `@app/orders` — the same call the use cases make —
 * with units and merge masters resolved the way seeding will resolve them.
 */
const reference = loadReferenceData();
const unitKinds = new Map<string, UnitKind>(reference.units.map((u) => [u.code, u.kind]));
const ctx = { communityDutyCategories: reference.communityDutyList.categories };

function initialSnapshot(plan: DemoOrderPlan, id: string): OrderSnapshot {
  return {
    id, version: 0, status: 'new', channel: plan.channel, type: plan.type, urgency: plan.urgency, categoryPath: plan.category.path,
    communityId: plan.communityCode, leadUnitId: null, leadUnitKind: null, coUnitIds: [], formerUnitIds: [],
    acknowledgedUnitIds: [], upstreamDueAt: plan.upstreamDueAt, unitDueAt: null, hang: null, pendingExtension: null,
    subReplies: [], closedAt: null, reworkCount: 0, urgeCount: 0, duplicateOfId: null, assessment: plan.assessment,
  };
}

function unitRef(code: string) {
  const kind = unitKinds.get(code);
  if (!kind) throw new Error(`unknown unit ${code}`);
  return { id: code, kind };
}

/** What seeding sends: the step's payload with codes resolved to ids. */
function inputOf(step: DemoStep, orders: Map<string, OrderSnapshot>): unknown {
  switch (step.action) {
    case 'merge': {
      const { masterUpstreamNo, ...rest } = step.payload;
      const master = orders.get(masterUpstreamNo)!;
      return { ...rest, master: { id: master.id, status: master.status, closedAt: master.closedAt } };
    }
    case 'dispatch':
    case 'redispatch':
      return { ...step.payload, leadUnit: unitRef(step.unitCode), coUnits: step.coUnitCodes.map(unitRef) };
    default:
      return step.payload;
  }
}

function actorOf(step: DemoStep): OrderActor {
  const unitId = step.actorRole === 'unit' && 'unitCode' in step ? step.unitCode : null;
  return { id: `demo-${step.actorRole}`, role: step.actorRole, unitId };
}

/** The unit clock is the deadline calendar's job (read-only in the domain); an estimate stands in for it here. */
function withUnitDue(before: OrderSnapshot, next: OrderSnapshot, step: DemoStep): OrderSnapshot {
  if (step.action === 'dispatch' || step.action === 'redispatch' || step.action === 'reopen') {
    return { ...next, unitDueAt: next.upstreamDueAt ? unitDueAt(next.upstreamDueAt, step.at, next.urgency) : null };
  }
  if (step.action === 'extend_decide' && step.payload.approved) {
    return { ...next, unitDueAt: step.payload.dueAt ?? before.pendingExtension?.newDueAt ?? next.unitDueAt };
  }
  return next;
}

describe('demo plans under the real state machine', () => {
  it.each([[20260501], [7]])('when the plans of seed %i are replayed through decide(), then every step is accepted', (seed) => {
    const plans = generateDemoOrders({
      seed, reference, from: new Date('2026-05-01T00:00:00+08:00'), to: new Date('2027-02-10T11:00:00+08:00'),
    });
    const orders = new Map<string, OrderSnapshot>();
    const keyOf = new Map(plans.map((plan, i) => [plan, plan.upstreamNo ?? `proactive-${i}`]));
    for (const plan of plans) orders.set(keyOf.get(plan)!, initialSnapshot(plan, keyOf.get(plan)!));

    const failures: string[] = [];
    for (const { plan, step, index } of demoStepsInTimeOrder(plans)) {
      const key = keyOf.get(plan)!;
      const before = orders.get(key)!;
      const result = decide(before, step.action, inputOf(step, orders), actorOf(step), step.at, ctx);
      if (!result.ok) {
        failures.push(`${key} step ${index} ${step.action} in ${before.status}: ${JSON.stringify(result.error)}`);
        continue;
      }
      orders.set(key, withUnitDue(before, result.decision.next, step));
    }
    expect(failures.slice(0, 5)).toEqual([]);
    for (const plan of plans) expect(orders.get(keyOf.get(plan)!)!.status).toBe(plan.finalState);
  });
});
