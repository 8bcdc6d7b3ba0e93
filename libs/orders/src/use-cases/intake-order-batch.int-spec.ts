import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditEntry } from '@app/audit';
import { actorOfUser } from '@app/auth';
import { ManualClock } from '@app/clock';
import type { Tx } from '@app/database';
import { DomainError } from '@app/errors';
import { createTestApp, type TestApp } from '@app/testing';
import { CitizenPii } from '../pii/citizen-pii.js';
import { refreshClockFlags } from '../sla/clock-flags.js';
import { IntakeOrderBatch, type IntakeOutcome } from './intake-order-batch.use-case.js';
import { IntakeOrder, IntakeOrderBody, type IntakeOrderInput } from './intake-order.use-case.js';

/**
 * Issue 14: the import's batch path must write what the single path writes. The same inputs go through createIn one
 * by one and through createManyIn at once, each in a transaction on the same data that is then rolled back, and
 * everything they wrote is compared: orders, timeline, clocks, suggestions, duplicate checks, audit records, refusals.
 */
const clock = new ManualClock('2026-11-25T02:00:00Z');
const tag = randomUUID().slice(0, 6).toUpperCase();
const phone = (n: number) => `139${tag.replace(/\D/g, '').padEnd(4, '7').slice(0, 4)}${String(n).padStart(4, '0')}`;
const ROLLBACK = new Error('rollback');
let t: TestApp;
let pii: CitizenPii;
let category: string;

const base = { channel: 'hotline', type: 'complaint', address: '黑窑厂街12号院3号楼', receivedAt: '2026-11-24T09:00:00+08:00' };
function inputs(existingNo: string): IntakeOrderInput[] {
  return [
    { ...base, upstreamNo: `EQ${tag}01`, citizenName: '陈某某', citizenPhone: phone(1), content: '楼下工地夜间施工噪音很大，影响休息', category },
    // Same caller the next day about the same noise: a duplicate of the first, which is earlier in the same batch.
    { ...base, upstreamNo: `EQ${tag}02`, citizenPhone: phone(1), content: '楼下工地夜间施工噪音还是很大，影响休息', receivedAt: '2026-11-25T08:00:00+08:00' },
    { ...base, upstreamNo: `EQ${tag}03`, citizenPhone: phone(3), content: '同楼邻居反映工地夜间施工噪音', category },
    // No platform number: the desk's own local number, and a proactive order needs no phone.
    { ...base, channel: 'proactive', type: 'report', content: '巡查发现黑窑厂街路面破损需要修补' },
    { ...base, upstreamNo: `EQ${tag}05`, citizenPhone: phone(5), content: '分类不存在的诉求内容', category: '不存在/的/分类' },
    { ...base, upstreamNo: `EQ${tag}06`, citizenPhone: phone(6), content: '社区不存在的诉求内容', communityId: randomUUID() },
    { ...base, upstreamNo: `EQ${tag}01`, citizenPhone: phone(7), content: '同一工单编号第二次出现' },
    { ...base, upstreamNo: existingNo, citizenPhone: phone(8), content: '平台已推送过的工单编号' },
    {
      ...base, upstreamNo: `EQ${tag}09`, citizenPhone: phone(9), content: '米市胡同45号家中暖气不热，请协调供暖单位', address: '米市胡同45号',
      // The platform's limit passed an hour before it reached the desk: that 超期 too goes in with the order.
      urgency: 'critical', upstreamDueAt: '2026-11-25T09:00:00+08:00', assessment: 'response_only', tags: ['供暖'],
    },
  ].map((i) => IntakeOrderBody.parse(i));
}

/** Runs `work` in a transaction that is rolled back, with a Tx that keeps what it audits and emits. */
async function rolledBack<T>(work: (tx: Tx) => Promise<IntakeOutcome[]>, read: (tx: Tx, o: IntakeOutcome[], audits: AuditEntry[], events: string[]) => Promise<T>): Promise<T> {
  const [{ id, street_code }] = (await t.dataSource.query(`SELECT id, street_code FROM app_user WHERE username = 'supervisor'`)) as { id: string; street_code: string }[];
  const actor = await actorOfUser(t.dataSource.manager, id, street_code, 'equivalence-test');
  let result: T | undefined;
  // As TransactionRunner does: what was taken outside the transaction (a local number) is handed back after it.
  const afterRollback: (() => void | Promise<void>)[] = [];
  await t.dataSource
    .transaction(async (manager) => {
      const audits: AuditEntry[] = [];
      const events: string[] = [];
      const tx: Tx = { manager, actor, now: clock.now(), audit: (e) => audits.push(e), emit: (name) => events.push(name), afterCommit: () => undefined, afterRollback: (fn) => void afterRollback.push(fn) };
      result = await read(tx, await work(tx), audits, events);
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  for (const fn of afterRollback) await fn();
  return result!;
}

/** What the run wrote, with the new orders' ids replaced by their input's position so two runs compare. */
async function written(tx: Tx, outcomes: IntakeOutcome[], audits: AuditEntry[], events: string[]) {
  const ids = outcomes.flatMap((o) => (o.ok ? [o.row.id] : []));
  const q = (sql: string) => tx.manager.query(sql, [ids]) as Promise<Record<string, unknown>[]>;
  const orders = (await q('SELECT * FROM work_order WHERE id = ANY($1) ORDER BY upstream_no, local_no')).map(({ citizen_name_enc, citizen_phone_enc, ...row }) => ({
    ...row, name: pii.decrypt(citizen_name_enc as string | null), phone: pii.decrypt(citizen_phone_enc as string | null),
  }));
  const snapshot = {
    outcomes: outcomes.map((o) => (o.ok ? { id: o.row.id } : { code: o.error.code, message: o.error.message, details: o.error.details })),
    orders,
    timeline: (await q('SELECT * FROM order_event WHERE order_id = ANY($1) ORDER BY id')).map(({ id: _, ...e }) => e),
    clocks: await q('SELECT * FROM order_clock WHERE order_id = ANY($1)'),
    suggestions: await q('SELECT * FROM order_suggestion WHERE order_id = ANY($1)'),
    duplicates: await q('SELECT * FROM order_duplicate_check WHERE order_id = ANY($1)'),
    audits,
    // Orders late on arrival are written once, with their 超期 flags (issue 14), and those are the flags the refresh gives.
    rowsUpdated: Number(((await tx.manager.query(`SELECT pg_stat_get_xact_tuples_updated('work_order'::regclass) AS n`)) as { n: string }[])[0]!.n),
    flagsTheRefreshChanged: (await refreshClockFlags(tx.manager, ids, tx.now)).size,
  };
  let text = JSON.stringify(snapshot);
  ids.forEach((id, i) => (text = text.replaceAll(id, `#${i}`)));
  const same = JSON.parse(text) as typeof snapshot;
  // Rows in the order of their input (ids differ between the runs); within one transaction the batch writes all
  // creations before the 超期 of the orders late on arrival, and audits them before the suspicions, each record the same.
  for (const rows of [same.clocks, same.suggestions, same.duplicates]) rows.sort((a, b) => String(a.order_id).localeCompare(String(b.order_id)));
  same.timeline.sort((a, b) => String(a.order_id).localeCompare(String(b.order_id)));
  same.audits.sort((a, b) => `${a.entityId}${a.action}`.localeCompare(`${b.entityId}${b.action}`));
  return { snapshot: same, events };
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  pii = new CitizenPii(t.config.piiKey);
  [{ path: category }] = (await t.dataSource.query(`SELECT path FROM category WHERE active AND level = 3 ORDER BY path LIMIT 1`)) as { path: string }[];
});
afterAll(async () => t?.close());

describe('IntakeOrderBatch.createManyIn', () => {
  it('when a batch is taken in, then it writes exactly what createIn writes for each input in turn, and announces the batch once', async () => {
    const existingNo = `EQ${tag}00`;
    const operator = await t.login('operator');
    const first = await t.http.post('/api/orders').set('authorization', `Bearer ${operator}`).send({ ...base, upstreamNo: existingNo, citizenPhone: phone(0), content: '先前已录入的同址噪音诉求' });
    expect(first.status).toBe(201);
    const single = t.app.get(IntakeOrder, { strict: false });
    const batch = t.app.get(IntakeOrderBatch, { strict: false });

    const one = await rolledBack(async (tx) => {
      const outcomes: IntakeOutcome[] = [];
      for (const input of inputs(existingNo)) {
        try {
          outcomes.push({ ok: true, row: await single.createIn(tx, input, 'import') });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          outcomes.push({ ok: false, error });
        }
      }
      return outcomes;
    }, written);
    const many = await rolledBack((tx) => batch.createManyIn(tx, inputs(existingNo), 'import'), written);

    expect(many.snapshot).toEqual(one.snapshot);
    // The comparison is only worth something if the inputs reached every part.
    expect(one.snapshot.outcomes.map((o) => ('code' in o ? o.code : 'ok'))).toEqual([
      'ok', 'ok', 'ok', 'ok', 'VALIDATION_FAILED', 'VALIDATION_FAILED', 'ORDER_DUPLICATE_UPSTREAM_NO', 'ORDER_DUPLICATE_UPSTREAM_NO', 'ok',
    ]);
    expect(one.snapshot.orders.map((o) => (o as Record<string, unknown>).local_no !== null)).toEqual([false, false, false, false, true]);
    expect(one.snapshot.duplicates.map((d) => d.order_id)).toEqual(expect.arrayContaining(['#1', '#2']));
    expect(one.snapshot.audits.filter((a) => a.action === 'order.duplicate_suspected').length).toBeGreaterThanOrEqual(2);
    expect(one.events.filter((e) => e !== 'order.overdue')).toEqual(Array(5).fill('order.created'));
    expect(many.events.filter((e) => e !== 'order.overdue')).toEqual(['orders.created']);
    // Orders received a day before the clock are late on arrival: their 超期 is recorded with them, in both paths.
    const late = (events: string[]) => events.filter((e) => e === 'order.overdue').length;
    expect(late(one.events)).toBeGreaterThan(0);
    expect(late(many.events)).toBe(late(one.events));
    expect(one.snapshot.timeline.filter((e) => e.action === 'overdue')).toHaveLength(late(one.events));
    const overdueClocks = one.snapshot.orders.flatMap((o) => (o as Record<string, unknown>).overdue_clocks as string[]);
    expect(overdueClocks).toHaveLength(late(one.events));
    expect(overdueClocks.filter((k) => k === 'upstream')).toHaveLength(1);
    expect(one.snapshot.timeline.filter((e) => e.action === 'overdue' && (e.payload as { clock: string }).clock === 'upstream')).toHaveLength(1);
    expect(many.snapshot.rowsUpdated).toBe(0);
    expect(many.snapshot.flagsTheRefreshChanged).toBe(0);
  });
});
