import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { ManualClock } from '@app/clock';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '@app/testing';

const STRONG = 'Duty#Shift2026';
let t: TestApp;
let adminToken: string;
const clock = new ManualClock('2026-11-20T02:00:00Z');

async function newUser(role = 'operator'): Promise<{ id: string; username: string }> {
  const username = `u${randomBytes(4).toString('hex')}`;
  const res = await t.http.post('/api/admin/users').set('authorization', `Bearer ${adminToken}`)
    .send({ username, displayName: '测试用户', role, password: STRONG });
  expect(res.status).toBe(201);
  return { id: res.body.id, username };
}

const login = (username: string, password: string) => t.http.post('/api/auth/login').send({ username, password });

beforeAll(async () => {
  t = await createTestApp({ clock });
  adminToken = await t.login('admin');
});
afterAll(async () => t?.close());

describe('POST /api/auth/login', () => {
  it('when the password is right, then it returns an access token, a refresh token and the profile', async () => {
    const res = await login('operator', 'Hotline#2026');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', user: { username: 'operator', role: 'operator', roleLabel: '坐席员' } });
    expect(res.body.user.permissions).toContain('order.sign');
  });

  it('when the password is wrong, then 401 with a stable code and a Chinese message', async () => {
    const res = await login('operator', 'wrong-password-1A!');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'AUTH_INVALID_CREDENTIALS', message: '用户名或密码错误' });
  });

  it('when the username is unknown, then the same 401 (no hint that the user does not exist)', async () => {
    const res = await login('nobody-here', 'wrong-password-1A!');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('when 5 logins fail within 15 minutes, then the account is locked even for the right password, and unlocks after 15 minutes', async () => {
    const user = await newUser();
    for (let i = 0; i < 4; i++) {
      expect((await login(user.username, 'Wrong#Password1')).status).toBe(401);
      clock.advance(60_000);
    }
    const fifth = await login(user.username, 'Wrong#Password1');
    expect(fifth.status).toBe(423);
    expect(fifth.body.code).toBe('AUTH_ACCOUNT_LOCKED');
    expect((await login(user.username, STRONG)).status).toBe(423);
    clock.advance(15 * 60_000 + 1000);
    expect((await login(user.username, STRONG)).status).toBe(200);
  });

  it('when failures are spread over more than 15 minutes, then the account is not locked', async () => {
    const user = await newUser();
    for (let i = 0; i < 6; i++) {
      expect((await login(user.username, 'Wrong#Password1')).status).toBe(401);
      clock.advance(4 * 60_000);
    }
    expect((await login(user.username, STRONG)).status).toBe(200);
  });

  it('when a login succeeds, then earlier failures no longer count toward a lockout', async () => {
    const user = await newUser();
    for (let i = 0; i < 4; i++) await login(user.username, 'Wrong#Password1');
    expect((await login(user.username, STRONG)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(user.username, 'Wrong#Password1')).status).toBe(401);
    expect((await login(user.username, STRONG)).status).toBe(200);
  });

  it('when the body is invalid, then 400 VALIDATION_FAILED naming each bad field', async () => {
    const res = await t.http.post('/api/auth/login').send({ username: '', password: 42 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(/请求参数有误/);
    const fields = res.body.details.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['password', 'username']);
    expect(res.body.details.fields.find((f: { field: string }) => f.field === 'username').message).toBe('请输入用户名');
  });

  it('when the body is not JSON, then 400 MALFORMED_JSON', async () => {
    const res = await t.http.post('/api/auth/login').set('content-type', 'application/json').send('{"username": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
  });
});

describe('POST /api/auth/refresh', () => {
  it('when a refresh token is used, then it rotates; when the old one is replayed, then the whole session is revoked', async () => {
    const first = (await login('reviewer', 'Hotline#2026')).body;
    const rotated = await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first.refreshToken);
    expect((await t.http.get('/api/me').set('authorization', `Bearer ${rotated.body.accessToken}`)).status).toBe(200);

    const replay = await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('AUTH_REFRESH_REUSED');

    // The thief's replay also kills the legitimate holder's newer tokens (the family is revoked).
    const afterReuse = await t.http.post('/api/auth/refresh').send({ refreshToken: rotated.body.refreshToken });
    expect(afterReuse.status).toBe(401);
    expect((await t.http.get('/api/me').set('authorization', `Bearer ${rotated.body.accessToken}`)).status).toBe(401);
  });

  it('when the session was idle longer than the idle timeout, then refresh is refused', async () => {
    const session = (await login('reviewer', 'Hotline#2026')).body;
    clock.advance(31 * 60_000);
    const res = await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_SESSION_IDLE');
  });

  it('when the token is unknown, then 401 AUTH_REFRESH_INVALID', async () => {
    const res = await t.http.post('/api/auth/refresh').send({ refreshToken: 'x'.repeat(43) });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_REFRESH_INVALID');
  });
});

describe('POST /api/auth/logout', () => {
  it('when a user logs out, then the access token and the refresh token stop working at once', async () => {
    const session = (await login('leader', 'Hotline#2026')).body;
    const auth = `Bearer ${session.accessToken}`;
    expect((await t.http.post('/api/auth/logout').set('authorization', auth)).status).toBe(204);
    expect((await t.http.get('/api/me').set('authorization', auth)).status).toBe(401);
    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
  });
});

describe('POST /api/admin/users (password policy)', () => {
  it.each([
    ['short', 'Ab#1'],
    ['two classes', 'abcdefghij12'],
    ['contains username', 'Policyuser#2026'],
    ['a common password dressed up', 'Password123'],
    ['a common password in leetspeak', 'Passw0rd!!'],
    ['the product name and the demo password', 'Hotline#2026'],
  ])('when the password is %s, then 400 AUTH_PASSWORD_POLICY with the reasons', async (_case, password) => {
    const res = await t.http.post('/api/admin/users').set('authorization', `Bearer ${adminToken}`)
      .send({ username: 'policyuser', displayName: '策略测试', role: 'operator', password });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('AUTH_PASSWORD_POLICY');
    expect(res.body.details.problems.length).toBeGreaterThan(0);
  });

  it('when a unit user has no unit, then 400 naming unitId', async () => {
    const res = await t.http.post('/api/admin/users').set('authorization', `Bearer ${adminToken}`)
      .send({ username: 'unitless', displayName: '无单位', role: 'unit', password: STRONG });
    expect(res.status).toBe(400);
    expect(res.body.details.fields[0].field).toBe('unitId');
  });

  it('when a non-admin tries, then 403 FORBIDDEN', async () => {
    const token = await t.login('supervisor');
    const res = await t.http.post('/api/admin/users').set('authorization', `Bearer ${token}`)
      .send({ username: 'sneaky', displayName: 'x', role: 'admin', password: STRONG });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('when a user is disabled, then their live token stops working', async () => {
    const user = await newUser();
    const token = (await login(user.username, STRONG)).body.accessToken;
    const res = await t.http.post(`/api/admin/users/${user.id}/active`).set('authorization', `Bearer ${adminToken}`).send({ active: false });
    expect(res.status).toBe(200);
    expect((await t.http.get('/api/me').set('authorization', `Bearer ${token}`)).status).toBe(401);
  });
});

describe('GET /api/me', () => {
  it('when no token is sent, then 401 AUTH_UNAUTHENTICATED', async () => {
    const res = await t.http.get('/api/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_UNAUTHENTICATED');
  });

  it('when a user signs in and asks, then their street’s name comes from the street table, not from the web UI', async () => {
    const login = await t.http.post('/api/auth/login').send({ username: 'operator', password: DEMO_PASSWORD });
    const [street] = await t.dataSource.query('SELECT name FROM street WHERE code = $1', [login.body.user.streetCode]);
    expect(login.body.user.streetName).toBe(street.name);
    const res = await t.http.get('/api/me').set('authorization', `Bearer ${login.body.accessToken}`);
    expect(res.body).toMatchObject({ username: 'operator', streetCode: login.body.user.streetCode, streetName: street.name });
  });

  it('when the unit user asks, then the data scope is their unit', async () => {
    const token = await t.login('unit.cgb');
    const res = await t.http.get('/api/me').set('authorization', `Bearer ${token}`);
    expect(res.body.dataScope).toEqual({ kind: 'unit', unitId: res.body.unitId });
    expect(res.body.unitId).toBeTruthy();
  });
});
