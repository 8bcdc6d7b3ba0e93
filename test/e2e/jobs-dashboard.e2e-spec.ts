import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JOBS, JobQueue, QUEUE_DRIVER, type JobView, type QueueDriver } from '@app/queue';
import { createTestApp, waitUntil, type TestApp } from '@app/testing';

/**
 * The jobs dashboard on real BullMQ (the test app's default driver, its own prefix): counts per queue, failed jobs
 * with their error, a retry that runs the job again (audited), and the repeating schedules.
 */
let t: TestApp;
let admin: string;
const auth = () => ({ authorization: `Bearer ${admin}` });

beforeAll(async () => {
  t = await createTestApp({ runJobs: true });
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

async function job(id: string): Promise<JobView | null> {
  return t.app.get<QueueDriver>(QUEUE_DRIVER).get(id);
}

async function settled(id: string, attempts: number): Promise<JobView> {
  let seen: JobView | null = null;
  await waitUntil(async () => {
    seen = await job(id);
    return !!seen && seen.attempts >= attempts && (seen.state === 'failed' || seen.state === 'completed');
  }, 20_000, () => `job ${id}: ${JSON.stringify(seen)}`);
  return seen!;
}

describe('the jobs dashboard', () => {
  it('runs on BullMQ', async () => {
    expect(t.app.get<QueueDriver>(QUEUE_DRIVER).kind).toBe('bullmq');
  });

  it('when a job fails, then it is listed with its error, stack and attempts, counted, and a retry runs it again and is audited', async () => {
    // A generation id shaped like a uuid (36 hyphens pass the store's shape check) that PostgreSQL refuses: the
    // lookup fails for real, and a solve gets one attempt.
    const bad = '-'.repeat(36);
    const id = await t.app.get(JobQueue).enqueue('roster-generate', { generationId: bad });
    const failed = await settled(id, 1);
    expect(failed.state).toBe('failed');

    const list = await t.http.get('/api/admin/jobs?state=failed').set(auth());
    expect(list.status).toBe(200);
    const item = list.body.items.find((i: JobView) => i.id === id);
    expect(item).toMatchObject({ name: 'roster-generate', queue: 'roster', attempts: 1, maxAttempts: 1, payload: { generationId: bad } });
    expect(item.error).toMatch(/uuid/);
    expect(item.stack).toMatch(/Error/);
    expect(item.failedAt).toEqual(expect.any(String));

    const summary = await t.http.get('/api/admin/jobs/summary').set(auth());
    expect(summary.status).toBe(200);
    expect(summary.body.queues.map((q: { queue: string }) => q.queue).sort()).toEqual([...new Set(Object.values(JOBS).map((j) => j.queue))].sort());
    expect(summary.body.queues.find((q: { queue: string }) => q.queue === 'roster')).toMatchObject({ jobs: expect.arrayContaining(['roster-generate']), failed: 1 });

    const retried = await t.http.post(`/api/admin/jobs/${id}/retry`).set(auth());
    expect(retried.status).toBe(200);
    const again = await settled(id, 2);
    expect(again).toMatchObject({ state: 'failed', attempts: 2 });

    const audit = await t.http.get('/api/audit').query({ action: 'job.retried', entityId: id }).set(auth());
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ entityType: 'job', before: { name: 'roster-generate', state: 'failed', attempts: 1 } });
  });

  it('when the job is not failed, then 409; when it is unknown, then 404', async () => {
    // A generation that does not exist is skipped: the job completes.
    const id = await t.app.get(JobQueue).enqueue('roster-generate', { generationId: randomUUID() });
    expect((await settled(id, 1)).state).toBe('completed');
    const done = await t.http.post(`/api/admin/jobs/${id}/retry`).set(auth());
    expect(done.status).toBe(409);
    expect(done.body).toMatchObject({ code: 'JOB_NOT_FAILED', message: '只能重试失败的任务' });

    for (const unknown of ['no-such-job', 'a:b']) {
      const res = await t.http.post(`/api/admin/jobs/${encodeURIComponent(unknown)}/retry`).set(auth());
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('JOB_NOT_FOUND');
    }
    expect((await t.http.post(`/api/admin/jobs/${id}/retry`).set({ authorization: `Bearer ${await t.login('supervisor')}` })).status).toBe(403);
  });

  it('when jobs repeat, then each schedule is listed with its pattern and next run', async () => {
    const driver = t.app.get<QueueDriver>(QUEUE_DRIVER);
    // The nightly ones only: they do not fire while the test runs.
    await driver.schedule('housekeeping', JOBS.housekeeping.schedule!.pattern, {});
    await driver.schedule('audit-verify', JOBS['audit-verify'].schedule!.pattern, { verificationId: null, requestedBy: null });
    const res = await t.http.get('/api/admin/jobs/schedules').set(auth());
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.body.items.map((s: { name: string }) => [s.name, s]));
    expect(byName.housekeeping).toMatchObject({ queue: 'maintenance', pattern: '15 3 * * *', tz: 'Asia/Shanghai', nextRunAt: expect.any(String) });
    expect(byName['audit-verify']).toMatchObject({ pattern: '30 2 * * *', nextRunAt: expect.any(String) });
  });
});
