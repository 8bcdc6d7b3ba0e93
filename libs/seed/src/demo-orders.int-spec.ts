import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { ManualClock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { ClockAlarms } from '@app/orders';
import { demoOverdueShare } from './demo-orders.seeder.js';
import { testConfig } from '@app/testing';
import { createApiApp } from '../../../apps/api/src/create-api-app.js';

/**
 * The demo a new user meets on `npm start`: months of orders replayed through the state machine. Seeding happens
 * once per street, so this file gets a database of its own (the shared test database already holds orders).
 */
const clock = new ManualClock('2026-11-25T02:00:00Z');
const dbUrl = new URL(process.env.TEST_DATABASE_URL!);
dbUrl.pathname = `${dbUrl.pathname}_demo`;
let app: Awaited<ReturnType<typeof createApiApp>>;
let db: DataSource;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(dbUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const name = dbUrl.pathname.slice(1);
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  app = await createApiApp(testConfig({ DATABASE_URL: dbUrl.toString(), SEED_DEMO_ORDERS: 'true' }), { runJobs: false, migrate: true, clock });
  await app.init();
  db = app.get<DataSource>(DATA_SOURCE);
}, 180_000);

afterAll(async () => {
  await app?.close();
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${dbUrl.pathname.slice(1)} WITH (FORCE)`));
});

describe('demo orders', () => {
  it('when seeded, then every order stands in the state its own timeline ends in', async () => {
    const [{ orders, mismatched }] = await db.query(
      `SELECT count(*)::int AS orders,
              count(*) FILTER (WHERE o.status <> (SELECT e.to_status FROM order_event e WHERE e.order_id = o.id ORDER BY e.at DESC, e.id DESC LIMIT 1))::int AS mismatched
         FROM work_order o`,
    );
    expect(orders).toBeGreaterThan(1000);
    expect(mismatched).toBe(0);
  });

  it('when seeded, then each open order has exactly the clock its state runs, and finished orders none', async () => {
    const rows = (await db.query(
      `SELECT o.status, array_agg(c.kind ORDER BY c.kind) FILTER (WHERE c.stopped_at IS NULL) AS running, count(*)::int AS n
         FROM work_order o LEFT JOIN order_clock c ON c.order_id = o.id
        GROUP BY o.id, o.status`,
    )) as { status: string; running: string[] | null }[];
    const runningByStatus = new Map<string, Set<string>>();
    for (const r of rows) {
      const set = runningByStatus.get(r.status) ?? new Set<string>();
      set.add((r.running ?? []).filter((k) => k !== 'contact').join(',')); // the contact clock may or may not still run
      runningByStatus.set(r.status, set);
    }
    const expected: Record<string, string> = { new: 'sign', signed: '', dispatched: 'unitReply', replied: 'review', closed: '', visited: '', returned: '', merged: '', return_pending: '' };
    for (const [status, seen] of runningByStatus) expect({ status, running: [...seen] }).toEqual({ status, running: [expected[status]] });
    expect(runningByStatus.has('dispatched')).toBe(true);
  });

  it('when seeded, then a dispatched order\'s reply clock falls due when the order says', async () => {
    const [{ differing }] = await db.query(
      `SELECT count(*)::int AS differing FROM work_order o JOIN order_clock c ON c.order_id = o.id AND c.kind = 'unitReply' AND c.stopped_at IS NULL
        WHERE o.status = 'dispatched' AND o.unit_due_at IS DISTINCT FROM c.due_at`,
    );
    expect(differing).toBe(0);
  });

  it('when seeded, then a few percent of orders missed a clock, as on a real street, and most contacts came in time', async () => {
    const [{ street }] = await db.query(`SELECT code AS street FROM street ORDER BY created_at LIMIT 1`);
    const overdue = await demoOverdueShare(db.manager, street);
    expect(overdue.share).toBeGreaterThan(0.01); // some are late: the 超期 queue and statistics have something to show
    expect(overdue.share).toBeLessThan(0.15);
    const [contact] = await db.query(
      `SELECT count(*)::int AS stopped, count(*) FILTER (WHERE late)::int AS late FROM order_clock WHERE kind = 'contact' AND stopped_at IS NOT NULL`,
    );
    expect(contact.stopped).toBeGreaterThan(1000);
    expect(contact.late / contact.stopped).toBeLessThan(0.06);
  });

  it('when seeded, then an order shows 超期 exactly when one of its running clocks is past due, naming it', async () => {
    const [{ wrong, flagged }] = await db.query(
      `SELECT count(*) FILTER (WHERE o.overdue_clocks IS DISTINCT FROM coalesce(
                (SELECT array_agg(c.kind ORDER BY c.kind) FROM order_clock c
                  WHERE c.order_id = o.id AND c.stopped_at IS NULL AND c.due_at <= $1), '{}')
                OR o.overdue <> (cardinality(o.overdue_clocks) > 0))::int AS wrong,
              count(*) FILTER (WHERE o.overdue)::int AS flagged
         FROM work_order o`,
      [clock.now()],
    );
    expect(wrong).toBe(0);
    expect(flagged).toBeGreaterThan(0);
  });

  it('when the first sweep runs after seeding, then history is not replayed as new alarms', async () => {
    expect(await app.get(ClockAlarms).sweep()).toEqual({ warnings: 0, overdue: 0 });
  });

  it('when seeded, then the per-unit counters add up to each order\'s rework and urges, and closed replies count as exported', async () => {
    const [counts] = await db.query(
      `SELECT count(*) FILTER (WHERE o.rework_count <> coalesce(c.rework, 0) OR o.urge_count <> coalesce(c.urge, 0))::int AS mismatched,
              sum(o.rework_count)::int AS rework, sum(o.urge_count)::int AS urges
         FROM work_order o
         LEFT JOIN (SELECT order_id, sum(rework_count) AS rework, sum(urge_count) AS urge FROM order_unit_counter GROUP BY order_id) c ON c.order_id = o.id`,
    );
    expect(counts.rework).toBeGreaterThan(0);
    expect(counts.urges).toBeGreaterThan(0);
    expect(counts.mismatched).toBe(0);
    const [replies] = await db.query(
      `SELECT count(*)::int AS closed, count(m.id)::int AS exported, count(*) FILTER (WHERE m.status <> 'exported')::int AS other
         FROM work_order o LEFT JOIN outbox_message m ON m.order_id = o.id AND m.topic = 'reply'
        WHERE o.status IN ('closed', 'visited') AND o.upstream_no IS NOT NULL`,
    );
    expect(replies.closed).toBeGreaterThan(0);
    expect(replies).toMatchObject({ exported: replies.closed, other: 0 });
  });
});
