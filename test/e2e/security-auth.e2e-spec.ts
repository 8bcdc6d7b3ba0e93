import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { ManualClock } from '@app/clock';
import { signIntakeRequest } from '@app/intake';
import { createTestApp, testConfig, type TestApp } from '@app/testing';

/**
 * Issue 13, sign-in under attack: the lockout holds however many guesses arrive at once, and one address cannot
 * hammer sign-in or the signed intake API without meeting 429.
 */
jest.setTimeout(120_000);

const STRONG = 'Duty#Shift2026';
const WRONG = 'Wrong#Password1';
const SECRET = 'platform-shared-secret-'.padEnd(48, 's');
const clock = new ManualClock('2026-11-27T02:00:00Z');
let t: TestApp;
let adminToken: string;

async function newUser(): Promise<{ id: string; username: string }> {
  const username = `sec${randomBytes(4).toString('hex')}`;
  const res = await t.http.post('/api/admin/users').set('authorization', `Bearer ${adminToken}`)
    .send({ username, displayName: '安全测试', role: 'operator', password: STRONG });
  expect(res.status).toBe(201);
  return { id: res.body.id, username };
}

const attemptsOf = async (userId: string) =>
  (await t.dataSource.query('SELECT count(*)::int AS n FROM login_attempt WHERE user_id = $1', [userId]))[0].n as number;

beforeAll(async () => {
  t = await createTestApp({ clock });
  adminToken = await t.login('admin');
});
afterAll(async () => t?.close());

describe('lockout under concurrency', () => {
  it('when 150 sign-ins for one user arrive at once with the right password 141st, then at most 5 passwords are checked and none signs in', async () => {
    const user = await newUser();
    const answers = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        t.http.post('/api/auth/login').send({ username: user.username, password: i === 140 ? STRONG : WRONG })),
    );
    const statuses = answers.map((a) => a.status);
    // Every guess checked leaves one login_attempt row: the reservation made before the hash is compared.
    expect(await attemptsOf(user.id)).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 200)).toEqual([]);
    expect([423, 429]).toContain(statuses[140]);
    expect(new Set(statuses.filter((s) => s !== 401))).toEqual(new Set([423]));
    expect(answers.find((a) => a.status === 423)!.body.code).toBe('AUTH_ACCOUNT_LOCKED');
    const [{ locked_until }] = await t.dataSource.query('SELECT locked_until FROM app_user WHERE id = $1', [user.id]);
    expect(locked_until).not.toBeNull();
  });

  it('when an administrator unlocks the account, then the right password signs in at once and the failures before no longer count', async () => {
    const user = await newUser();
    await Promise.all(Array.from({ length: 20 }, () => t.http.post('/api/auth/login').send({ username: user.username, password: WRONG })));
    expect((await t.http.post('/api/auth/login').send({ username: user.username, password: STRONG })).status).toBe(423);
    const unlock = await t.http.post(`/api/admin/users/${user.id}/unlock`).set('authorization', `Bearer ${adminToken}`).send({});
    expect(unlock.status).toBeLessThan(300);
    expect((await t.http.post('/api/auth/login').send({ username: user.username, password: WRONG })).status).toBe(401);
    expect((await t.http.post('/api/auth/login').send({ username: user.username, password: STRONG })).status).toBe(200);
  });
});

describe('per-address limits', () => {
  const limitedClock = new ManualClock('2026-11-27T03:00:10Z');
  let limited: TestApp;

  beforeAll(async () => {
    limited = await createTestApp({
      clock: limitedClock,
      config: testConfig({ RATE_LIMIT_LOGIN_PER_MINUTE: '5', RATE_LIMIT_INTAKE_PER_MINUTE: '3', INTAKE_HMAC_SECRET: SECRET }),
    });
  });
  afterAll(async () => limited?.close());
  // The counters are shared by every app on the database (that is their point): start each case from none.
  const resetCounters = () => limited.dataSource.query('DELETE FROM request_rate_window');

  it('when one address signs in more often than the minute allows, then 429 RATE_LIMITED with Retry-After, until the next minute', async () => {
    await resetCounters();
    for (let i = 0; i < 5; i++) {
      expect((await limited.http.post('/api/auth/login').send({ username: 'nobody-at-all', password: WRONG })).status).toBe(401);
    }
    const refused = await limited.http.post('/api/auth/login').send({ username: 'operator', password: 'Hotline#2026' });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', details: { scope: 'login', limitPerMinute: 5 } });
    expect(refused.body.message).toMatch(/请求过于频繁/);
    // 03:00:10 → the window ends at 03:01:00.
    expect(refused.headers['retry-after']).toBe('50');

    limitedClock.advance(50_000);
    expect((await limited.http.post('/api/auth/login').send({ username: 'operator', password: 'Hotline#2026' })).status).toBe(200);
  });

  it('when one address pushes signed intake requests more often than the minute allows, then 429 before the signature is even checked', async () => {
    await resetCounters();
    const body = JSON.stringify({ upstreamNo: 'SEC-RATE-1' });
    const timestamp = String(Math.floor(limitedClock.now().getTime() / 1000));
    const push = () => limited.http.post('/api/intake/orders').set('content-type', 'application/json')
      .set('x-hd-timestamp', timestamp).set('x-hd-signature', signIntakeRequest(SECRET, timestamp, body)).send(body);
    // Invalid (400) or, repeated, a replay (401): either way each one is counted.
    for (let i = 0; i < 3; i++) expect([400, 401]).toContain((await push()).status);
    const refused = await push();
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', details: { scope: 'intake', limitPerMinute: 3 } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('when many requests arrive at once, then exactly the limit passes (one atomic count, no lost increments)', async () => {
    await resetCounters();
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => limited.http.post('/api/auth/login').send({ username: 'nobody-at-all', password: WRONG })),
    );
    expect(answers.filter((a) => a.status === 401).length).toBe(5);
    expect(answers.filter((a) => a.status === 429).length).toBe(25);
  });
});
