import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { verifyAuditChain } from '@app/audit';
import { ManualClock } from '@app/clock';
import { createDataSource, runMigrations } from '@app/database';
import { MIGRATIONS } from '@app/schema';
import { createTestApp, SHARED_SEED_MOMENT, testConfig, type TestApp } from '@app/testing';
import { openOrderDesk } from '../support/order-desk.js';

/**
 * The database roles of README "Database roles" (issue 13 item 6), set up with the two scripts in libs/schema/sql
 * on a scratch database: the owner runs the migrations, the desk runs as the app role and works, and the app role
 * cannot rewrite the audit trail nor switch its trigger off. Roles are cluster-wide, so their names are new each
 * run, and the database and both roles are dropped at the end.
 */
const exec = promisify(execFile);
const run = randomBytes(4).toString('hex');
const names = { owner: `hd_owner_${run}`, app: `hd_app_${run}`, database: `hd_least_privilege_${run}` };
const server = new URL(process.env.TEST_DATABASE_URL ?? '');
const urlOf = (user: string, database: string) => {
  const url = new URL(server);
  url.username = user;
  url.password = '';
  url.pathname = `/${database}`;
  return url.toString();
};
const admin = new pg.Client({ connectionString: urlOf(server.username || 'postgres', 'postgres') });
let app: pg.Client;
let t: TestApp | undefined;

/**
 * Runs a script of libs/schema/sql the way `psql -v name=value -f` does for what those scripts use: `:"name"` as an
 * identifier, `:'name'` as a literal, one statement at a time (CREATE DATABASE refuses a transaction block).
 */
async function runScript(client: pg.Client, file: string, vars: Record<string, string>): Promise<void> {
  const sql = readFileSync(new URL(`../../libs/schema/sql/${file}`, import.meta.url), 'utf8')
    .replace(/:"(\w+)"/g, (_, name: string) => client.escapeIdentifier(vars[name]))
    .replace(/:'(\w+)'/g, (_, name: string) => client.escapeLiteral(vars[name]));
  const statements = sql.split(/;\s*$/m).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
  for (const statement of statements) await client.query(statement);
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

beforeAll(async () => {
  await admin.connect();
  await runScript(admin, 'least-privilege-roles.sql', { ...names, owner_password: randomBytes(12).toString('hex'), app_password: randomBytes(12).toString('hex') });
  // The owner migrates with the CLI operators run.
  await exec(process.execPath, ['--import', 'tsx', 'libs/platform/database/src/cli/run-migrations.ts'], {
    env: { ...process.env, DATABASE_URL: urlOf(names.owner, names.database) },
  });
  const owner = await connect(urlOf(names.owner, names.database));
  try {
    await runScript(owner, 'least-privilege-grants.sql', names);
  } finally {
    await owner.end();
  }
  app = await connect(urlOf(names.app, names.database));
}, 120_000);

afterAll(async () => {
  await t?.close();
  await app?.end();
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(names.database)} WITH (FORCE)`);
  for (const role of [names.app, names.owner]) await admin.query(`DROP ROLE IF EXISTS ${admin.escapeIdentifier(role)}`);
  await admin.end();
});

describe('the desk as the app role', () => {
  it('when the app role connects, then it is neither superuser nor owner of any table', async () => {
    const [role] = (await app.query('SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user')).rows;
    expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const owned = (await app.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`)).rows;
    expect(owned).toEqual([]);
  });

  it('when the api starts as the app role, then its start-up migration run finds nothing to do, and it seeds, signs in and writes orders', async () => {
    const ds = createDataSource({ url: urlOf(names.app, names.database), poolSize: 2, entities: [], migrations: MIGRATIONS, applicationName: 'least-privilege' });
    await ds.initialize();
    try {
      expect(await runMigrations(ds, { lock: true })).toEqual([]);
    } finally {
      await ds.destroy();
    }

    const clock = new ManualClock(SHARED_SEED_MOMENT);
    t = await createTestApp({ clock, config: testConfig({ DATABASE_URL: urlOf(names.app, names.database) }) });
    const desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor'] });
    const id = await desk.intake();
    expect((await desk.act('operator', id, 'sign')).status).toBe(200);
    expect((await desk.act('supervisor', id, 'dispatch', { leadUnitId: desk.units.CGB })).status).toBe(200);
    expect((await desk.detail(id)).status).toBe('dispatched');

    // Sign-ins and order actions appended to the audit log, as the app role, with an intact chain.
    const [{ n }] = (await app.query(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'order.%'`)).rows;
    expect(n).toBeGreaterThanOrEqual(3);
    expect((await verifyAuditChain(t.dataSource)).every((v) => v.ok)).toBe(true);
  });

  it.each([
    ['UPDATE audit_log', `UPDATE audit_log SET ip = '203.0.113.9'`, /permission denied for table audit_log/],
    ['DELETE FROM audit_log', 'DELETE FROM audit_log', /permission denied for table audit_log/],
    ['TRUNCATE audit_log', 'TRUNCATE audit_log', /permission denied for table audit_log/],
    ['ALTER TABLE audit_log DISABLE TRIGGER ALL', 'ALTER TABLE audit_log DISABLE TRIGGER ALL', /must be owner of table audit_log/],
    ['SET session_replication_role = replica (skips triggers)', 'SET session_replication_role = replica', /permission denied to set parameter/],
    ['DROP TABLE audit_log', 'DROP TABLE audit_log', /must be owner of table audit_log/],
    ['UPDATE order_event', `UPDATE order_event SET action = 'x'`, /permission denied for table order_event/],
    ['CREATE TABLE', 'CREATE TABLE shadow_audit (id int)', /permission denied for schema public/],
    ['INSERT INTO typeorm_migrations', `INSERT INTO typeorm_migrations (timestamp, name) VALUES (1, 'x')`, /permission denied for table typeorm_migrations/],
  ])('when the app role tries %s, then PostgreSQL refuses', async (_what, sql, refusal) => {
    await expect(app.query(sql)).rejects.toThrow(refusal);
  });
});
