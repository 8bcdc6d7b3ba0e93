import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, waitUntil as until, withTimeout, type TestApp } from '@app/testing';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.js';

/**
 * Production shape: the api and the worker are separate processes sharing PostgreSQL and Redis. A job enqueued by
 * the api is processed by the worker, and the event the job commits reaches a browser connected to the api
 * through Redis (emitter in the worker → adapter in the api).
 */
let t: TestApp;
let worker: WorkerProcess;

beforeAll(async () => {
  // Its own database: the verification checks the admin's street, whose chain in a worker's shared database may carry
  // a tamper test's deliberate break.
  t = await createTestApp({ runJobs: false, ownDatabase: 'api_worker' });
  worker = await startWorkerProcess(t.config);
});

afterAll(async () => {
  await worker?.stop('SIGTERM');
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
    }, 30_000, () => `verification not finished; worker log:\n${worker.log()}`);
    expect(result!.ok).toBe(true);

    const event = await withTimeout(finished, 10_000);
    expect(event).toMatchObject({ jobName: 'audit-verify', ok: true });
    expect(event.eventId).toBeGreaterThan(0);
    socket.disconnect();
  });
});
