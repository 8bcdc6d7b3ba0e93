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
    expect(rule.body).toEqual({ id: ruleId, categoryPrefix: LIFT, unitCode: 'DTWB', coUnitCodes: ['CGB'], communityId: null, communityName: null, priority: 0 });

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
    // The rule still names the unit: stopping it is refused with the rule, then done when the admin insists.
    const named = await t.http.patch(`/api/admin/units/${unitId}`).set(admin).send({ active: false, contact: null });
    expect(named.status).toBe(409);
    expect(named.body).toMatchObject({ code: 'UNIT_NAMED_BY_ROUTING_RULES', details: { rules: [{ id: ruleId, categoryPrefix: LIFT, communityName: null }] } });
    expect((await t.dataSource.query('SELECT active FROM unit WHERE id = $1', [unitId]))[0].active).toBe(true);
    const off = await t.http.patch(`/api/admin/units/${unitId}`).set(admin).send({ active: false, contact: null, force: true });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, contact: null, routingRulesNaming: [{ id: ruleId, categoryPrefix: LIFT, communityName: null }] });
    // The rule naming a stopped unit no longer decides: the broader street-wide rule does.
    expect((await classify()).unit).toMatchObject({ unitName: '城市管理办', rule: '城乡建设/物业管理' });
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

describe('rules for one community, with priority', () => {
  const PROPERTY = '城乡建设/物业管理';
  let heiyaochang: string;
  let mishi: string;
  let communityRule: string;
  const unitOf = async (code: string) =>
    ((await t.http.get('/api/admin/units').set(admin)).body.items as { id: string; code: string; routingRuleCount: number }[]).find((u) => u.code === code)!;

  beforeAll(async () => {
    const communities = (await t.http.get('/api/admin/communities').set(admin)).body.items as { id: string; name: string }[];
    heiyaochang = communities.find((c) => c.name === '黑窑厂社区')!.id;
    mishi = communities.find((c) => c.name === '米市社区')!.id;
  });

  it('when a rule names the order’s community, then it beats the street-wide rule in the trial and at intake, and the reason names the community and priority', async () => {
    const rule = await post('routing-rules', { categoryPrefix: PROPERTY, unitCode: 'WY01', communityId: heiyaochang, priority: 10 });
    expect(rule.status).toBe(201);
    communityRule = rule.body.id;
    expect(rule.body).toMatchObject({ categoryPrefix: PROPERTY, unitCode: 'WY01', communityId: heiyaochang, communityName: '黑窑厂社区', priority: 10 });
    const listed = (await t.http.get('/api/admin/routing-rules').set(admin)).body.items as { id: string; communityName: string | null }[];
    expect(listed.find((r) => r.id === communityRule)).toMatchObject({ communityName: '黑窑厂社区' });

    const reason = `分类规则“${PROPERTY} · 黑窑厂社区”（优先级 10） → 陶然物业服务有限公司（示例）`;
    const trial = await post('routing-rules/test', SAMPLE); // the address lies in 黑窑厂社区
    expect(trial.body.unit).toMatchObject({ unitName: '陶然物业服务有限公司（示例）', reason });
    expect(trial.body.summary).toBe(`将派给陶然物业服务有限公司（示例），因为${reason}`);
    expect((await classify()).unit).toMatchObject({ unitName: '陶然物业服务有限公司（示例）', reason });

    // The community chosen in the trial beats the address, as a community set by a person does on an order.
    const elsewhere = await post('routing-rules/test', { ...SAMPLE, communityId: mishi });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.community).toMatchObject({ communityId: mishi, communityName: '米市社区' });
    expect(elsewhere.body.unit).toMatchObject({ unitName: '城市管理办', reason: `分类规则“${PROPERTY}” → 城市管理办` });
    const noAddress = await post('routing-rules/test', { text: SAMPLE.text, communityId: heiyaochang });
    expect(noAddress.body.unit).toMatchObject({ unitName: '陶然物业服务有限公司（示例）' });
  });

  it('when a street-wide rule gets a higher priority, then it beats the community rule', async () => {
    const [{ id: streetWide }] = await t.dataSource.query(`SELECT id FROM routing_rule WHERE category_prefix = $1 AND community_id IS NULL AND street_code = '110102016'`, [PROPERTY]);
    const raised = await t.http.patch(`/api/admin/routing-rules/${streetWide}`).set(admin).send({ priority: 20 });
    expect(raised.status).toBe(200);
    expect((await post('routing-rules/test', SAMPLE)).body.unit).toMatchObject({ unitName: '城市管理办', reason: `分类规则“${PROPERTY}”（优先级 20） → 城市管理办` });
    expect((await t.http.patch(`/api/admin/routing-rules/${streetWide}`).set(admin).send({ priority: 0 })).status).toBe(200);
    expect(await audits('routing_rule', streetWide)).toEqual([
      { action: 'reference.routing_rule.update', before: expect.objectContaining({ priority: 0 }), after: expect.objectContaining({ priority: 20, communityId: null }) },
      { action: 'reference.routing_rule.update', before: expect.objectContaining({ priority: 20 }), after: expect.objectContaining({ priority: 0 }) },
    ]);
  });

  it('when the same prefix and community get a second rule, then 409; another community is fine', async () => {
    const twice = await post('routing-rules', { categoryPrefix: PROPERTY, unitCode: 'CGB', communityId: heiyaochang });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'ROUTING_RULE_DUPLICATE', message: `分类“${PROPERTY}”在黑窑厂社区已有派单规则` });
    const other = await post('routing-rules', { categoryPrefix: PROPERTY, unitCode: 'CGB', communityId: mishi });
    expect(other.status).toBe(201);
    const moved = await t.http.patch(`/api/admin/routing-rules/${other.body.id}`).set(admin).send({ communityId: heiyaochang });
    expect(moved.status).toBe(409);
    const streetWide = await t.http.patch(`/api/admin/routing-rules/${other.body.id}`).set(admin).send({ communityId: null });
    expect(streetWide.status).toBe(409);
    expect(streetWide.body.message).toBe(`分类“${PROPERTY}”对全部社区已有派单规则`);
    expect((await t.http.delete(`/api/admin/routing-rules/${other.body.id}`).set(admin)).status).toBe(200);
  });

  it('when the community is unknown, of another street or the priority is out of range, then 400 naming the field', async () => {
    const [{ id: foreign }] = await t.dataSource.query(
      `INSERT INTO community (street_code, code, name, gazetteer) VALUES ('110102998', '901', '外街道社区', '{}') RETURNING id`,
    );
    for (const communityId of [foreign, '00000000-0000-4000-8000-000000000000']) {
      const res = await post('routing-rules', { categoryPrefix: '住房', unitCode: 'CGB', communityId });
      expect(res.status).toBe(400);
      expect(res.body.details.fields).toEqual([{ field: 'communityId', message: '社区不存在或已停用' }]);
      expect((await post('routing-rules/test', { ...SAMPLE, communityId })).status).toBe(400);
    }
    for (const priority of [1.5, 101, '10']) {
      const res = await post('routing-rules', { categoryPrefix: '住房', unitCode: 'CGB', priority });
      expect(res.status).toBe(400);
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['priority']);
    }
    expect((await post('routing-rules/test', { text: SAMPLE.text })).body.details.fields).toEqual([{ field: 'address', message: '请填写地址或选择社区' }]);
  });

  it('when a unit a community rule names is stopped, then 409 lists the rule with its community until forced, and the list counts the rules', async () => {
    const wy01 = await unitOf('WY01');
    expect(wy01.routingRuleCount).toBe(1);
    const refused = await t.http.patch(`/api/admin/units/${wy01.id}`).set(admin).send({ active: false });
    expect(refused.status).toBe(409);
    expect(refused.body.details.rules).toEqual([{ id: communityRule, categoryPrefix: PROPERTY, communityName: '黑窑厂社区' }]);
    const forced = await t.http.patch(`/api/admin/units/${wy01.id}`).set(admin).send({ active: false, force: true });
    expect(forced.status).toBe(200);
    expect(forced.body.routingRulesNaming).toEqual([{ id: communityRule, categoryPrefix: PROPERTY, communityName: '黑窑厂社区' }]);
    expect((await classify()).unit).toMatchObject({ unitName: '城市管理办' });
    // Another change to a stopped unit is not a stop: no warning.
    const renamed = await t.http.patch(`/api/admin/units/${wy01.id}`).set(admin).send({ contact: '010-1' });
    expect(renamed.body.routingRulesNaming).toEqual([]);
    expect(await audits('unit', wy01.id)).toEqual([
      { action: 'reference.unit.update', before: expect.objectContaining({ active: true }), after: expect.objectContaining({ active: false }) },
      { action: 'reference.unit.update', before: expect.objectContaining({ contact: null }), after: expect.objectContaining({ contact: '010-1' }) },
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
