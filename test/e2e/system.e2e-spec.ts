import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { InProcessDriver, QUEUE_DRIVER } from '@app/queue';
import { HealthController, RedisProbe } from '@app/system';
import { createTestApp, testConfig, type TestApp } from '@app/testing';

const exec = promisify(execFile);
const API = 'dist/apps/api/apps/api/src/main.js';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('GET /api/health', () => {
  it('when PostgreSQL and Redis answer, then 200 with each check', async () => {
    const res = await t.http.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      mode: 'production',
      queueDriver: 'bullmq',
      checks: { database: { ok: true }, queue: { ok: true, detail: 'bullmq: redis ready' }, redis: { ok: true, detail: 'redis PONG' } },
    });
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });

  it('when the queue runs in-process while Redis is configured, then Redis is still checked with its own PING', async () => {
    const app = await createTestApp({ queueDriver: new InProcessDriver() });
    try {
      const res = await app.http.get('/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ queueDriver: 'in-process', checks: { redis: { ok: true, detail: 'redis PONG' }, queue: { ok: true } } });
      expect(res.body.checks.queue.detail).toMatch(/^in-process: /);
    } finally {
      await app.close();
    }
  });

  it('when Redis does not answer, then its check fails on its own and the answer is 503, though the queue answers', async () => {
    const res = await healthWith(testConfig({ REDIS_URL: 'redis://127.0.0.1:1' }));
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'degraded', checks: { database: { ok: true }, queue: { ok: true }, redis: { ok: false } } });
    expect(res.body.checks.redis.detail).toMatch(/^redis did not answer PING: /);
  });

  it('when REDIS_URL is not set, then the Redis check says the queue and hub run embedded, in-process', async () => {
    const config = testConfig();
    const res = await healthWith({ ...config, redis: {} });
    expect(res.status).toBe(200);
    expect(res.body.checks.redis).toEqual({ ok: true, detail: 'embedded/in-process (REDIS_URL not set)', ms: 0 });
  });
});

/**
 * `GET /health` of the health endpoint alone, with the given configuration and an in-process queue: a whole app
 * pointed at a Redis nobody listens on would keep retrying it from every part that uses it.
 */
async function healthWith(config: AppConfig) {
  const moduleRef = await Test.createTestingModule({
    controllers: [HealthController],
    providers: [
      RedisProbe,
      { provide: APP_CONFIG, useValue: config },
      { provide: DATA_SOURCE, useValue: t.dataSource },
      { provide: QUEUE_DRIVER, useValue: new InProcessDriver() },
    ],
  }).compile();
  const app = await moduleRef.createNestApplication().init();
  try {
    return await request(app.getHttpServer()).get('/health');
  } finally {
    await app.close();
  }
}

describe('GET /api/docs', () => {
  it('serves the OpenAPI UI and a document that lists the routes with their request schemas', async () => {
    expect((await t.http.get('/api/docs')).status).toBe(200);
    const doc = await t.http.get('/api/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/health', '/api/me', '/api/audit']));
    const login = doc.body.paths['/api/auth/login'].post.requestBody.content['application/json'].schema;
    expect(login.required).toEqual(['username', 'password']);
  });
});

describe('errors', () => {
  it('when a route does not exist, then 404 in the common error shape', async () => {
    const res = await t.http.get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', message: '请求的资源不存在', details: {} });
    expect(res.body.requestId).toBeTruthy();
  });

  it('when an audit query has a bad parameter, then 400 naming the query field', async () => {
    const admin = await t.login('admin');
    const res = await t.http.get('/api/audit?pageSize=5000&from=yesterday').set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['query.from', 'query.pageSize']);
  });
});

describe('bad configuration', () => {
  it('when PORT is not a number, then the process stops with a message naming the variable', async () => {
    expect(existsSync(API)).toBe(true);
    const result = await exec(process.execPath, [API], { env: { ...process.env, PORT: 'abc', DATABASE_URL: '' } }).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toMatch(/PORT: .*\(got "abc"\)/);
  });

  it('when DATABASE_URL is set without JWT_SECRET and PII_KEY, then both are named', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' };
    delete env.JWT_SECRET;
    delete env.PII_KEY;
    const result = await exec(process.execPath, [API], { env }).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('JWT_SECRET: required when DATABASE_URL is set');
    expect(result.stderr).toContain('PII_KEY: required when DATABASE_URL is set');
  });
});
