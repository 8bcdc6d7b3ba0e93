import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { loadReferenceData } from '@app/reference';
import { addStreet, StreetSetupError } from '@app/system';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * A district adds a second street (DESIGN §12) with the same loader `npm run street:add` uses, and nothing of one
 * street is visible or changeable from the other: orders, reference data, users, rosters, audit and statistics.
 */
const clock = new ManualClock('2026-11-27T02:00:00Z');
const run = randomBytes(3).toString('hex');
const STREET = `1101029${String(parseInt(run, 16) % 100).padStart(2, '0')}`;
// 2–6 capital letters, unique to this run.
const SHORT = `Z${[...run].map((c) => String.fromCharCode(65 + (parseInt(c, 16) % 26))).join('').slice(0, 5)}`;
// Real accounts of the new street meet the password policy (the demo password would not).
const PASSWORD = 'Jiedao#Second2027';
let t: TestApp;
let desk: OrderDesk;
const token: Record<string, string> = {};
let ours: string;
let theirs: string;

const as = (name: string) => ({ authorization: `Bearer ${token[name]}` });

async function createUser(role: string): Promise<void> {
  const username = `${role}.${run}`;
  const res = await t.http.post('/api/admin/users').set(as('admin2')).send({ username, displayName: `第二街道${role}`, role, password: PASSWORD });
  expect(res.status).toBe(201);
  token[`${role}2`] = await t.login(username, PASSWORD);
}

beforeAll(async () => {
  // Its own database: a second street's orders and units must not change what other files count in the shared one.
  t = await createTestApp({ clock, ownDatabase: 'second-street' });
  desk = await openOrderDesk(t, clock, { users: ['operator', 'supervisor', 'leader', 'admin'], phonePrefix: '1390029' });
  for (const name of ['operator', 'supervisor', 'leader', 'admin']) token[name] = desk.tokens[name];
  const added = await addStreet(t.app.get(TransactionRunner), loadReferenceData(), {
    code: STREET, name: `测试第二街道${run}`, shortCode: SHORT, admin: { username: `admin.${run}`, password: PASSWORD },
  });
  expect(added.reference.units).toBeGreaterThan(0);
  token.admin2 = await t.login(`admin.${run}`, PASSWORD);
  for (const role of ['operator', 'supervisor', 'leader']) await createUser(role);
  ours = await desk.intake();
  const res = await t.http.post('/api/orders').set(as('operator2')).send(desk.orderBody());
  expect(res.status).toBe(201);
  theirs = res.body.id;
});
afterAll(async () => t?.close());

describe('adding a street', () => {
  it('when the street exists already, then it is refused and nothing of the attempt is written', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_log WHERE street_code = $1', [STREET]);
    await expect(addStreet(t.app.get(TransactionRunner), loadReferenceData(), { code: STREET, shortCode: SHORT })).rejects.toThrow(StreetSetupError);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM audit_log WHERE street_code = $1', [STREET])).toEqual(before);
  });

  it('when added, then the addition is in the new street\'s audit trail', async () => {
    const res = await t.http.get('/api/audit').query({ action: 'street.add' }).set(as('admin2'));
    expect(res.body.items.map((i: { entityId: string }) => i.entityId)).toEqual([STREET]);
  });
});

describe('orders', () => {
  it('when either street lists or opens the other\'s order, then it is not there', async () => {
    expect((await t.http.get(`/api/orders/${theirs}`).set(as('operator'))).status).toBe(404);
    expect((await t.http.get(`/api/orders/${ours}`).set(as('operator2'))).status).toBe(404);
    const list = await t.http.get('/api/orders?pageSize=200').set(as('supervisor2'));
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([theirs]);
  });

  it('when a supervisor acts on the other street\'s order, then it is refused as unknown and the order is unchanged', async () => {
    const before = await desk.detail(ours, 'supervisor');
    const res = await t.http.post(`/api/orders/${ours}/actions/sign`).set(as('supervisor2')).send({ version: before.version });
    expect(res.status).toBe(404);
    expect((await desk.detail(ours, 'supervisor')).version).toBe(before.version);
  });
});

describe('reference data and users', () => {
  it('when each street reads its units and communities, then the rows are its own', async () => {
    for (const path of ['/api/units', '/api/communities']) {
      const one = (await t.http.get(path).set(as('operator'))).body.items.map((u: { id: string }) => u.id);
      const two = (await t.http.get(path).set(as('operator2'))).body.items.map((u: { id: string }) => u.id);
      expect(two.length).toBeGreaterThan(0);
      expect(two.filter((id: string) => one.includes(id))).toEqual([]);
    }
  });

  it('when the new street\'s admin lists or changes users, then the first street\'s users are out of reach', async () => {
    const users = (await t.http.get('/api/admin/users').set(as('admin2'))).body.map((u: { username: string }) => u.username);
    expect(users.sort()).toEqual([`admin.${run}`, `leader.${run}`, `operator.${run}`, `supervisor.${run}`].sort());
    const [operator] = (await t.dataSource.query(`SELECT id, version FROM app_user WHERE username = 'operator'`)) as { id: string; version: number }[];
    const edit = await t.http.patch(`/api/admin/users/${operator.id}`).set(as('admin2')).send({ version: operator.version, displayName: '改名' });
    expect(edit.status).toBe(404);
    expect((await t.http.post(`/api/admin/users/${operator.id}/active`).set(as('admin2')).send({ active: false })).status).toBe(404);
  });
});

describe('audit, statistics and rosters', () => {
  it('when each street reads the audit trail of the other street\'s order, then it finds nothing', async () => {
    expect((await t.http.get('/api/audit').query({ entityId: ours }).set(as('admin'))).body.total).toBeGreaterThan(0);
    expect((await t.http.get('/api/audit').query({ entityId: ours }).set(as('admin2'))).body.total).toBe(0);
    expect((await t.http.get('/api/audit').query({ entityId: theirs }).set(as('admin'))).body.total).toBe(0);
  });

  it('when the new street takes another order, then its leader counts it and the first street\'s figures do not move', async () => {
    const overview = async (leader: string) => (await t.http.get('/api/stats/overview?month=2026-11').set(as(leader))).body as { total: number };
    const one = await overview('leader');
    expect((await overview('leader2')).total).toBe(1);
    expect((await t.http.post('/api/orders').set(as('operator2')).send(desk.orderBody())).status).toBe(201);
    expect((await overview('leader2')).total).toBe(2);
    expect(await overview('leader')).toEqual(one);
  });

  it('when the new street\'s leader opens the rosters, then the demo street\'s published roster is not there', async () => {
    const one = (await t.http.get('/api/roster/rosters?month=2026-12').set(as('leader'))).body;
    const two = (await t.http.get('/api/roster/rosters?month=2026-12').set(as('leader2'))).body;
    expect(JSON.stringify(one)).not.toBe(JSON.stringify(two));
    expect(two.items ?? two).toEqual([]);
  });
});
