import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Clock } from '@app/clock';
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
}

/**
 * The real api application (same wiring as `npm run start:api`) on an ephemeral port, against real PostgreSQL and
 * Redis. `createApiApp` is imported lazily so unit tests never load the whole app.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { createApiApp } = await import('../../../../apps/api/src/create-api-app.js');
  const config = options.config ?? testConfig();
  const app = await createApiApp(config, {
    runJobs: options.runJobs ?? false,
    migrate: false,
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
    },
  };
}
