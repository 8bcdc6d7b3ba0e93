import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, waitUntil, withTimeout, type TestApp } from '@app/testing';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp({ runJobs: true });
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

function connect(auth: Record<string, unknown>): Promise<Socket> {
  const socket = io(`${t.url}/desk`, { auth, transports: ['websocket'], reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('ready', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

async function verifyAndWait(): Promise<void> {
  const queued = await t.http.post('/api/admin/audit/verify').set('authorization', `Bearer ${admin}`);
  expect(queued.status).toBe(202);
  await waitUntil(async () => {
    const res = await t.http.get(`/api/admin/audit/verifications/${queued.body.id}`).set('authorization', `Bearer ${admin}`);
    return res.body.status === 'finished';
  }, 20_000, () => 'verification did not finish');
}

describe('socket.io /desk', () => {
  it('when the handshake has no token or a bad one, then the connection is refused with a code', async () => {
    await expect(connect({})).rejects.toMatchObject({ message: 'AUTH_UNAUTHENTICATED' });
    await expect(connect({ token: 'not-a-jwt' })).rejects.toMatchObject({ message: 'AUTH_TOKEN_INVALID' });
  });

  it('when a client connects, then it joins its user and role rooms', async () => {
    const socket = io(`${t.url}/desk`, { auth: { token: admin }, transports: ['websocket'], reconnection: false });
    const ready = await withTimeout(new Promise<{ rooms: string[] }>((r) => socket.once('ready', r)), 5000);
    expect(ready.rooms).toEqual(expect.arrayContaining([expect.stringMatching(/^user:/), 'role:admin']));
    socket.close();
  });

  it('when a client reconnects with its last event id, then it receives what it missed, in order', async () => {
    const first = await connect({ token: admin });
    const seen = new Promise<{ eventId: number }>((r) => first.once('job.finished', r));
    await verifyAndWait();
    const { eventId: lastSeen } = await withTimeout(seen, 10_000);
    first.close();

    await verifyAndWait(); // committed while the client is away
    await verifyAndWait();

    const missed: number[] = [];
    const socket = io(`${t.url}/desk`, { auth: { token: admin, lastEventId: lastSeen }, transports: ['websocket'], reconnection: false });
    socket.on('job.finished', (e: { eventId: number }) => missed.push(e.eventId));
    await withTimeout(new Promise((r) => socket.once('ready', r)), 5000);
    expect(missed.length).toBeGreaterThanOrEqual(2);
    expect(missed.every((id) => id > lastSeen)).toBe(true);
    expect([...missed].sort((a, b) => a - b)).toEqual(missed);
    socket.close();
  });

  it('when a client missed more events than one read of the log holds, then it still receives every one, in order', async () => {
    const [{ street_code: street }] = (await t.dataSource.query(`SELECT street_code FROM app_user WHERE username = 'admin'`)) as { street_code: string }[];
    // Written straight into the log, as an import's thousands of order events would be: the replay reads only the log.
    const write = (count: number) => t.dataSource.query(
      `INSERT INTO desk_event (street_code, at, name, rooms, payload)
       SELECT $1, now(), 'job.finished', ARRAY['role:admin'], jsonb_build_object('jobName', 'catch-up-paging', 'jobId', g::text, 'ok', true)
         FROM generate_series(1, $2::int) AS g RETURNING id`,
      [street, count],
    ) as Promise<{ id: number }[]>;
    const [{ id: last }] = await write(1); // the last event the client saw before it went away
    await write(1200);
    const missed: number[] = [];
    const socket = io(`${t.url}/desk`, { auth: { token: admin, lastEventId: last }, transports: ['websocket'], reconnection: false });
    socket.on('job.finished', (e: { eventId: number; jobName: string }) => {
      if (e.jobName === 'catch-up-paging') missed.push(e.eventId);
    });
    await withTimeout(new Promise((r) => socket.once('ready', r)), 10_000);
    expect(missed).toHaveLength(1200);
    expect(new Set(missed).size).toBe(1200);
    expect([...missed].sort((a, b) => a - b)).toEqual(missed);
    socket.close();
  });

  it('when a user is not in the event rooms, then they do not receive it', async () => {
    const operator = await connect({ token: await t.login('operator') });
    const received: unknown[] = [];
    operator.on('job.finished', (e) => received.push(e));
    await verifyAndWait();
    await new Promise((r) => setTimeout(r, 200));
    expect(received).toEqual([]);
    operator.close();
  });

  it('when another desk shares the Redis under its own prefix, then neither hears the other’s events', async () => {
    // A second deployment: its own database and QUEUE_PREFIX, the same Redis server (as two test files in CI).
    const other = await createTestApp({ ownDatabase: 'realtime_other' });
    try {
      expect(other.config.queue.prefix).not.toBe(t.config.queue.prefix);
      const token = await other.login('admin');
      const socket = io(`${other.url}/desk`, { auth: { token }, transports: ['websocket'], reconnection: false });
      await withTimeout(new Promise((r) => socket.once('ready', r)), 5000);
      const received: unknown[] = [];
      socket.on('job.finished', (e) => received.push(e));
      const mine = await connect({ token: admin });
      const heard = new Promise((r) => mine.once('job.finished', r));
      await verifyAndWait();
      await withTimeout(heard, 10_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(received).toEqual([]);
      socket.close();
      mine.close();
    } finally {
      await other.close();
    }
  });
});
