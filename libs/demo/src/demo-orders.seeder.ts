import { placeKeyOf } from '@app/address';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ClockInput, DeadlineClock } from '@app/calendar';
import { decide, INTAKE_EFFECTS, type OrderActor, type OrderClock, type OrderEffect, type OrderSnapshot, type OrderTimelineEvent, type UnitKind, CitizenPii } from '@app/orders';
import { warnAtOf } from '@app/calendar';
import { demoLocalNumbers } from './demo-order-numbers.js';
import type { ReferenceData } from '@app/reference';
import { demoStepsInTimeOrder, demoUnitDueAt, generateDemoOrders, demoPeriodStart, type DemoOrderPlan, type DemoStep } from './generator.js';

interface Ids {
  units: Map<string, { id: string; kind: UnitKind }>;
  communities: Map<string, string>;
  users: Map<string, string>;
  cgbUnitId: string | null;
}

/**
 * Demo orders from the contract's start to today (DESIGN §13): every plan is replayed step by step, in global time
 * order, through the product's own `decide` — the state machine the API uses — so the timelines are ones the desk
 * could really have produced. Rows are then written in batches: replaying 15,000 actions through one HTTP-sized
 * transaction each would make the first start take minutes. This bulk path is the one writer of the order tables
 * outside `libs/orders`, named as the exception in `libs/orders/src/one-door.spec.ts`.
 */
export async function seedDemoOrders(
  m: EntityManager,
  data: ReferenceData,
  options: { seed: number; now: Date; pii: CitizenPii; clockOf: (kind: OrderClock, input: ClockInput) => DeadlineClock },
): Promise<number> {
  const street = data.street.code;
  const [existing] = (await m.query('SELECT 1 FROM work_order WHERE street_code = $1 LIMIT 1', [street])) as unknown[];
  if (existing) return 0;
  const ids = await loadIds(m, street);
  const plans = generateDemoOrders({ seed: options.seed, from: demoPeriodStart(data), to: options.now, reference: data });
  const orderIds = new Map<DemoOrderPlan, string>(plans.map((p) => [p, randomUUID()]));
  const byUpstreamNo = new Map(plans.filter((p) => p.upstreamNo).map((p) => [p.upstreamNo!, p]));
  const snapshots = new Map<DemoOrderPlan, OrderSnapshot>(plans.map((p) => [p, initialSnapshot(p, orderIds.get(p)!, ids)]));
  const replies = new Map<DemoOrderPlan, unknown>();
  const clocks = new Map<DemoOrderPlan, ClockHistory>(plans.map((p) => [p, followClocks(new Map(), INTAKE_EFFECTS, p.receivedAt, p.upstreamDueAt, p.category.path)]));
  const events: OrderTimelineEvent[] = [];
  const ctx = { communityDutyCategories: data.communityDutyList.categories };

  for (const { plan, step } of demoStepsInTimeOrder(plans)) {
    const before = snapshots.get(plan)!;
    const result = decide(before, step.action, inputOf(step, ids, snapshots, byUpstreamNo), actorOf(step, ids), step.at, ctx);
    if (!result.ok) throw new Error(`demo order ${plan.upstreamNo}: ${step.action} refused: ${JSON.stringify(result.error)}`);
    let next = result.decision.next;
    if (['dispatch', 'redispatch', 'reopen'].includes(step.action)) next = { ...next, unitDueAt: next.upstreamDueAt ? demoUnitDueAt(next.upstreamDueAt, step.at, next.urgency) : null };
    if (step.action === 'extend_decide' && step.payload.approved) next = { ...next, unitDueAt: step.payload.dueAt ?? before.pendingExtension?.newDueAt ?? next.unitDueAt };
    if (step.action === 'reply' || step.action === 'answer') replies.set(plan, { ...step.payload, at: step.at });
    snapshots.set(plan, next);
    events.push(result.decision.event);
    followClocks(clocks.get(plan)!, result.decision.effects, step.at, next.upstreamDueAt, next.categoryPath);
  }

  const clockRows = new Map(plans.map((p) => [p, clockRowsOf(orderIds.get(p)!, p, snapshots.get(p)!, clocks.get(p)!, options)]));
  const [{ prefix }] = (await m.query('SELECT coalesce(short_code, code) AS prefix FROM street WHERE code = $1', [street])) as { prefix: string }[];
  const localNos = demoLocalNumbers(plans, prefix);
  for (const chunk of chunks(plans, 200)) await insertOrders(m, street, chunk, snapshots, orderIds, replies, clockRows, { ...options, localNos: localNos.numbers });
  for (const [day, last] of localNos.lastByDay) {
    await m.query('INSERT INTO order_number_counter (street_code, day, last_no) VALUES ($1, $2, $3)', [street, day, last]);
  }
  // Intake comes first on every timeline, then the actions in time order.
  const intake = plans.map((p) => ({ orderId: orderIds.get(p)!, action: 'create', actorId: ids.users.get('operator') ?? null, actorRole: 'operator', actorUnitId: null, at: p.receivedAt, fromStatus: null, toStatus: 'new', payload: { channel: p.channel, source: 'demo' } }));
  for (const chunk of chunks([...intake, ...events.map(eventRow(ids))], 500)) await insertEvents(m, street, chunk);
  for (const chunk of chunks([...clockRows.values()].flat(), 500)) await insertClocks(m, street, chunk);
  return plans.length;
}

/**
 * Each clock's last run: started (or restarted) at, the platform's limit and the category then (a reopen sets a new
 * limit; the category picks the admin's overrides), a granted due time if any, and how it stopped if it did.
 */
type ClockHistory = Map<OrderClock, {
  startedAt: Date; upstreamDueAt: Date | null; category: string | null; dueAt?: Date; stoppedAt?: Date; outcome?: 'done' | 'abandoned';
}>;

/** The clock effects the state machine asked for, applied as `OrderClocks` would have at the time. */
function followClocks(
  history: ClockHistory, effects: readonly OrderEffect[], at: Date, upstreamDueAt: Date | null, category: string | null,
): ClockHistory {
  for (const effect of effects) {
    if (effect.kind === 'startClock') history.set(effect.clock, { startedAt: at, upstreamDueAt, category });
    else if (effect.kind === 'recomputeClock') history.set(effect.clock, { startedAt: at, upstreamDueAt, category, dueAt: effect.dueAt });
    else if (effect.kind === 'stopClock') {
      const running = history.get(effect.clock);
      if (running && !running.stoppedAt) history.set(effect.clock, { ...running, stoppedAt: effect.at, outcome: effect.outcome });
    }
  }
  return history;
}

interface ClockRow {
  orderId: string; kind: OrderClock; startedAt: Date; dueAt: Date; warnAt: Date; provisional: boolean;
  stoppedAt: Date | null; outcome: string | null; late: boolean | null; warnedAt: Date | null; overdueAt: Date | null;
}

/**
 * The order's clocks as the desk would hold them today. The unit's reply clock keeps the due time the demo
 * generator gave the order (it is also the order's `unit_due_at`). Alarms whose time has passed count as already
 * raised, so the first sweep after seeding does not replay months of history as new alarms.
 */
function clockRowsOf(
  orderId: string, plan: DemoOrderPlan, order: OrderSnapshot, history: ClockHistory,
  options: { now: Date; clockOf: (kind: OrderClock, input: ClockInput) => DeadlineClock },
): ClockRow[] {
  return [...history].map(([kind, run]) => {
    const computed = options.clockOf(kind, {
      startAt: run.startedAt, type: plan.type, urgency: plan.urgency, category: run.category, upstreamDueAt: run.upstreamDueAt,
    });
    const granted = kind === 'unitReply' ? (run.stoppedAt ? run.dueAt : (order.unitDueAt ?? run.dueAt)) : run.dueAt;
    const dueAt = granted ?? computed.dueAt;
    const warnAt = granted ? warnAtOf(run.startedAt, dueAt) : computed.warnAt;
    const end = run.stoppedAt ?? options.now;
    return {
      orderId, kind, startedAt: run.startedAt, dueAt, warnAt, provisional: !granted && computed.provisional,
      stoppedAt: run.stoppedAt ?? null, outcome: run.outcome ?? null, late: run.stoppedAt ? run.stoppedAt > dueAt : null,
      warnedAt: warnAt <= end ? warnAt : null, overdueAt: dueAt <= end ? dueAt : null,
    };
  });
}

async function insertClocks(m: EntityManager, street: string, rows: ClockRow[]): Promise<void> {
  const values: unknown[] = [];
  const tuples = rows.map((r, i) => {
    values.push(r.orderId, r.kind, street, r.startedAt, r.dueAt, r.warnAt, r.provisional, r.stoppedAt, r.outcome, r.late, r.warnedAt, r.overdueAt);
    return `(${Array.from({ length: 12 }, (_, k) => `$${i * 12 + k + 1}`).join(', ')})`;
  });
  await m.query(
    `INSERT INTO order_clock (order_id, kind, street_code, started_at, due_at, warn_at, provisional, stopped_at, outcome, late, warned_at, overdue_at)
     VALUES ${tuples.join(', ')}`,
    values,
  );
}

function initialSnapshot(plan: DemoOrderPlan, id: string, ids: Ids): OrderSnapshot {
  return {
    id, version: 1, status: 'new', channel: plan.channel, type: plan.type, urgency: plan.urgency, categoryPath: plan.category.path,
    communityId: ids.communities.get(plan.communityCode) ?? null, leadUnitId: null, leadUnitKind: null, coUnitIds: [],
    formerUnitIds: [], acknowledgedUnitIds: [], upstreamDueAt: plan.upstreamDueAt, unitDueAt: null, hang: null,
    pendingExtension: null, subReplies: [], closedAt: null, reworkCount: 0, urgeCount: 0, duplicateOfId: null,
    assessment: plan.assessment,
  };
}

function unitRef(ids: Ids, code: string) {
  const unit = ids.units.get(code);
  if (!unit) throw new Error(`demo data names unknown unit ${code}`);
  return unit;
}

function inputOf(step: DemoStep, ids: Ids, snapshots: Map<DemoOrderPlan, OrderSnapshot>, byNo: Map<string, DemoOrderPlan>): unknown {
  switch (step.action) {
    case 'merge': {
      const { masterUpstreamNo, ...rest } = step.payload;
      const master = snapshots.get(byNo.get(masterUpstreamNo)!)!;
      return { ...rest, master: { id: master.id, status: master.status, closedAt: master.closedAt } };
    }
    case 'dispatch':
    case 'redispatch':
      return { ...step.payload, leadUnit: unitRef(ids, step.unitCode), coUnits: step.coUnitCodes.map((c) => unitRef(ids, c)) };
    case 'sub_reply':
      return { ...step.payload, unitId: unitRef(ids, step.unitCode).id };
    default:
      return step.payload;
  }
}

function actorOf(step: DemoStep, ids: Ids): OrderActor {
  if (step.actorRole === 'unit') {
    const unitId = 'unitCode' in step ? unitRef(ids, step.unitCode).id : null;
    const userId = unitId && unitId === ids.cgbUnitId ? ids.users.get('unit.cgb') : undefined;
    return { id: userId ?? `demo-unit-${unitId}`, role: 'unit', unitId };
  }
  return { id: ids.users.get(step.actorRole) ?? `demo-${step.actorRole}`, role: step.actorRole, unitId: null, mayDispatch: true };
}


const isUuid = (v: string | null) => v !== null && /^[0-9a-f-]{36}$/i.test(v);

function eventRow(ids: Ids) {
  return (e: OrderTimelineEvent) => ({ ...e, actorId: isUuid(e.actorId) ? e.actorId : null, actorUnitId: e.actorUnitId, fromStatus: e.fromStatus as string | null });
}

/** SQL NULL for an absent value: `JSON.stringify(null)` would store jsonb `null`, which `IS NOT NULL` matches. */
const jsonOrNull = (value: unknown): string | null => (value == null ? null : JSON.stringify(value));

async function insertOrders(
  m: EntityManager, street: string, plans: DemoOrderPlan[], snapshots: Map<DemoOrderPlan, OrderSnapshot>,
  orderIds: Map<DemoOrderPlan, string>, replies: Map<DemoOrderPlan, unknown>, clockRows: Map<DemoOrderPlan, ClockRow[]>,
  options: { now: Date; pii: CitizenPii; localNos: Map<DemoOrderPlan, string> },
): Promise<void> {
  const cols = 34;
  const values: unknown[] = [];
  const rows = plans.map((plan, i) => {
    const s = snapshots.get(plan)!;
    // Headline 超期 (DESIGN §4): the running clocks already past due, as the alarms would have recorded them.
    const overdueClocks = clockRows.get(plan)!.filter((c) => !c.stoppedAt && c.overdueAt).map((c) => c.kind).sort();
    values.push(
      orderIds.get(plan), street, plan.upstreamNo, plan.channel, plan.receivedAt, options.pii.encrypt(plan.citizenName),
      options.pii.encrypt(plan.citizenPhone), options.pii.phoneHash(plan.citizenPhone), plan.address, s.communityId, plan.type,
      plan.urgency, plan.category.path, plan.content, plan.upstreamDueAt, plan.assessment, s.duplicateOfId, plan.tags,
      s.status, s.leadUnitId, s.leadUnitKind, s.coUnitIds, s.formerUnitIds, s.unitDueAt, jsonOrNull(s.hang),
      jsonOrNull(replies.get(plan)), s.closedAt, overdueClocks.length > 0, overdueClocks, options.localNos.get(plan) ?? null,
      // An extension still awaiting the street's decision, and who confirmed receipt: the timeline says so, so must the row.
      jsonOrNull(s.pendingExtension), s.acknowledgedUnitIds, JSON.stringify(s.subReplies), placeKeyOf(plan.address),
    );
    const p = (k: number) => `$${i * cols + k}`;
    return `(${Array.from({ length: cols }, (_, k) => p(k + 1)).join(', ')}, ${s.reworkCount}, ${s.urgeCount}, '${plan.receivedAt.toISOString()}', '${options.now.toISOString()}')`;
  });
  await m.query(
    `INSERT INTO work_order (id, street_code, upstream_no, channel, received_at, citizen_name_enc, citizen_phone_enc,
       citizen_phone_hash, address, community_id, type, urgency, category_path, content, upstream_due_at, assessment,
       duplicate_of_id, tags, status, lead_unit_id, lead_unit_kind, co_unit_ids, former_unit_ids, unit_due_at, hang, reply,
       closed_at, overdue, overdue_clocks, local_no, pending_extension, acknowledged_unit_ids, sub_replies, place_key, rework_count, urge_count,
       created_at, updated_at)
     VALUES ${rows.join(', ')}`,
    values,
  );
}

async function insertEvents(m: EntityManager, street: string, events: { orderId: string; action: string; actorId: string | null; actorRole: string; actorUnitId: string | null; at: Date; fromStatus: string | null; toStatus: string; payload: unknown }[]): Promise<void> {
  const values: unknown[] = [];
  const rows = events.map((e, i) => {
    values.push(e.orderId, street, e.action, e.actorId, e.actorRole, e.actorUnitId, e.at, e.fromStatus, e.toStatus, JSON.stringify(e.payload ?? {}));
    const b = i * 10;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}, $${b + 9}, $${b + 10}::jsonb)`;
  });
  await m.query(
    `INSERT INTO order_event (order_id, street_code, action, actor_id, actor_role, actor_unit_id, at, from_status, to_status, payload) VALUES ${rows.join(', ')}`,
    values,
  );
}

async function loadIds(m: EntityManager, street: string): Promise<Ids> {
  const units = (await m.query('SELECT id, code, kind FROM unit WHERE street_code = $1', [street])) as { id: string; code: string; kind: UnitKind }[];
  const communities = (await m.query('SELECT id, code FROM community WHERE street_code = $1', [street])) as { id: string; code: string }[];
  const users = (await m.query('SELECT id, username FROM app_user WHERE street_code = $1', [street])) as { id: string; username: string }[];
  const unitMap = new Map(units.map((u) => [u.code, { id: u.id, kind: u.kind }]));
  return {
    units: unitMap,
    communities: new Map(communities.map((c) => [c.code, c.id])),
    users: new Map(users.map((u) => [u.username, u.id])),
    cgbUnitId: unitMap.get('CGB')?.id ?? null,
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * How many demo orders missed a clock (DESIGN §4: overdue per clock) — stopped late, or running past due now — in
 * all and per clock. The seeder reports it, so a change to the generator that makes the demo street look unlike a
 * real one (a few percent late, not half) is seen at once.
 */
export async function demoOverdueShare(m: EntityManager, street: string): Promise<{ orders: number; withOverdueClock: number; share: number; byClock: Record<string, number> }> {
  const [totals] = (await m.query(
    `SELECT count(*)::int AS orders,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM order_clock c WHERE c.order_id = o.id
                                            AND (c.late OR (c.stopped_at IS NULL AND c.overdue_at IS NOT NULL))))::int AS missed
       FROM work_order o WHERE o.street_code = $1`,
    [street],
  )) as { orders: number; missed: number }[];
  const perClock = (await m.query(
    `SELECT kind, count(*)::int AS n FROM order_clock
      WHERE street_code = $1 AND (late OR (stopped_at IS NULL AND overdue_at IS NOT NULL)) GROUP BY kind`,
    [street],
  )) as { kind: string; n: number }[];
  return {
    orders: totals.orders,
    withOverdueClock: totals.missed,
    share: totals.orders ? totals.missed / totals.orders : 0,
    byClock: Object.fromEntries(perClock.map((r) => [r.kind, r.n])),
  };
}
