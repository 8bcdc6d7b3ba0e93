import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, SHARED_SEED_MOMENT, waitUntil, type TestApp } from '@app/testing';
import { io, type Socket } from 'socket.io-client';

// 排班生成 as a `roster-generate` job (issue 14): 202 at once, progress pushed and readable, cancel keeps the best roster.
let t: TestApp;
const tokens: Record<string, string> = {};
const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });

interface Generation {
  id: string;
  status: string;
  cancelRequested: boolean;
  progress: { incumbent: number | null; bound: number | null; gap: number | null; elapsedMs: number } | null;
  rosterId: string | null;
  report: { cancelled: boolean; softScoreTotal: number; greedySoftScoreTotal: number; violations: unknown[] } | null;
}
interface GenerationEvent { id: string; status: string; incumbent: number | null; bound: number | null; gap: number | null; rosterId: string | null }

const read = async (id: string) => (await t.http.get(`/api/roster/generations/${id}`).set(as('supervisor'))).body as Generation;

async function until(id: string, done: (g: Generation) => boolean): Promise<Generation> {
  let last: Generation | undefined;
  await waitUntil(async () => done((last = await read(id))), 300_000, () => `generation ${id}: ${JSON.stringify(last)}`);
  return last!;
}

async function listen(): Promise<{ socket: Socket; heard: GenerationEvent[] }> {
  const socket: Socket = io(`${t.url}/desk`, { auth: { token: tokens.supervisor }, transports: ['websocket'] });
  const heard: GenerationEvent[] = [];
  socket.on('roster.generation', (payload: GenerationEvent) => heard.push(payload));
  await new Promise((resolve, reject) => {
    socket.on('ready', resolve);
    socket.on('connect_error', reject);
  });
  return { socket, heard };
}

beforeAll(async () => {
  t = await createTestApp({ clock: new ManualClock(SHARED_SEED_MOMENT), runJobs: true });
  for (const user of ['operator', 'supervisor']) tokens[user] = await t.login(user);
});
afterAll(async () => t?.close());

describe('POST /api/roster/generate', () => {
  it('when a supervisor starts a generation, then 202 comes at once and the job saves a draft the checker accepts, with progress pushed on the way', async () => {
    const { socket, heard } = await listen();
    const res = await t.http.post('/api/roster/generate').set(as('supervisor')).send({ month: '2027-02', timeLimitSeconds: 20 });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ month: '2027-02', method: 'optimiser', status: 'queued', rosterId: null });

    const done = await until(res.body.id, (g) => g.status === 'done');
    expect(done.rosterId).toEqual(expect.any(String));
    expect(done.report).toMatchObject({ cancelled: false, violations: [] });
    expect(done.report!.softScoreTotal).toBeLessThanOrEqual(done.report!.greedySoftScoreTotal + 1e-6);
    expect(done.progress).toMatchObject({ incumbent: expect.any(Number) });
    const check = await t.http.get(`/api/roster/rosters/${done.rosterId}/check`).set(as('supervisor'));
    expect(check.body).toMatchObject({ valid: true, violations: [] });

    // The requester heard it start, the solver's figures while it ran, and the end with the draft's id.
    await waitUntil(() => heard.some((e) => e.id === res.body.id && e.status === 'done'), 10_000, () => JSON.stringify(heard));
    const mine = heard.filter((e) => e.id === res.body.id);
    expect(mine.map((e) => e.status)).toContain('running');
    expect(mine.some((e) => e.status === 'running' && e.incumbent !== null)).toBe(true);
    expect(mine.at(-1)).toMatchObject({ status: 'done', rosterId: done.rosterId });
    socket.disconnect();
  }, 360_000);

  it('when an operator tries to generate, follow or cancel, then 403', async () => {
    tokens.operator = await t.login('operator');
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await t.http.post('/api/roster/generate').set(as('operator')).send({ month: '2027-02', method: 'greedy' })).status).toBe(403);
    expect((await t.http.get(`/api/roster/generations/${id}`).set(as('operator'))).status).toBe(403);
    expect((await t.http.post(`/api/roster/generations/${id}/cancel`).set(as('operator'))).status).toBe(403);
  });
});

describe('POST /api/roster/generations/:id/cancel', () => {
  it('when a running generation is cancelled, then the solver stops and the best roster so far is kept as a draft marked cancelled', async () => {
    const res = await t.http.post('/api/roster/generate').set(as('supervisor')).send({ month: '2027-03', timeLimitSeconds: 300 });
    expect(res.status).toBe(202);
    await until(res.body.id, (g) => g.status === 'running');

    const cancel = await t.http.post(`/api/roster/generations/${res.body.id}/cancel`).set(as('supervisor'));
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({ id: res.body.id, cancelRequested: true });

    const cancelled = await until(res.body.id, (g) => g.status !== 'running');
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.report).toMatchObject({ cancelled: true, violations: [] });
    const check = await t.http.get(`/api/roster/rosters/${cancelled.rosterId}/check`).set(as('supervisor'));
    expect(check.body).toMatchObject({ valid: true, violations: [] });
    // A finished generation is not cancelled again.
    const again = await t.http.post(`/api/roster/generations/${res.body.id}/cancel`).set(as('supervisor'));
    expect(again.body.status).toBe('cancelled');
  }, 360_000);

  it('when the generation does not exist, then 404', async () => {
    const res = await t.http.post('/api/roster/generations/00000000-0000-4000-8000-000000000000/cancel').set(as('supervisor'));
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('ROSTER_GENERATION_NOT_FOUND');
  });
});
