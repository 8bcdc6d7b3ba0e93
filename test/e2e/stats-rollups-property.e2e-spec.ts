import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { StatsRefresher, StatsVerifier } from '@app/stats';
import { createTestApp, SHARED_SEED_MOMENT, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * Property: whatever lifecycle actions happen, in whatever order, with refreshes of the statistics at any point in
 * between, the rollups equal a recomputation from the raw orders (`StatsVerifier`). Actions the state machine refuses
 * are part of the input (they must change nothing).
 */
const clock = new ManualClock(SHARED_SEED_MOMENT);
let t: TestApp;
let desk: OrderDesk;

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1363333' });
});
afterAll(async () => t?.close());

const pass = DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: 'pass' }));
const fail = DEFAULT_REVIEW_CHECKLIST.map((i, n) => ({ item: i.code, verdict: n === 0 ? 'fail' : 'pass' }));

type Step =
  /** `order` −1: every order in turn, so sequences reach the late states (approve, callback) often. */
  | { kind: 'act'; order: number; user: string; action: string; body: () => Record<string, unknown> }
  | { kind: 'advance'; hours: number }
  | { kind: 'refresh' };

const MAIN_PATH: [string, string, (units: Record<string, string>) => Record<string, unknown>][] = [
  ['operator', 'sign', () => ({})],
  ['supervisor', 'dispatch', (units) => ({ leadUnitId: units.CGB })],
  ['unit.cgb', 'reply', () => ({ content: '已处理并告知诉求人。', contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [] })],
  ['reviewer', 'approve', () => ({ checklist: pass })],
  ['reviewer', 'callback', () => ({ valid: true, contacted: true, solved: true, satisfaction: 'satisfied' })],
];

/** Forward steps weigh more, so sequences get through to review and callback as often as they wander. */
const steps = (units: Record<string, string>): fc.WeightedArbitrary<Step>[] => {
  const at = () => clock.now().toISOString();
  const act = (user: string, action: string, body: () => Record<string, unknown> = () => ({}), weight = 1) => ({
    // The body is made when the step runs: its times are the clock's then.
    arbitrary: fc.integer({ min: -1, max: 3 }).map((order): Step => ({ kind: 'act', order, user, action, body })),
    weight,
  });
  return [
    act('operator', 'sign', () => ({}), 4),
    act('supervisor', 'dispatch', () => ({ leadUnitId: units.CGB }), 4),
    act('supervisor', 'dispatch', () => ({ leadUnitId: units.MSB })),
    act('supervisor', 'contact', () => ({ contactedAt: at(), method: 'phone', contactedBy: '王芳', summary: '已联系' })),
    act('supervisor', 'urge', () => ({ comment: '请加快' })),
    act('unit.cgb', 'unit_return', () => ({ reason: 'not_our_duty', text: '不属于本单位职责' })),
    act('supervisor', 'reply', () => ({ content: '已处理并告知诉求人。', contacted: true, contactedAt: at(), contactMethod: 'phone', result: 'solved', attachmentIds: [] }), 4),
    act('operator', 'answer', () => ({ content: '已直接答复诉求人。', result: 'solved' })),
    act('reviewer', 'approve', () => ({ checklist: pass }), 4),
    act('reviewer', 'reject', () => ({ checklist: fail, comment: '回复不完整' })),
    act('reviewer', 'callback', () => ({ valid: true, contacted: true, solved: true, satisfaction: 'satisfied' }), 3),
    act('reviewer', 'callback', () => ({ valid: true, contacted: true, solved: false, satisfaction: 'basically' })),
    act('reviewer', 'callback', () => ({ valid: true, contacted: false })),
    act('supervisor', 'reopen', () => ({ reason: '平台退回重办' })),
    { arbitrary: fc.integer({ min: 1, max: 30 }).map((hours): Step => ({ kind: 'advance', hours })), weight: 2 },
    { arbitrary: fc.constant<Step>({ kind: 'refresh' }), weight: 3 },
  ];
};

describe('statistics rollups (property)', () => {
  it('when any sequence of actions and refreshes happens, then the rollups equal the raw recomputation', async () => {
    const refresher = t.app.get(StatsRefresher);
    const verifier = t.app.get(StatsVerifier);
    const succeeded = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }), fc.array(fc.oneof(...steps(desk.units)), { minLength: 5, maxLength: 30 }), async (depths, sequence) => {
        const orders = [await desk.intake(), await desk.intake({ type: 'consult' }), await desk.intake({ type: 'report' }), await desk.intake()];
        // Each order starts somewhere along the main path (new … visited), counted once before the random steps.
        for (const [i, depth] of depths.entries()) {
          for (const [user, action, body] of MAIN_PATH.slice(0, depth)) expect((await desk.act(user, orders[i], action, body(desk.units))).status).toBe(200);
        }
        await refresher.refreshPending();
        for (const step of sequence) {
          if (step.kind === 'advance') clock.advance(step.hours * 3_600_000);
          else if (step.kind === 'refresh') await refresher.refreshPending();
          else {
            for (const id of step.order < 0 ? orders : [orders[step.order]]) {
              const res = await desk.act(step.user, id, step.action, step.body());
              // Refusals are expected input; a server error never is.
              expect(res.status).toBeLessThan(500);
              if (res.status === 200) succeeded.set(step.action, (succeeded.get(step.action) ?? 0) + 1);
            }
          }
        }
        expect((await verifier.verify()).difference).toBeNull();
      }),
      { numRuns: 12, seed: 20261203, endOnFailure: true },
    );
    // The sequences did reach the states that matter (a property over refusals only would prove little).
    expect(['sign', 'dispatch', 'reply', 'approve', 'callback'].filter((a) => !succeeded.has(a))).toEqual([]);
  }, 600_000);

  it('when every fact and rollup is rebuilt from the order tables, then they equal the raw recomputation and every index is back as it was', async () => {
    const refresher = t.app.get(StatsRefresher);
    const indexes = () => t.dataSource.query(
      `SELECT i.tablename, i.indexname, i.indexdef, c.contype
         FROM pg_indexes i LEFT JOIN pg_constraint c ON c.conname = i.indexname
        WHERE i.schemaname = current_schema() AND i.tablename LIKE 'stats\\_%' ORDER BY 1, 2`,
    );
    const before = await indexes();
    expect(before.length).toBeGreaterThan(10);
    const [{ orders }] = (await t.dataSource.query('SELECT count(*)::int AS orders FROM work_order')) as { orders: number }[];
    expect(orders).toBeGreaterThan(0);

    expect(await refresher.rebuildAll()).toBe(orders);

    expect(await indexes()).toEqual(before);
    const [{ daily, durations, words }] = (await t.dataSource.query(
      'SELECT (SELECT count(*) FROM stats_daily)::int AS daily, (SELECT count(*) FROM stats_daily_duration)::int AS durations, (SELECT count(*) FROM stats_term_daily)::int AS words',
    )) as { daily: number; durations: number; words: number }[];
    expect(Math.min(daily, durations, words)).toBeGreaterThan(0);
    expect((await t.app.get(StatsVerifier).verify()).difference).toBeNull();
  }, 120_000);
});
