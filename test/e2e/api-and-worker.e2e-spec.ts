import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, testConfig, waitUntil as until, withTimeout, type TestApp } from '@app/testing';

/**
 * Production shape: the api and the worker are separate processes sharing PostgreSQL and Redis. A job enqueued by
 * the api is processed by the worker, and the event the job commits reaches a browser connected to the api
 * through Redis (emitter in the worker → adapter in the api).
 */
const WORKER = 'dist/apps/worker/apps/worker/src/main.js';
let t: TestApp;
let worker: ChildProcess;
let workerLog = '';

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: npm test builds it first (pretest)`);
  const config = testConfig();
  t = await createTestApp({ config, runJobs: false });
  worker = spawn(process.execPath, [WORKER], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: process.env.TEST_DATABASE_URL,
      REDIS_URL: config.redis.url,
      QUEUE_PREFIX: config.queue.prefix,
      JWT_SECRET: config.auth.jwtSecret,
      PII_KEY: config.piiKey.toString('hex'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker.stdout!.on('data', (d) => (workerLog += d));
  worker.stderr!.on('data', (d) => (workerLog += d));
  await until(() => workerLog.includes('consuming jobs'), 30_000, () => `worker did not start:\n${workerLog}`);
});

afterAll(async () => {
  worker?.kill('SIGTERM');
  await new Promise((r) => (worker?.exitCode !== null ? r(null) : worker.once('exit', r)));
  await t?.close();
});

describe('api and worker as separate processes', () => {
  it('when the api enqueues an audit verification, then the worker process runs it and the browser hears about it', async () => {
    const token = await t.login('admin');
    const socket: Socket = io(`${t.url}/desk`, { auth: { token }, transports: ['websocket'] });
    const finished = new Promise<{ jobName: string; ok: boolean; eventId: number }>((resolve) => socket.on('job.finished', resolve));
    await new Promise((resolve, reject) => {
      socket.on('ready', resolve);
      socket.on('connect_error', reject);
    });

    const queued = await t.http.post('/api/admin/audit/verify').set('authorization', `Bearer ${token}`);
    expect(queued.status).toBe(202);

    let result: { status: string; ok: boolean } | undefined;
    await until(async () => {
      const res = await t.http.get(`/api/admin/audit/verifications/${queued.body.id}`).set('authorization', `Bearer ${token}`);
      result = res.body;
      return res.body.status === 'finished';
    }, 30_000, () => `verification not finished; worker log:\n${workerLog}`);
    expect(result!.ok).toBe(true);

    const event = await withTimeout(finished, 10_000);
    expect(event).toMatchObject({ jobName: 'audit-verify', ok: true });
    expect(event.eventId).toBeGreaterThan(0);
    socket.disconnect();
  });
});
