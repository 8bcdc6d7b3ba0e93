import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, type TestApp } from '@app/testing';

/**
 * Issue 13 item 8: a session's sockets end with the session — logout, a disabled account, a password reset —
 * at once and in every api process (two apps here, joined only through PostgreSQL and Redis). The file disables
 * and resets demo users, so it has a database of its own.
 */
let one: TestApp;
let two: TestApp;
const opened: Socket[] = [];

beforeAll(async () => {
  one = await createTestApp({ ownDatabase: 'socket_sessions' });
  two = await createTestApp({ config: one.config });
});
afterAll(async () => {
  for (const socket of opened) socket.close();
  await two?.close();
  await one?.close();
});

/** A connected socket and the reason it was disconnected, once it is. */
async function connect(app: TestApp, token: string): Promise<{ socket: Socket; ended: Promise<string> }> {
  const socket = io(`${app.url}/desk`, { auth: { token }, transports: ['websocket'], reconnection: false });
  opened.push(socket);
  const ended = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
  await new Promise((resolve, reject) => {
    socket.once('ready', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, ended };
}

function refusedHandshake(app: TestApp, token: string): Promise<string> {
  const socket = io(`${app.url}/desk`, { auth: { token }, transports: ['websocket'], reconnection: false });
  opened.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('ready', () => reject(new Error('the handshake was accepted')));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

async function adminUser(app: TestApp, username: string): Promise<string> {
  const [row] = (await app.dataSource.query('SELECT id FROM app_user WHERE username = $1', [username])) as { id: string }[];
  return row.id;
}

describe('sockets end with their session', () => {
  it('when a session logs out, then its sockets on both apis are disconnected and the same user’s other session stays', async () => {
    const first = await one.login('operator');
    const second = await one.login('operator');
    const firstOnOne = await connect(one, first);
    const firstOnTwo = await connect(two, first);
    const secondOnTwo = await connect(two, second);
    const told = new Promise<{ reason: string }>((resolve) => firstOnTwo.socket.once('session.ended', resolve));

    expect((await one.http.post('/api/auth/logout').set('authorization', `Bearer ${first}`)).status).toBe(204);

    expect(await firstOnOne.ended).toBe('io server disconnect');
    expect(await firstOnTwo.ended).toBe('io server disconnect');
    expect(await told).toMatchObject({ reason: 'logout' });
    expect(await refusedHandshake(two, first)).toBe('AUTH_TOKEN_INVALID');
    // The other sign-in is untouched: still connected, and its token still opens a socket.
    expect(secondOnTwo.socket.connected).toBe(true);
    const again = await connect(one, second);
    expect(again.socket.connected).toBe(true);
  });

  it('when an admin disables an account, then every socket of that user is disconnected on both apis', async () => {
    const admin = await one.login('admin');
    const token = await one.login('leader');
    const onOne = await connect(one, token);
    const onTwo = await connect(two, token);

    const res = await two.http.post(`/api/admin/users/${await adminUser(two, 'leader')}/active`).set('authorization', `Bearer ${admin}`).send({ active: false });
    expect(res.status).toBe(200);

    expect(await onOne.ended).toBe('io server disconnect');
    expect(await onTwo.ended).toBe('io server disconnect');
    expect(['AUTH_TOKEN_INVALID', 'AUTH_ACCOUNT_DISABLED']).toContain(await refusedHandshake(one, token));
  });

  it('when an admin resets a password, then the user’s sockets are disconnected', async () => {
    const admin = await one.login('admin');
    const token = await one.login('supervisor');
    const socket = await connect(two, token);

    const res = await one.http
      .post(`/api/admin/users/${await adminUser(one, 'supervisor')}/password`)
      .set('authorization', `Bearer ${admin}`)
      .send({ password: 'Qz7!Lantern-Kite-9' });
    expect(res.status).toBe(200);

    expect(await socket.ended).toBe('io server disconnect');
  });

  it('when a re-enabled user connects with an old event id, then the ending of their earlier sessions is not replayed', async () => {
    const admin = await one.login('admin');
    const res = await one.http.post(`/api/admin/users/${await adminUser(one, 'leader')}/active`).set('authorization', `Bearer ${admin}`).send({ active: true });
    expect(res.status).toBe(200);
    const token = await one.login('leader');
    const replayed: string[] = [];
    const socket = io(`${one.url}/desk`, { auth: { token, lastEventId: 1 }, transports: ['websocket'], reconnection: false });
    opened.push(socket);
    socket.onAny((name: string) => replayed.push(name));
    // Catch-up is sent before `ready`, so once it arrives the replay is complete.
    await new Promise((resolve) => socket.once('ready', resolve));
    expect(replayed).not.toContain('session.ended');
    expect(socket.connected).toBe(true);
  });
});
