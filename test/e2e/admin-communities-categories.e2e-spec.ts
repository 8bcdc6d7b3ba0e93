import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';

/**
 * Communities with their gazetteer and the category tree, kept by the admin (administration issue): effective at
 * the next intake without a restart, audited with before/after, deactivated instead of deleted, one street only.
 */
const clock = new ManualClock('2026-11-27T02:00:00Z');
let t: TestApp;
let admin: { authorization: string };
let operator: { authorization: string };

const classify = async (address: string) => {
  const res = await t.http.post('/api/intake/classify').set(operator).send({ address, content: '楼道里堆满了杂物，希望处理。' });
  expect(res.status).toBe(200);
  return res.body as { community: { communityName: string } | null };
};
const lastAudit = async (action: string) =>
  ((await t.dataSource.query('SELECT before, after FROM audit_log WHERE action = $1 ORDER BY id DESC LIMIT 1', [action])) as { before: unknown; after: unknown }[])[0];

beforeAll(async () => {
  // Its own database: a new community and deactivated categories would change other files' suggestions.
  t = await createTestApp({ clock, ownDatabase: 'admin-communities' });
  admin = { authorization: `Bearer ${await t.login('admin')}` };
  operator = { authorization: `Bearer ${await t.login('operator')}` };
});
afterAll(async () => t?.close());

describe('communities and their gazetteer', () => {
  let id: string;

  it('when the admin adds a community, then the next intake at one of its roads is placed there, and it is audited', async () => {
    expect((await classify('明光北里甲9号院2号楼')).community).toBeNull();
    const res = await t.http.post('/api/admin/communities').set(admin).send({ code: '951', name: '明光社区', gazetteer: ['明光北里', ' 明光北里 '] });
    expect(res.status).toBe(201);
    id = res.body.id;
    expect(res.body.gazetteer).toEqual(['明光北里']);
    expect((await classify('明光北里甲9号院2号楼')).community?.communityName).toBe('明光社区');
    expect(await lastAudit('reference.community.create')).toMatchObject({ before: null, after: { code: '951', name: '明光社区' } });
  });

  it('when a road is added to the gazetteer, then it places addresses at once, with the change audited before/after', async () => {
    const res = await t.http.patch(`/api/admin/communities/${id}`).set(admin).send({ gazetteer: ['明光北里', '明光村'] });
    expect(res.status).toBe(200);
    expect((await classify('明光村17号')).community?.communityName).toBe('明光社区');
    expect(await lastAudit('reference.community.update')).toMatchObject({ before: { gazetteer: ['明光北里'] }, after: { gazetteer: ['明光北里', '明光村'] } });
  });

  it('when deactivated, then intake no longer places addresses there, and the row stays', async () => {
    expect((await t.http.patch(`/api/admin/communities/${id}`).set(admin).send({ active: false })).status).toBe(200);
    expect((await classify('明光村17号')).community).toBeNull();
    expect(await t.dataSource.query('SELECT active FROM community WHERE id = $1', [id])).toEqual([{ active: false }]);
  });

  it('when the code is taken, the input is bad, the caller is no admin or the row is another street\'s, then 409, 400, 403, 404', async () => {
    expect((await t.http.post('/api/admin/communities').set(admin).send({ code: '951', name: '重复社区', gazetteer: ['某路'] })).body.code).toBe('COMMUNITY_CODE_TAKEN');
    const bad = await t.http.post('/api/admin/communities').set(admin).send({ code: '95', name: '', gazetteer: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'gazetteer', 'name']);
    expect((await t.http.post('/api/admin/communities').set(operator).send({ code: '952', name: '某社区', gazetteer: ['某路'] })).status).toBe(403);
    await t.dataSource.query(`INSERT INTO street (code, name, district, city) VALUES ('110102997', '测试街道', '西城区', '北京市') ON CONFLICT DO NOTHING`);
    const [{ id: other }] = await t.dataSource.query(`INSERT INTO community (street_code, code, name) VALUES ('110102997', '001', '外街道社区') RETURNING id`);
    expect((await t.http.patch(`/api/admin/communities/${other}`).set(admin).send({ name: '改名' })).status).toBe(404);
    expect(await t.dataSource.query('SELECT name FROM community WHERE id = $1', [other])).toEqual([{ name: '外街道社区' }]);
  });

  it('when the duty list names an unknown category, then nothing is saved; a known list is saved and audited', async () => {
    const before = (await t.http.get('/api/admin/communities').set(admin)).body.dutyCategories as string[];
    const bad = await t.http.put('/api/admin/community-duty-categories').set(admin).send({ categories: [...before, '没有/这个分类'] });
    expect(bad.status).toBe(400);
    expect((await t.http.get('/api/admin/communities').set(admin)).body.dutyCategories).toEqual(before);
    const saved = await t.http.put('/api/admin/community-duty-categories').set(admin).send({ categories: before.slice(1) });
    expect(saved.status).toBe(200);
    expect(await lastAudit('reference.duty_categories.save')).toMatchObject({ before: { categories: before }, after: { categories: [...before.slice(1)].sort() } });
  });
});

describe('the category tree', () => {
  it('when the admin adds a level under a level-2 category, then it is level 3; a fourth level is refused', async () => {
    const res = await t.http.post('/api/admin/categories').set(admin).send({ parentPath: '城乡建设/物业管理', name: '电动车充电' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ path: '城乡建设/物业管理/电动车充电', level: 3, parentPath: '城乡建设/物业管理', active: true });
    const deeper = await t.http.post('/api/admin/categories').set(admin).send({ parentPath: '城乡建设/物业管理/电动车充电', name: '第四级' });
    expect(deeper.status).toBe(400);
    expect((await t.http.post('/api/admin/categories').set(admin).send({ parentPath: '城乡建设/物业管理', name: '电动车充电' })).body.code).toBe('CATEGORY_EXISTS');
    expect((await t.http.post('/api/admin/categories').set(admin).send({ parentPath: '没有', name: '某类' })).status).toBe(400);
  });

  it('when a level-2 category is deactivated, then its subtree is too and intake stops offering it; the rows stay', async () => {
    const res = await t.http.patch('/api/admin/categories').set(admin).send({ path: '城乡建设/物业管理', active: false });
    expect(res.status).toBe(200);
    const rows = (await t.dataSource.query(
      `SELECT path, active FROM category WHERE path = '城乡建设/物业管理' OR path LIKE '城乡建设/物业管理/%' ORDER BY path`,
    )) as { path: string; active: boolean }[];
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r) => !r.active)).toBe(true);
    expect(await lastAudit('reference.category.update')).toMatchObject({ before: { active: true }, after: { active: false } });
  });
});
