import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';

/**
 * 系统管理 → 用户: an admin links an account to a roster staff member and a unit (PATCH /api/admin/users/:id),
 * under the rules of DESIGN §1 and the street boundary; every change is audited with before and after.
 */
const clock = new ManualClock('2026-11-26T03:00:00Z');
const PASSWORD = 'Link#Test-2026x';
let t: TestApp;
let admin: { authorization: string };
let units: Record<string, string>;
let freeStaff: string[];
let otherStreetUnit: string;

interface UserView {
  id: string;
  username: string;
  role: string;
  unitId: string | null;
  unitName: string | null;
  staffCode: string | null;
  staffName: string | null;
  version: number;
}

const createUser = async (username: string, role = 'operator', unitId?: string): Promise<UserView> => {
  const res = await t.http.post('/api/admin/users').set(admin).send({ username, displayName: username, role, unitId, password: PASSWORD });
  expect(res.status).toBe(201);
  return res.body;
};
const patch = (id: string, body: Record<string, unknown>) => t.http.patch(`/api/admin/users/${id}`).set(admin).send(body);
const audits = async (id: string) =>
  (await t.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`, [id])) as {
    action: string;
    before: UserView | null;
    after: UserView;
  }[];

beforeAll(async () => {
  // Its own database: linking changes the demo staff the roster files count on.
  t = await createTestApp({ clock, ownDatabase: 'admin-users' });
  admin = { authorization: `Bearer ${await t.login('admin')}` };
  units = await t.unitIds();
  const staff = (await t.http.get('/api/roster/staff').set(admin)).body.items as { code: string; userId: string | null }[];
  freeStaff = staff.filter((s) => s.userId === null).map((s) => s.code);
  expect(freeStaff.length).toBeGreaterThanOrEqual(2);
  // A second street served by the same deployment, with a unit of its own.
  await t.dataSource.query(`INSERT INTO street (code, name, district, city) VALUES ('110102999', '测试街道', '西城区', '北京市')`);
  [{ id: otherStreetUnit }] = await t.dataSource.query(
    `INSERT INTO unit (street_code, code, name, kind) VALUES ('110102999', 'CGB', '城市管理办', 'office') RETURNING id`,
  );
});
afterAll(async () => t?.close());

describe('PATCH /api/admin/users/:id', () => {
  it('when the admin links a user to a staff member, then the list shows it and the audit record has before and after', async () => {
    const user = await createUser('link.one');
    const res = await patch(user.id, { version: user.version, staffCode: freeStaff[0], displayName: '坐席员 关联' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ staffCode: freeStaff[0], displayName: '坐席员 关联', version: user.version + 1 });
    expect(res.body.staffName).toEqual(expect.any(String));

    const listed = ((await t.http.get('/api/admin/users').set(admin)).body as UserView[]).find((u) => u.id === user.id);
    expect(listed).toMatchObject({ staffCode: freeStaff[0] });
    const staff = (await t.http.get('/api/roster/staff').set(admin)).body.items.find((s: { code: string }) => s.code === freeStaff[0]);
    expect(staff.userId).toBe(user.id);

    const [, update] = await audits(user.id);
    expect(update).toMatchObject({
      action: 'user.update',
      before: { staffCode: null, displayName: 'link.one', version: user.version },
      after: { staffCode: freeStaff[0], displayName: '坐席员 关联', version: user.version + 1 },
    });
  });

  it('when the staff member is linked to another user, then 409 and nothing changes; once freed, the other may take them', async () => {
    const first = await createUser('link.first');
    const second = await createUser('link.second');
    expect((await patch(first.id, { version: first.version, staffCode: freeStaff[1] })).status).toBe(200);

    const taken = await patch(second.id, { version: second.version, staffCode: freeStaff[1] });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'STAFF_ALREADY_LINKED', details: { staffCode: freeStaff[1] } });
    expect((await audits(second.id)).map((a) => a.action)).toEqual(['user.create']);

    const unlinked = await patch(first.id, { version: first.version + 1, staffCode: null });
    expect(unlinked.body).toMatchObject({ staffCode: null });
    expect((await patch(second.id, { version: second.version, staffCode: freeStaff[1] })).body).toMatchObject({ staffCode: freeStaff[1] });
  });

  it('when the version is stale, then 409 USER_VERSION_CONFLICT', async () => {
    const user = await createUser('link.stale');
    expect((await patch(user.id, { version: user.version, displayName: '一' })).status).toBe(200);
    const stale = await patch(user.id, { version: user.version, displayName: '二' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('USER_VERSION_CONFLICT');
  });

  it('when a user becomes 承办人, then a unit of the street is required, another street’s unit is refused, and leaving the role leaves the unit', async () => {
    const user = await createUser('link.unit');
    const noUnit = await patch(user.id, { version: user.version, role: 'unit' });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.details.fields).toEqual([{ field: 'unitId', message: '承办人必须属于一个承办单位' }]);

    const foreign = await patch(user.id, { version: user.version, role: 'unit', unitId: otherStreetUnit });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details.fields).toEqual([{ field: 'unitId', message: '承办单位不存在' }]);
    expect(JSON.stringify(foreign.body)).not.toContain('测试街道');

    const onlyUnitsHaveOne = await patch(user.id, { version: user.version, unitId: units.CGB });
    expect(onlyUnitsHaveOne.status).toBe(400);

    const ok = await patch(user.id, { version: user.version, role: 'unit', unitId: units.CGB });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ role: 'unit', unitId: units.CGB, unitName: '城市管理办' });
    const back = await patch(user.id, { version: ok.body.version, role: 'operator' });
    expect(back.body).toMatchObject({ role: 'operator', unitId: null });
    expect((await audits(user.id)).map((a) => [a.action, a.before?.role ?? null, a.after.role])).toEqual([
      ['user.create', null, 'operator'],
      ['user.update', 'operator', 'unit'],
      ['user.update', 'unit', 'operator'],
    ]);
  });

  it('when the admin creates a 承办人 of another street’s unit, then it is refused', async () => {
    const res = await t.http
      .post('/api/admin/users')
      .set(admin)
      .send({ username: 'link.foreign', displayName: 'x', role: 'unit', unitId: otherStreetUnit, password: PASSWORD });
    expect(res.status).toBe(400);
    expect(res.body.details.fields[0]).toEqual({ field: 'unitId', message: '承办单位不存在' });
  });

  it('when the admin changes their own role, then it is refused', async () => {
    const me = ((await t.http.get('/api/admin/users').set(admin)).body as UserView[]).find((u) => u.username === 'admin')!;
    const res = await patch(me.id, { version: me.version, role: 'operator' });
    expect(res.status).toBe(400);
    expect(res.body.details.fields[0].field).toBe('role');
  });

  it('when the user belongs to another street, then 404', async () => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO app_user (street_code, username, display_name, role, password_hash, password_changed_at, created_at, updated_at)
       VALUES ('110102999', 'other.street.op', '外街道坐席', 'operator', 'x', now(), now(), now()) RETURNING id`,
    );
    expect((await patch(id, { version: 1, displayName: '改名' })).status).toBe(404);
    expect((await t.http.post(`/api/admin/users/${id}/password`).set(admin).send({ password: PASSWORD })).status).toBe(404);
  });
});
