import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ManualClock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ClockAlarms, verifyOrderReplay } from '@app/orders';
import { demoOverdueShare } from './demo-orders.seeder.js';
import { DEMO_PASSWORD, testConfig } from '@app/testing';
import { createApiApp } from '../../../apps/api/src/create-api-app.js';

/**
 * The demo a new user meets on `npm start`: months of orders replayed through the state machine. Seeding happens
 * once per street, so this file gets a database of its own (the shared test database already holds orders).
 */
const exec = promisify(execFile);
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

  it('when seeded, then an absent hang, reply or extension is SQL NULL, never jsonb null', async () => {
    const [counts] = await db.query(
      `SELECT count(*) FILTER (WHERE jsonb_typeof(hang) = 'null')::int AS hang, count(*) FILTER (WHERE jsonb_typeof(reply) = 'null')::int AS reply,
              count(*) FILTER (WHERE jsonb_typeof(pending_extension) = 'null')::int AS "pendingExtension"
         FROM work_order`,
    );
    expect(counts).toEqual({ hang: 0, reply: 0, pendingExtension: 0 });
  });

  it('when the supervisor opens 挂账, then exactly the dispatched orders with a hang plan are listed, each with its plan and dates', async () => {
    const login = await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'supervisor', password: DEMO_PASSWORD });
    const res = await request(app.getHttpServer()).get('/api/hung-orders?pageSize=200').set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(res.status).toBe(200);
    const hung = (await db.query(`SELECT id FROM work_order WHERE status = 'dispatched' AND jsonb_typeof(hang) = 'object' ORDER BY id`)) as { id: string }[];
    expect(hung.length).toBeGreaterThan(0);
    expect(res.body.total).toBe(hung.length);
    const items = res.body.items as { id: string; plan: string | null; since: string | null; nextProgressAt: string | null }[];
    expect(items.map((i) => i.id).sort()).toEqual(hung.map((h) => h.id));
    for (const i of items) expect({ id: i.id, plan: Boolean(i.plan), since: Boolean(i.since), next: Boolean(i.nextProgressAt) }).toEqual({ id: i.id, plan: true, since: true, next: true });
  });

  it('when seeded, then every order without a platform number has the desk\'s own, and the day counters continue after them', async () => {
    const [numbers] = await db.query(
      `SELECT count(*) FILTER (WHERE upstream_no IS NULL AND local_no IS NULL)::int AS unnumbered, count(local_no)::int AS numbered,
              count(*) FILTER (WHERE local_no IS NOT NULL AND local_no !~ '^TRT-[0-9]{8}-[0-9]{4}$')::int AS malformed
         FROM work_order`,
    );
    expect(numbers).toMatchObject({ unnumbered: 0, malformed: 0 });
    expect(numbers.numbered).toBeGreaterThan(0);
    const [{ off }] = await db.query(
      `SELECT count(*)::int AS off FROM (
         SELECT o.street_code, split_part(o.local_no, '-', 2) AS day, max(split_part(o.local_no, '-', 3)::int) AS top, count(*) AS n
           FROM work_order o WHERE o.local_no IS NOT NULL GROUP BY 1, 2) d
       LEFT JOIN order_number_counter c ON c.street_code = d.street_code AND to_char(c.day, 'YYYYMMDD') = d.day
      WHERE c.last_no IS DISTINCT FROM d.top OR d.top <> d.n`,
    );
    expect(off).toBe(0);
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

  it('when seeded, then every order equals the replay of its timeline; an order edited behind the desk is named, by the CLI too', async () => {
    const intact = await verifyOrderReplay(db);
    expect(intact.firstMismatch).toBeUndefined();
    expect(intact.orders).toBeGreaterThan(1000);

    // Someone with database access moves a dispatched order to another unit, without a timeline event.
    const [victim] = (await db.query(
      `SELECT o.id, o.lead_unit_id, (SELECT id FROM unit u WHERE u.street_code = o.street_code AND u.id <> o.lead_unit_id LIMIT 1) AS other
         FROM work_order o WHERE o.status = 'dispatched' AND o.lead_unit_id IS NOT NULL ORDER BY o.id LIMIT 1`,
    )) as { id: string; lead_unit_id: string; other: string }[];
    await db.query('UPDATE work_order SET lead_unit_id = $2 WHERE id = $1', [victim.id, victim.other]);
    try {
      const edited = await verifyOrderReplay(db);
      expect(edited.ok).toBe(false);
      expect(edited.firstMismatch).toMatchObject({ orderId: victim.id, fields: [{ field: 'leadUnitId', stored: victim.other, replayed: victim.lead_unit_id }] });

      const cli = await exec(process.execPath, ['--import', 'tsx', 'libs/system/src/cli/verify-records.ts'], {
        env: { ...process.env, DATABASE_URL: dbUrl.toString() },
      }).catch((e: { code: number; stdout: string }) => e);
      expect((cli as { code?: number }).code).toBe(2);
      expect((cli as { stdout: string }).stdout).toContain(`orders: MISMATCH at order ${victim.id}`);
      expect((cli as { stdout: string }).stdout).toContain('leadUnitId');
    } finally {
      await db.query('UPDATE work_order SET lead_unit_id = $2 WHERE id = $1', [victim.id, victim.lead_unit_id]);
    }
  });

  it('when a status is edited behind the desk, then the replay names the order and the status', async () => {
    const [victim] = (await db.query(`SELECT id FROM work_order WHERE status = 'closed' ORDER BY id LIMIT 1`)) as { id: string }[];
    await db.query(`UPDATE work_order SET status = 'visited' WHERE id = $1`, [victim.id]);
    try {
      const edited = await verifyOrderReplay(db);
      expect(edited.firstMismatch).toMatchObject({ orderId: victim.id, fields: [{ field: 'status', stored: 'visited', replayed: 'closed' }] });
    } finally {
      await db.query(`UPDATE work_order SET status = 'closed' WHERE id = $1`, [victim.id]);
    }
  });
});
