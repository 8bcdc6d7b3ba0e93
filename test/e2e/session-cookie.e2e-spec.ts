import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { ManualClock } from '@app/clock';
import { createTestApp, DEMO_PASSWORD, testConfig, type TestApp } from '@app/testing';

/** The web UI's session transport: the refresh token in an httpOnly cookie (libs/platform/auth/src/refresh-cookie.ts). */
let t: TestApp;
const clock = new ManualClock('2026-11-20T02:00:00Z');
const BROWSER = { 'X-Hotline-Session': 'cookie' };

beforeAll(async () => {
  t = await createTestApp({ clock, config: testConfig({ SESSION_IDLE_TIMEOUT: '20m', SESSION_MAX_LIFETIME: '40m' }) });
});
afterAll(async () => t?.close());

function setCookie(res: Response): string {
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('hd_refresh='));
  if (!header) throw new Error(`no hd_refresh cookie in ${res.status} ${JSON.stringify(res.headers)}`);
  return header;
}
const cookieOf = (res: Response) => setCookie(res).split(';')[0];

async function browserLogin(username = 'operator'): Promise<{ cookie: string; accessToken: string; body: Record<string, unknown> }> {
  const res = await t.http.post('/api/auth/login').set(BROWSER).send({ username, password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  return { cookie: cookieOf(res), accessToken: res.body.accessToken, body: res.body };
}
const refresh = (cookie: string, headers: Record<string, string> = BROWSER) =>
  t.http.post('/api/auth/refresh').set(headers).set('Cookie', cookie).send({});

describe('POST /api/auth/login (web UI)', () => {
  it('when the browser asks for the cookie, then the refresh token goes into an httpOnly, SameSite=Strict browser-session cookie for /api/auth only, and not into the body', async () => {
    const res = await t.http.post('/api/auth/login').set(BROWSER).send({ username: 'operator', password: DEMO_PASSWORD });
    const [cookie, body] = [setCookie(res), res.body];
    expect(cookie).toMatch(/^hd_refresh=[\w-]{40,}; Path=\/api\/auth; HttpOnly; SameSite=Strict$/);
    // No Expires/Max-Age: closing the browser ends it. No Secure over plain HTTP (it would never come back).
    expect(cookie).not.toMatch(/Expires|Max-Age|Secure/i);
    expect(body.refreshToken).toBeUndefined();
    // The idle time the UI counts down comes from the server's configuration.
    expect(body).toMatchObject({ tokenType: 'Bearer', idleTimeoutSeconds: 20 * 60, sessionId: expect.any(String), user: { username: 'operator' } });
  });

  it('when a sign-in replaces the browser’s session (the cookie still names it), then that session ends', async () => {
    const first = await browserLogin('operator');
    const res = await t.http.post('/api/auth/login').set(BROWSER).set('Cookie', first.cookie).send({ username: 'reviewer', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect((await t.http.get('/api/me').set('authorization', `Bearer ${first.accessToken}`)).status).toBe(401);
    expect((await t.http.get('/api/me').set('authorization', `Bearer ${res.body.accessToken}`)).body.username).toBe('reviewer');
  });

  it('when the request came over HTTPS through a local reverse proxy, then the cookie is Secure', async () => {
    const res = await t.http.post('/api/auth/login').set(BROWSER).set('X-Forwarded-Proto', 'https').send({ username: 'operator', password: DEMO_PASSWORD });
    expect(setCookie(res)).toMatch(/; Secure/);
  });
});

describe('POST /api/auth/refresh (web UI)', () => {
  it('when the cookie comes with the header, then it rotates: a new cookie and access token of the same session, the old cookie spent', async () => {
    const login = await browserLogin();
    const res = await refresh(login.cookie);
    expect(res.status).toBe(200);
    expect(res.body.refreshToken).toBeUndefined();
    expect(res.body).toMatchObject({ sessionId: login.body.sessionId, idleTimeoutSeconds: 20 * 60 });
    expect(cookieOf(res)).not.toBe(login.cookie);
    expect((await t.http.get('/api/me').set('authorization', `Bearer ${res.body.accessToken}`)).status).toBe(200);
  });

  it('when the cookie comes without the X-Hotline-Session header (a cross-site form), then it is not used and the session lives on', async () => {
    const login = await browserLogin();
    const res = await refresh(login.cookie, {});
    expect(res.status).toBe(400);
    expect((await refresh(login.cookie)).status).toBe(200);
  });

  it('when there is no cookie (a new browser), then 401 AUTH_REFRESH_INVALID', async () => {
    const res = await t.http.post('/api/auth/refresh').set(BROWSER).send({});
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_REFRESH_INVALID');
  });

  it('when two tabs spend the same cookie at once, then one rotates and the other is told to retry; a replay after the race window still revokes the session', async () => {
    const login = await browserLogin();
    const answers = await Promise.all([refresh(login.cookie), refresh(login.cookie)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.status === 409)!;
    expect(loser.body.code).toBe('AUTH_REFRESH_RACE');
    // The loser neither clears nor replaces the winner's cookie.
    expect(loser.headers['set-cookie']).toBeUndefined();
    const winner = answers.find((a) => a.status === 200)!;
    const next = await refresh(cookieOf(winner));
    expect(next.status).toBe(200);

    clock.advance(11_000);
    const replay = await refresh(login.cookie);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('AUTH_REFRESH_REUSED');
    expect((await refresh(cookieOf(next))).status).toBe(401);
  });

  it('when the session was idle longer than SESSION_IDLE_TIMEOUT, then 401 AUTH_SESSION_IDLE and the cookie is cleared', async () => {
    const login = await browserLogin();
    clock.advance(20 * 60_000 + 1000);
    const res = await refresh(login.cookie);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_SESSION_IDLE');
    expect(setCookie(res)).toMatch(/^hd_refresh=; Path=\/api\/auth; Expires=Thu, 01 Jan 1970/);
  });

  it('when an active session reaches SESSION_MAX_LIFETIME, then 401 AUTH_SESSION_EXPIRED with its own message', async () => {
    const login = await browserLogin();
    clock.advance(19 * 60_000);
    const renewed = await refresh(login.cookie);
    expect(renewed.status).toBe(200);
    clock.advance(19 * 60_000);
    const again = await refresh(cookieOf(renewed));
    expect(again.status).toBe(200);
    clock.advance(3 * 60_000);
    const res = await refresh(cookieOf(again));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'AUTH_SESSION_EXPIRED', message: '登录已达最长有效期，请重新登录' });
  });
});

describe('POST /api/auth/logout (web UI)', () => {
  it('when the access token no longer works but the cookie names the session, then the session ends and the cookie is cleared', async () => {
    const login = await browserLogin();
    const res = await t.http.post('/api/auth/logout').set(BROWSER).set('Cookie', login.cookie).set('authorization', 'Bearer expired.access.token');
    expect(res.status).toBe(204);
    expect(setCookie(res)).toMatch(/^hd_refresh=;/);
    expect((await t.http.get('/api/me').set('authorization', `Bearer ${login.accessToken}`)).status).toBe(401);
    expect((await refresh(login.cookie)).status).toBe(401);
  });

  it('when the access token works, then its session ends and the cookie is cleared', async () => {
    const login = await browserLogin();
    const res = await t.http.post('/api/auth/logout').set(BROWSER).set('Cookie', login.cookie).set('authorization', `Bearer ${login.accessToken}`);
    expect(res.status).toBe(204);
    expect((await refresh(login.cookie)).status).toBe(401);
  });

  it('when the cookie comes without the header and no token, then 401 and the session lives on', async () => {
    const login = await browserLogin();
    const res = await t.http.post('/api/auth/logout').set('Cookie', login.cookie);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_UNAUTHENTICATED');
    expect((await refresh(login.cookie)).status).toBe(200);
  });
});
