import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ManualClock, type Clock } from '@app/clock';
import type { AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { JobRunner, type QueueDriver } from '@app/queue';
import { DEMO_PASSWORD, testConfig } from './test-config.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  url: string;
  dataSource: DataSource;
  login(username: string, password?: string): Promise<string>;
  /**
   * The demo street's units by code. Tests share one database and some seed further streets with the same unit
   * codes, so a bare `SELECT … FROM unit` may answer with another street's unit.
   */
  unitIds(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: AppConfig;
  clock?: Clock;
  runJobs?: boolean;
  queueDriver?: QueueDriver;
  /**
   * A database of the file's own (`<run database>_<suffix>`, migrated, dropped on close), for a file whose clock
   * stands far from the others': the demo street is seeded once per database, at the first app's clock, so such a
   * file would otherwise leave the shared database with rosters for the wrong months.
   */
  ownDatabase?: string;
  /** Settings on top of `testConfig()` when no `config` is given (e.g. SEED_DEMO_ORDERS for an own database). */
  configOverrides?: Record<string, string>;
}

/**
 * The real api application (same wiring as `npm run start:api`) on an ephemeral port, against real PostgreSQL and
 * Redis. `createApiApp` is imported lazily so unit tests never load the whole app.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { createApiApp } = await import('../../../../apps/api/src/create-api-app.js');
  const ownDatabase = options.ownDatabase ? await createOwnDatabase(options.ownDatabase) : null;
  const config = options.config ?? testConfig({ ...options.configOverrides, ...(ownDatabase ? { DATABASE_URL: ownDatabase.url } : {}) });
  if (!ownDatabase) await seedSharedDatabaseOnce(config, createApiApp);
  const app = await createApiApp(config, {
    runJobs: options.runJobs ?? false,
    migrate: ownDatabase !== null,
    clock: options.clock,
    queueDriver: options.queueDriver,
  });
  try {
    await app.listen(0, '127.0.0.1');
    if (options.runJobs) await app.get(JobRunner).start({ schedules: false });
  } catch (error) {
    await app.close().catch(() => undefined); // or the pool and Redis connections keep Jest alive
    throw error;
  }
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const http = request(app.getHttpServer());
  return {
    app,
    config,
    http,
    url,
    dataSource: app.get<DataSource>(DATA_SOURCE),
    async login(username, password = DEMO_PASSWORD) {
      const res = await request(app.getHttpServer()).post('/api/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login ${username} → ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    async unitIds() {
      const rows = (await app.get<DataSource>(DATA_SOURCE).query(
        `SELECT u.id, u.code FROM unit u JOIN app_user a ON a.street_code = u.street_code WHERE a.username = 'supervisor'`,
      )) as { id: string; code: string }[];
      return Object.fromEntries(rows.map((r) => [r.code, r.id]));
    },
    async close() {
      await app.close();
      await ownDatabase?.drop();
    },
  };
}

/**
 * The moment the shared database's demo street is seeded: the files pin their clocks around Wednesday 2026-11-25
 * 10:00 in Beijing and expect that month's published roster. Without this, whichever file ran first would seed it
 * at its own clock — the real one for some — and the rosters would depend on the order Jest picks.
 */
export const SHARED_SEED_MOMENT = '2026-11-25T02:00:00Z';

async function seedSharedDatabaseOnce(
  config: AppConfig,
  createApiApp: (config: AppConfig, options: { runJobs: boolean; migrate: boolean; clock: Clock }) => Promise<INestApplication>,
): Promise<void> {
  const client = new pg.Client({ connectionString: config.database.url });
  await client.connect();
  try {
    const [row] = (await client.query('SELECT EXISTS (SELECT 1 FROM roster) AS seeded')).rows as { seeded: boolean }[];
    if (row.seeded) return;
  } finally {
    await client.end();
  }
  const app = await createApiApp(config, { runJobs: false, migrate: false, clock: new ManualClock(SHARED_SEED_MOMENT) });
  try {
    await app.init();
  } finally {
    await app.close();
  }
}

/** Creates `<run database>_<suffix>` afresh on the run's server; `drop` removes it. */
async function createOwnDatabase(suffix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(process.env.TEST_DATABASE_URL ?? '');
  const name = `${base.pathname.slice(1)}_${suffix}`.replace(/[^a-z0-9_]/gi, '_');
  const url = new URL(base);
  url.pathname = `/${name}`;
  const admin = async (sql: string) => {
    const server = new URL(base);
    server.pathname = '/postgres';
    const client = new pg.Client({ connectionString: server.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
