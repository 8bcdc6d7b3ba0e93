import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * 系统管理 → 关键词规则 / 停用词 (issue 15): the admin's keyword rule is what the operator's very next intake suggests
 * (the cached classifier is dropped on commit, no restart); the admin's stop words are what the statistics' hotspot
 * keywords leave out on their very next read. Every write is audited with before/after; other roles, other
 * streets, bad input and duplicates are refused.
 */
const clock = new ManualClock('2026-11-26T03:00:00Z');
const MANHOLE = '交通管理/道路设施/井盖缺失';
const SAMPLE = { address: '陶然亭路5号', content: '路口的井盖丢了，晚上路过很危险。' };
const OTHER_STREET = '110102997';
let t: TestApp;
let desk: OrderDesk;
let admin: { authorization: string };
let otherStreetRule: string;

const audits = async (entityType: string, id: string) =>
  (await t.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY id`, [entityType, id])) as {
    action: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];
const classify = async () => {
  const res = await t.http.post('/api/intake/classify').set(desk.as('operator')).send(SAMPLE);
  expect(res.status).toBe(200);
  return res.body as { category: { category: string; keywords: string[] } | null };
};
const rules = async () => (await t.http.get('/api/admin/keyword-rules').set(admin)).body.items as { id: string; categoryPath: string; keywords: string[]; position: number }[];
const keywords = async () => {
  const res = await t.http.get('/api/stats/hotspots?month=2026-11').set(desk.as('leader'));
  expect(res.status).toBe(200);
  return (res.body.keywords as { term: string }[]).map((k) => k.term);
};
const stopWords = async () => (await t.http.get('/api/admin/stop-words').set(admin)).body.words as string[];
const saveStopWords = (words: string[]) => t.http.put('/api/admin/stop-words').set(admin).send({ words });

beforeAll(async () => {
  // Its own database: keyword rules and stop words change other files' suggestions and statistics.
  t = await createTestApp({ clock, ownDatabase: 'admin_keywords' });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1363333' });
  admin = desk.as('admin');
  await t.dataSource.query(`INSERT INTO street (code, name, district, city) VALUES ($1, '关键词测试街道', '西城区', '北京市')`, [OTHER_STREET]);
  [{ id: otherStreetRule }] = await t.dataSource.query(
    `INSERT INTO keyword_rule (street_code, category_path, keywords, position) VALUES ($1, $2, '{井盖}', 0) RETURNING id`,
    [OTHER_STREET, MANHOLE],
  );
  // Three orders of the month, each saying 楼道 (a topic) and 希望 (a default stop word).
  for (let i = 0; i < 3; i++) await desk.intake({ content: '黑窑厂街12号院物业长期不打扫楼道，垃圾堆积，希望尽快处理。' });
}, 180_000);
afterAll(async () => t?.close());

describe('keyword rules, effective at once', () => {
  let ruleId: string;

  it('when the admin adds a rule for a category, then the 试分类 and the operator’s next intake suggest it, naming the keyword', async () => {
    expect((await classify()).category?.category).not.toBe(MANHOLE); // the street's classifier is now cached
    const before = await rules();
    expect(before.map((r) => r.position)).toEqual(before.map((_, i) => i));

    const created = await t.http.post('/api/admin/keyword-rules').set(admin).send({ categoryPath: MANHOLE, keywords: [' 井盖', '窨井', '井盖', ''] });
    expect(created.status).toBe(201);
    ruleId = created.body.id;
    expect(created.body).toEqual({ id: ruleId, categoryPath: MANHOLE, keywords: ['井盖', '窨井'], position: before.length });

    const trial = await t.http.post('/api/admin/keyword-rules/test').set(admin).send({ content: SAMPLE.content });
    expect(trial.status).toBe(200);
    expect(trial.body).toEqual({
      category: { category: MANHOLE, keywords: ['井盖'], reason: `内容含关键词“井盖”（关键词规则：${MANHOLE}）` },
      summary: `将建议分类“${MANHOLE}”，因为内容含关键词“井盖”`,
    });
    expect((await classify()).category).toMatchObject({ category: MANHOLE, keywords: ['井盖'] });
  });

  it('when the rule is moved first, edited and deleted, then positions stay 0..n-1, intake follows each change, and each write is audited with before/after', async () => {
    const moved = await t.http.patch(`/api/admin/keyword-rules/${ruleId}`).set(admin).send({ position: 0, keywords: ['窨井'] });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ position: 0, keywords: ['窨井'] });
    const list = await rules();
    expect(list[0].id).toBe(ruleId);
    expect(list.map((r) => r.position)).toEqual(list.map((_, i) => i));
    expect((await classify()).category?.category).not.toBe(MANHOLE);

    const deleted = await t.http.delete(`/api/admin/keyword-rules/${ruleId}`).set(admin);
    expect(deleted.status).toBe(200);
    const after = await rules();
    expect(after.map((r) => r.id)).not.toContain(ruleId);
    expect(after.map((r) => r.position)).toEqual(after.map((_, i) => i));

    const trail = await audits('keyword_rule', ruleId);
    expect(trail.map((a) => a.action)).toEqual(['reference.keyword_rule.create', 'reference.keyword_rule.update', 'reference.keyword_rule.delete']);
    expect(trail[0]).toMatchObject({ before: null, after: { categoryPath: MANHOLE, keywords: ['井盖', '窨井'] } });
    expect(trail[1]).toMatchObject({ before: { keywords: ['井盖', '窨井'], position: list.length - 1 }, after: { keywords: ['窨井'], position: 0 } });
    expect(trail[2]).toMatchObject({ before: { keywords: ['窨井'] }, after: null });
  });

  it('when the category is not an active third-level category of the street, or keywords are bad, then 400 names the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ categoryPath: '交通管理/道路设施', keywords: ['井盖'] }, 'categoryPath'],
      [{ categoryPath: '无此分类/无/无', keywords: ['井盖'] }, 'categoryPath'],
      [{ categoryPath: MANHOLE, keywords: [] }, 'keywords'],
      [{ categoryPath: MANHOLE, keywords: ['  '] }, 'keywords'],
      [{ categoryPath: MANHOLE, keywords: ['一二三四五六七八九十一二三四五六七八九十一'] }, 'keywords'],
      [{ categoryPath: MANHOLE, keywords: Array.from({ length: 101 }, (_, i) => `词${i}`) }, 'keywords'],
    ];
    for (const [body, field] of cases) {
      const res = await t.http.post('/api/admin/keyword-rules').set(admin).send(body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(res.body.details.fields.every((f: { message: string }) => /[\u4e00-\u9fff]/.test(f.message))).toBe(true);
    }
    await t.dataSource.query(`UPDATE category SET active = false WHERE street_code = (SELECT street_code FROM app_user WHERE username = 'admin') AND path = '交通管理/道路设施/路灯不亮'`);
    const stopped = await t.http.post('/api/admin/keyword-rules').set(admin).send({ categoryPath: '交通管理/道路设施/路灯不亮', keywords: ['路灯'] });
    expect(stopped.status).toBe(400);
  });

  it('when a category already has a rule, then a second one is refused 409 KEYWORD_RULE_DUPLICATE, also by moving a rule onto it', async () => {
    const water = (await rules()).find((r) => r.categoryPath === '公共服务/供水/停水')!;
    const dup = await t.http.post('/api/admin/keyword-rules').set(admin).send({ categoryPath: '公共服务/供水/停水', keywords: ['没水'] });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'KEYWORD_RULE_DUPLICATE', details: { ruleId: water.id } });
    const other = (await rules()).find((r) => r.categoryPath !== water.categoryPath)!;
    const onto = await t.http.patch(`/api/admin/keyword-rules/${other.id}`).set(admin).send({ categoryPath: water.categoryPath });
    expect(onto.status).toBe(409);
  });

  it('when another role or another street’s rule is involved, then 403 and 404, and nothing changes', async () => {
    const operator = await t.http.post('/api/admin/keyword-rules').set(desk.as('operator')).send({ categoryPath: MANHOLE, keywords: ['井盖'] });
    expect(operator.status).toBe(403);
    expect((await t.http.get('/api/admin/keyword-rules').set(desk.as('supervisor'))).status).toBe(403);
    expect((await t.http.put('/api/admin/stop-words').set(desk.as('leader')).send({ words: [] })).status).toBe(403);
    expect((await t.http.patch(`/api/admin/keyword-rules/${otherStreetRule}`).set(admin).send({ keywords: ['x'] })).status).toBe(404);
    expect((await t.http.delete(`/api/admin/keyword-rules/${otherStreetRule}`).set(admin)).status).toBe(404);
    expect((await rules()).map((r) => r.id)).not.toContain(otherStreetRule);
    const [{ keywords: kept }] = await t.dataSource.query('SELECT keywords FROM keyword_rule WHERE id = $1', [otherStreetRule]);
    expect(kept).toEqual(['井盖']);
  });
});

describe('stop words, effective on the next statistics read', () => {
  it('when the street starts, then its stop words are the default list', async () => {
    const view = (await t.http.get('/api/admin/stop-words').set(admin)).body as { words: string[]; defaults: string[] };
    expect(view.words.length).toBeGreaterThan(50);
    expect(new Set(view.words)).toEqual(new Set(view.defaults));
    expect(view.words).toContain('希望');
  });

  it('when the admin adds 楼道 and takes out 希望, then the hotspot keywords drop 楼道 and show 希望; and back again', async () => {
    const before = await keywords();
    expect(before).toContain('楼道');
    expect(before).not.toContain('希望');
    const original = await stopWords();

    const saved = await saveStopWords([...original.filter((w) => w !== '希望'), ' 楼道 ', '楼道']);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ added: ['楼道'], removed: ['希望'] });
    const changed = await keywords();
    expect(changed).not.toContain('楼道');
    expect(changed).toContain('希望');

    expect((await saveStopWords(original)).status).toBe(200);
    const back = await keywords();
    expect(back).toContain('楼道');
    expect(back).not.toContain('希望');

    const trail = (await audits('stop_word', (await t.dataSource.query(`SELECT street_code FROM app_user WHERE username = 'admin'`))[0].street_code))
      .filter((a) => a.action === 'stats.stop_words.replace');
    expect(trail.slice(-2)).toEqual([
      { action: 'stats.stop_words.replace', before: { removed: ['希望'], count: original.length }, after: { added: ['楼道'], count: original.length } },
      { action: 'stats.stop_words.replace', before: { removed: ['楼道'], count: original.length }, after: { added: ['希望'], count: original.length } },
    ]);
  });

  it('when a word is too long, has a space, or the list is too long, then 400 and the list is unchanged', async () => {
    const original = await stopWords();
    for (const words of [['一二三四五六七八九十一'], ['楼 道'], Array.from({ length: 2001 }, (_, i) => `词${i}`)]) {
      const res = await saveStopWords(words);
      expect({ status: res.status, code: res.body.code, field: res.body.details?.fields?.[0]?.field }).toEqual({ status: 400, code: 'VALIDATION_FAILED', field: 'words' });
    }
    expect(await stopWords()).toEqual(original);
  });
});
