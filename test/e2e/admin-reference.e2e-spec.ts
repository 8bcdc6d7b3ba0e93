import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';

/**
 * 系统管理 → 承办单位 / 派单规则: the admin adds a unit and a rule for a category; the rule test and the operator's
 * next intake name the new unit at once (the cached classifier is dropped on commit, no restart). Every write is
 * audited with before/after; other roles, other streets, bad input and duplicates are refused.
 */
const clock = new ManualClock('2026-11-26T03:00:00Z');
const LIFT = '城乡建设/物业管理/电梯运行';
const SAMPLE = { address: '黑窑厂街12号院3号楼', text: '3号楼电梯经常停运，老人上下楼很困难。' };
let t: TestApp;
let admin: { authorization: string };
let operator: { authorization: string };
let otherStreetUnit: string;
let otherStreetRule: string;

const post = (path: string, body: Record<string, unknown>, who = admin) => t.http.post(`/api/admin/${path}`).set(who).send(body);
const audits = async (entityType: string, id: string) =>
  (await t.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY id`, [entityType, id])) as {
    action: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];
const classify = async () => {
  const res = await t.http.post('/api/intake/classify').set(operator).send({ address: SAMPLE.address, content: SAMPLE.text });
  expect(res.status).toBe(200);
  return res.body;
};

beforeAll(async () => {
  // Its own database: the units and rules added here would change other files' suggestions.
  t = await createTestApp({ clock, ownDatabase: 'admin-reference' });
  admin = { authorization: `Bearer ${await t.login('admin')}` };
  operator = { authorization: `Bearer ${await t.login('operator')}` };
  await t.dataSource.query(`INSERT INTO street (code, name, district, city) VALUES ('110102998', '测试街道', '西城区', '北京市')`);
  [{ id: otherStreetUnit }] = await t.dataSource.query(`INSERT INTO unit (street_code, code, name, kind) VALUES ('110102998', 'DTZ', '外街道单位', 'office') RETURNING id`);
  [{ id: otherStreetRule }] = await t.dataSource.query(`INSERT INTO routing_rule (street_code, category_prefix, unit_code) VALUES ('110102998', '其他', 'DTZ') RETURNING id`);
});
afterAll(async () => t?.close());

describe('units and routing rules, effective at once', () => {
  let unitId: string;
  let ruleId: string;

  it('when the admin adds a unit and a rule for a category, then the rule test and the operator’s intake name the new unit with the rule as reason', async () => {
    const warm = await classify(); // the classifier of the street is now cached
    expect(warm.category.category).toBe(LIFT);
    expect(warm.unit.unitName).not.toBe('电梯维保中心');

    const unit = await post('units', { code: 'DTWB', name: '电梯维保中心', kind: 'utility', contact: '010-63000000' });
    expect(unit.status).toBe(201);
    expect(unit.body).toMatchObject({ code: 'DTWB', name: '电梯维保中心', kind: 'utility', contact: '010-63000000', active: true });
    unitId = unit.body.id;
    const listed = await t.http.get('/api/admin/units').set(admin);
    expect(listed.body.items.map((u: { code: string }) => u.code)).toContain('DTWB');

    const rule = await post('routing-rules', { categoryPrefix: LIFT, unitCode: 'DTWB', coUnitCodes: ['CGB'] });
    expect(rule.status).toBe(201);
    ruleId = rule.body.id;
    expect(rule.body).toEqual({ id: ruleId, categoryPrefix: LIFT, unitCode: 'DTWB', coUnitCodes: ['CGB'] });

    const trial = await post('routing-rules/test', SAMPLE);
    expect(trial.status).toBe(200);
    expect(trial.body.category).toMatchObject({ category: LIFT });
    expect(trial.body.community).toMatchObject({ communityName: expect.any(String) });
    expect(trial.body.unit).toMatchObject({ unitId, unitName: '电梯维保中心', rule: LIFT, reason: `分类规则“${LIFT}” → 电梯维保中心` });
    expect(trial.body.summary).toBe(`将派给电梯维保中心，因为分类规则“${LIFT}” → 电梯维保中心`);

    const after = await classify();
    expect(after.unit).toMatchObject({ unitId, unitName: '电梯维保中心', reason: `分类规则“${LIFT}” → 电梯维保中心` });
  });

  it('when the unit is deactivated and the rule deleted, then intake stops naming it at once, and each write left one audit record with before/after', async () => {
    const moved = await t.http.patch(`/api/admin/routing-rules/${ruleId}`).set(admin).send({ coUnitCodes: [] });
    expect(moved.status).toBe(200);
    expect(moved.body.coUnitCodes).toEqual([]);
    const off = await t.http.patch(`/api/admin/units/${unitId}`).set(admin).send({ active: false, contact: null });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, contact: null });
    // A rule may not point at a deactivated unit.
    const stale = await t.http.patch(`/api/admin/routing-rules/${ruleId}`).set(admin).send({ unitCode: 'DTWB' });
    expect(stale.status).toBe(400);
    expect(stale.body.details.fields).toEqual([{ field: 'unitCode', message: '承办单位“DTWB”不存在或已停用' }]);
    expect((await t.http.delete(`/api/admin/routing-rules/${ruleId}`).set(admin)).status).toBe(200);
    expect((await classify()).unit?.unitId).not.toBe(unitId);

    expect(await audits('unit', unitId)).toEqual([
      { action: 'reference.unit.create', before: null, after: expect.objectContaining({ code: 'DTWB', active: true }) },
      { action: 'reference.unit.update', before: expect.objectContaining({ active: true, contact: '010-63000000' }), after: expect.objectContaining({ active: false, contact: null }) },
    ]);
    expect(await audits('routing_rule', ruleId)).toEqual([
      { action: 'reference.routing_rule.create', before: null, after: expect.objectContaining({ unitCode: 'DTWB', coUnitCodes: ['CGB'] }) },
      { action: 'reference.routing_rule.update', before: expect.objectContaining({ coUnitCodes: ['CGB'] }), after: expect.objectContaining({ coUnitCodes: [] }) },
      { action: 'reference.routing_rule.delete', before: expect.objectContaining({ categoryPrefix: LIFT }), after: null },
    ]);
  });
});

describe('refusals', () => {
  it('when an operator calls the admin endpoints, then 403', async () => {
    expect((await t.http.get('/api/admin/units').set(operator)).status).toBe(403);
    expect((await post('units', { code: 'X1', name: 'x', kind: 'office' }, operator)).status).toBe(403);
    expect((await post('routing-rules/test', SAMPLE, operator)).status).toBe(403);
  });

  it('when the input is bad, then 400 with field errors', async () => {
    const unit = await post('units', { code: '', name: '单位', kind: 'shop' });
    expect(unit.status).toBe(400);
    expect(unit.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'kind']);
    const committee = await post('units', { code: 'JWH9', name: '无社区居委会', kind: 'community' });
    expect(committee.status).toBe(400);
    expect(committee.body.details.fields).toEqual([{ field: 'communityId', message: '社区居委会须指定所属社区' }]);
    const rule = await post('routing-rules', { categoryPrefix: '不存在/的分类', unitCode: 'NOPE' });
    expect(rule.status).toBe(400);
    expect(rule.body.details.fields).toEqual([
      { field: 'categoryPrefix', message: '问题分类“不存在/的分类”不存在' },
      { field: 'unitCode', message: '承办单位“NOPE”不存在或已停用' },
    ]);
  });

  it('when a code or a prefix is taken, then 409 with a stable code and nothing is written', async () => {
    const unit = await post('units', { code: 'CGB', name: '重复', kind: 'office' });
    expect(unit.status).toBe(409);
    expect(unit.body).toMatchObject({ code: 'UNIT_CODE_TAKEN', message: '单位编码“CGB”已被使用' });
    const rule = await post('routing-rules', { categoryPrefix: '城乡建设/物业管理', unitCode: 'CGB' });
    expect(rule.status).toBe(409);
    expect(rule.body).toMatchObject({ code: 'ROUTING_RULE_DUPLICATE' });
  });

  it('when the admin names another street’s unit or rule, then 404 and it is unchanged', async () => {
    const unit = await t.http.patch(`/api/admin/units/${otherStreetUnit}`).set(admin).send({ active: false });
    expect(unit.status).toBe(404);
    expect((await t.http.patch(`/api/admin/routing-rules/${otherStreetRule}`).set(admin).send({ coUnitCodes: [] })).status).toBe(404);
    expect((await t.http.delete(`/api/admin/routing-rules/${otherStreetRule}`).set(admin)).status).toBe(404);
    const [row] = await t.dataSource.query('SELECT active FROM unit WHERE id = $1', [otherStreetUnit]);
    expect(row.active).toBe(true);
    expect((await t.dataSource.query('SELECT 1 FROM routing_rule WHERE id = $1', [otherStreetRule])).length).toBe(1);
    expect((await t.http.get('/api/admin/units').set(admin)).body.items.map((u: { id: string }) => u.id)).not.toContain(otherStreetUnit);
  });
});
