import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { ClockAlarms, DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { StatsVerifier } from '@app/stats';
import { createTestApp, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * Every statistic on a small dataset whose answers were worked out by hand (DESIGN §8). The desk starts empty (a
 * database of its own) and June 2027 holds only these 29 orders:
 *
 *   A1–A10  complaint, 城乡建设/物业管理/物业服务, 黑窑厂社区, 黑窑厂街12号院3号楼, lead 城市管理办 (CGB); contacted at once,
 *           replied, approved first time, called back on 8 June:
 *           A1–A4 满意 solved · A5–A6 基本满意 solved · A7 不满意 unsolved · A8 citizen not reached · A9 invalid callback ·
 *           A10 满意 solved but assessed for 响应率 only
 *   B1–B6   report, 交通管理/停车管理/乱停车, 南华里社区, 陶然亭路5号, lead 民生保障办 (MSB), called back 8 June:
 *           B1–B2 满意 solved · B3 基本满意 unsolved · B4 满意 solved, then excluded (剔除) · B5 rejected once (rework),
 *           then 满意 solved · B6 contacted 30 h after dispatch (contact clock 24 h: late), 不满意 solved
 *   C1–C8   help, 公共服务/供暖/室温不达标, 黑窑厂社区, 太平街8号院2号楼, still open: C1–C3 unsigned (one caller, three
 *           calls) · C4–C5 signed (C5 主动发现, no caller) · C6–C8 dispatched to CGB · C6 urged twice · C7 returned by CGB
 *   D1      complaint, a repeat of C6 (same caller and place), merged into it
 *   F1–F4   consult via web, 公共服务/供水/停水, 南华里社区, 南华东街9号, answered by the desk, approved, 满意 solved
 */
const T0 = '2027-06-07T01:00:00Z'; // Monday 09:00 in Beijing
const clock = new ManualClock(T0);
let t: TestApp;
let desk: OrderDesk;
let unit: Record<string, string>;
let community: Record<string, string>;
const ids: Record<string, string> = {};

const CATEGORY = {
  A: '城乡建设/物业管理/物业服务',
  B: '交通管理/停车管理/乱停车',
  C: '公共服务/供暖/室温不达标',
  F: '公共服务/供水/停水',
};
const hours = (n: number) => clock.advance(n * 3_600_000);
const checklist = (failed: string[] = []) => DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: failed.includes(i.code) ? 'fail' : 'pass' }));

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await desk.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}
const contact = (user: string, id: string) => ok(user, id, 'contact', { contactedAt: clock.now().toISOString(), method: 'phone', contactedBy: '张明', summary: '已电话联系诉求人' });
const reply = (user: string, id: string, contactedAt: string) =>
  ok(user, id, 'reply', { content: '经核实已处理完毕，并已电话告知诉求人处理结果。', contacted: true, contactedAt, contactMethod: 'phone', result: 'solved', attachmentIds: [] });
const callback = (id: string, body: Record<string, unknown>) => ok('reviewer', id, 'callback', { valid: true, ...body });
const get = async (path: string) => {
  const res = await t.http.get(path).set(desk.as('leader'));
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return res.body;
};
const byKey = <T extends { key: string }>(items: T[], key: string) => items.find((i) => i.key === key);

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: false, ownDatabase: 'stats_hand' });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1362222' });
  unit = desk.units;
  const communities = (await t.http.get('/api/communities').set(desk.as('supervisor'))).body.items as { id: string; name: string }[];
  community = Object.fromEntries(communities.map((c) => [c.name, c.id]));

  const intake = (key: string, overrides: Record<string, unknown>) => desk.intake(overrides).then((id) => (ids[key] = id));
  const A = { type: 'complaint', category: CATEGORY.A, communityId: community['黑窑厂社区'], address: '黑窑厂街12号院3号楼' };
  const B = { type: 'report', category: CATEGORY.B, communityId: community['南华里社区'], address: '陶然亭路5号' };
  const C = { type: 'help', category: CATEGORY.C, communityId: community['黑窑厂社区'], address: '太平街8号院2号楼' };
  const F = { type: 'consult', channel: 'web', category: CATEGORY.F, communityId: community['南华里社区'], address: '南华东街9号' };
  for (let i = 1; i <= 10; i++) await intake(`A${i}`, A);
  for (let i = 1; i <= 6; i++) await intake(`B${i}`, B);
  for (let i = 1; i <= 3; i++) await intake(`C${i}`, { ...C, citizenPhone: '13622229999' });
  await intake('C4', C);
  await intake('C5', { ...C, channel: 'proactive', citizenPhone: undefined, citizenName: undefined });
  for (let i = 6; i <= 8; i++) await intake(`C${i}`, C);
  for (let i = 1; i <= 4; i++) await intake(`F${i}`, F);

  // 09:00 Monday: everything but C1–C3 signed and dispatched, and contacted at once except B6.
  for (const k of Object.keys(ids).filter((k) => !['C1', 'C2', 'C3'].includes(k))) await ok('operator', ids[k], 'sign');
  for (let i = 1; i <= 10; i++) await ok('supervisor', ids[`A${i}`], 'dispatch', { leadUnitId: unit.CGB });
  for (let i = 1; i <= 6; i++) await ok('supervisor', ids[`B${i}`], 'dispatch', { leadUnitId: unit.MSB });
  for (const k of ['C6', 'C7', 'C8']) await ok('supervisor', ids[k], 'dispatch', { leadUnitId: unit.CGB });
  for (let i = 1; i <= 10; i++) await contact('unit.cgb', ids[`A${i}`]);
  for (let i = 1; i <= 5; i++) await contact('supervisor', ids[`B${i}`]);
  const contactedAt = clock.now().toISOString();
  await ok('supervisor', ids.C6, 'urge', { comment: '请尽快处理' });
  await ok('supervisor', ids.C6, 'urge', { comment: '再次催办' });
  await ok('unit.cgb', ids.C7, 'unit_return', { reason: 'not_our_duty', text: '供暖问题应由供热公司处理' });
  const d1 = await desk.intake({ ...C, type: 'complaint', citizenPhone: (await desk.detail(ids.C6, 'supervisor')).citizenPhone });
  ids.D1 = d1;
  const [{ version }] = (await t.dataSource.query('SELECT version FROM work_order WHERE id = $1', [d1])) as { version: number }[];
  expect((await t.http.post(`/api/orders/${d1}/duplicates/merge`).set(desk.as('operator')).send({ version, masterId: ids.C6, note: '同一诉求' })).status).toBe(200);

  // 15:00 Tuesday: B6 contacted 30 h after dispatch, everything replied (B5 twice), reviewed and called back.
  hours(30);
  await contact('supervisor', ids.B6);
  for (let i = 1; i <= 10; i++) await reply('unit.cgb', ids[`A${i}`], contactedAt);
  for (let i = 1; i <= 5; i++) await reply('supervisor', ids[`B${i}`], contactedAt);
  await reply('supervisor', ids.B6, clock.now().toISOString());
  for (let i = 1; i <= 4; i++) await ok('operator', ids[`F${i}`], 'answer', { content: '停水系管网检修，预计今晚恢复供水。', result: 'solved' });
  await ok('reviewer', ids.B5, 'reject', { checklist: checklist(['result_clear']), comment: '处理结果不明确' });
  await reply('supervisor', ids.B5, contactedAt);
  for (const k of Object.keys(ids).filter((k) => /^[ABF]/.test(k))) await ok('reviewer', ids[k], 'approve', { checklist: checklist() });
  hours(1);
  const satisfied = { contacted: true, solved: true, satisfaction: 'satisfied' };
  for (const k of ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B4', 'B5', 'F1', 'F2', 'F3', 'F4']) await callback(ids[k], satisfied);
  for (const k of ['A5', 'A6']) await callback(ids[k], { contacted: true, solved: true, satisfaction: 'basically' });
  await callback(ids.A7, { contacted: true, solved: false, satisfaction: 'dissatisfied' });
  await callback(ids.A8, { contacted: false });
  await callback(ids.A9, { ...satisfied, valid: false });
  await callback(ids.A10, { ...satisfied, assessment: 'response_only' });
  await callback(ids.B3, { contacted: true, solved: false, satisfaction: 'basically' });
  await callback(ids.B6, { contacted: true, solved: true, satisfaction: 'dissatisfied' });
  const requested = await t.http.post(`/api/orders/${ids.B4}/exclusion-requests`).set(desk.as('reviewer')).send({ reason: '诉求人反映的问题不属实，经现场核实', evidenceIds: [] });
  expect(requested.status).toBe(201);
  expect((await t.http.post(`/api/exclusion-requests/${requested.body.id}/decision`).set(desk.as('supervisor')).send({ approved: true })).status).toBe(200);
  // The sweep marks what ran late while nobody acted: C1–C3's sign clocks (30 min), C6 and C8's contact clocks (24 h).
  await t.app.get(ClockAlarms).sweep();
}, 240_000);
afterAll(async () => t?.close());

const JUNE = 'month=2027-06';

describe('the hand-computed month', () => {
  it('overview: 29 received, 8 open of which 5 overdue (3 sign, 2 contact), nothing the month before', async () => {
    const ov = await get(`/api/stats/overview?${JUNE}`);
    expect(ov).toMatchObject({ total: 29, openNow: 8, overdueNow: 5, overdueByClock: { sign: 3, contact: 2 } });
    expect(ov.change.monthOnMonth).toEqual({ previous: 0, delta: 29, ratio: null });
    expect(ov.period).toMatchObject({ key: '2027-06', label: '2027年6月', from: '2027-05-31T16:00:00.000Z', to: '2027-06-30T16:00:00.000Z' });
  });

  it('three rates: 响应率 17/18, 解决率 14/17, 满意率 (11 + 0.9×3)/17, composite 82.9', async () => {
    // Valid callbacks: A1–A8, A10, B1–B3, B5, B6, F1–F4 = 18 (A9 invalid, B4 excluded); A10 counts for 响应率 only.
    // (0.1 × 17/18 + 0.5 × 14/17 + 0.4 × 13.7/17) × 100 = 9.444 + 41.176 + 32.235 = 82.856 → 82.9
    const { overall } = await get(`/api/stats/rates?${JUNE}`);
    expect(overall).toMatchObject({ responseBase: 18, contacted: 17, fullBase: 17, solved: 14, satisfied: 11, basicallySatisfied: 3, composite: 82.9 });
    expect(overall.responseRate).toBeCloseTo(17 / 18, 10);
    expect(overall.resolutionRate).toBeCloseTo(14 / 17, 10);
    expect(overall.satisfactionRate).toBeCloseTo(13.7 / 17, 10);
  });

  it('rankings: 民生保障办 81.2 above 城市管理办 75.4; 南华里 89.6 above 黑窑厂 75.4', async () => {
    // MSB: B1 B2 B3 B5 B6 → 5/5, 4/5, (3 + 0.9)/5 → 10 + 40 + 31.2 = 81.2
    // CGB: A1–A8, A10 → 8/9; A1–A8 → 6/8, (4 + 1.8)/8 → 8.889 + 37.5 + 29 = 75.389 → 75.4
    // 南华里: B (as MSB) + F1–F4 → 9/9, 8/9, (7 + 0.9)/9 → 10 + 44.444 + 35.111 = 89.556 → 89.6
    const units = await get(`/api/stats/rankings?${JUNE}&of=unit`);
    expect(units.items.map((u: { label: string; rank: number; composite: number }) => [u.label, u.rank, u.composite])).toEqual([
      ['民生保障办', 1, 81.2],
      ['城市管理办', 2, 75.4],
    ]);
    const communities = await get(`/api/stats/rankings?${JUNE}&of=community`);
    expect(communities.items.map((c: { label: string; rank: number; composite: number }) => [c.label, c.rank, c.composite])).toEqual([
      ['南华里社区', 1, 89.6],
      ['黑窑厂社区', 2, 75.4],
    ]);
  });

  it('volumes by type, channel, community, unit and day', async () => {
    const counts = async (by: string) =>
      Object.fromEntries(((await get(`/api/stats/volumes?${JUNE}&by=${by}`)).items as { label: string; count: number }[]).map((i) => [i.label, i.count]));
    expect(await counts('type')).toEqual({ 投诉: 11, 求助: 8, 举报: 6, 咨询: 4 });
    expect(await counts('channel')).toEqual({ 热线电话: 24, 网站: 4, 主动发现: 1 });
    expect(await counts('community')).toEqual({ 黑窑厂社区: 19, 南华里社区: 10 });
    // A returned order counts with the unit that last held it (C7 with CGB); the desk's own answers with none.
    expect(await counts('unit')).toEqual({ 城市管理办: 13, 民生保障办: 6 });
    expect(await counts('cat1')).toEqual({ 公共服务: 13, 城乡建设: 10, 交通管理: 6 });
    const days = (await get(`/api/stats/volumes?${JUNE}&by=day`)).items as { key: string; count: number }[];
    expect(days).toHaveLength(30);
    expect(byKey(days, '2027-06-07')?.count).toBe(29);
  });

  it('timeliness: contact on time 15 of 16, first review passed 19 of 20, one return, two urges, one duplicate', async () => {
    const tl = await get(`/api/stats/timeliness?${JUNE}`);
    const clockOf = (c: string) => tl.clocks.find((x: { clock: string }) => x.clock === c);
    // Signed: A B F (20) + C4–C8 (5), and D1, whose merge while new is the desk's handling (it stops the sign
    // clock, DESIGN §3); C1–C3 never signed.
    expect(clockOf('sign')).toMatchObject({ done: 26, late: 0, onTimeRate: 1, averageMinutes: 0 });
    // A1–A10, B1–B5 at dispatch (0 min), B6 after 30 h: average 1800 / 16 = 112.5 → 113 min.
    expect(clockOf('contact')).toMatchObject({ done: 16, late: 1, onTimeRate: 15 / 16, averageMinutes: 113 });
    // Reviews stop the review clock once per order, whatever the rounds (B5's second round restarted it): 20, on time.
    expect(clockOf('review')).toMatchObject({ done: 20, late: 0 });
    expect(tl).toMatchObject({
      received: 29, firstReviews: 20, firstPassRate: 19 / 20, reworks: 1, reworkRate: 1 / 20,
      unitReturns: 1, unitReturnRate: 1 / 29, urges: 2, duplicates: 1, duplicateShare: 1 / 29,
    });
  });

  it('hotspots: places by courtyard, the caller who rang three times, masked', async () => {
    const hs = await get(`/api/stats/hotspots?${JUNE}`);
    expect(hs.places.map((p: { place: string; count: number }) => [p.place, p.count])).toEqual([
      ['黑窑厂街12号院', 10],
      ['太平街8号院', 9],
      ['陶然亭路5号', 6],
      ['南华东街9号', 4],
    ]);
    expect(hs.repeatCallers).toEqual([expect.objectContaining({ phone: '136****9999', count: 3 })]);
    expect(hs.categories[0]).toMatchObject({ label: '城乡建设 › 物业管理 › 物业服务', count: 10 });
    // Every order here carries the test desk's standard text (物业…楼道…希望尽快处理): each word counts once per order,
    // and a stop word (希望) never shows.
    const keywords = Object.fromEntries(hs.keywords.map((k: { term: string; orders: number }) => [k.term, k.orders]));
    expect(keywords['物业']).toBe(29);
    expect(keywords['楼道']).toBe(29);
    expect(Object.keys(keywords)).not.toContain('希望');
  });

  it('filters: a community by type (summed from the facts) and a unit alone (from the rollups) agree with the hand count', async () => {
    const byType = await get(`/api/stats/volumes?${JUNE}&by=type&communityId=${community['南华里社区']}`);
    expect(Object.fromEntries(byType.items.map((i: { label: string; count: number }) => [i.label, i.count]))).toEqual({ 举报: 6, 咨询: 4 });
    const msb = await get(`/api/stats/rates?${JUNE}&unitId=${unit.MSB}`);
    expect(msb.overall.composite).toBe(81.2);
    const msbInNanhuali = await get(`/api/stats/rates?${JUNE}&unitId=${unit.MSB}&communityId=${community['南华里社区']}`);
    expect(msbInNanhuali.overall).toMatchObject({ responseBase: 5, composite: 81.2 });
  });

  it('filters: a category drilled into its finer levels (from the finer rollups) agrees with the hand count', async () => {
    const counts = async (query: string) =>
      Object.fromEntries(((await get(`/api/stats/volumes?${JUNE}&${query}`)).items as { key: string; count: number }[]).map((i) => [i.key, i.count]));
    // 公共服务: C1–C8 and D1 (C6's repeat) under 供暖, F1–F4 under 供水; nothing of the other level-1 categories.
    expect(await counts(`by=cat2&category=${encodeURIComponent('公共服务')}`)).toEqual({ '公共服务/供暖': 9, '公共服务/供水': 4 });
    expect(await counts(`by=cat3&category=${encodeURIComponent('公共服务')}`)).toEqual({ [CATEGORY.C]: 9, [CATEGORY.F]: 4 });
    expect(await counts(`by=cat3&category=${encodeURIComponent('公共服务/供水')}`)).toEqual({ [CATEGORY.F]: 4 });
    // Two filters (a community and a type) are summed from the facts: 南华里's complaints are none, its reports B1–B6.
    expect(await counts(`by=channel&communityId=${community['南华里社区']}&type=report`)).toEqual({ hotline: 6 });
  });

  it('the rollups equal a recomputation from the raw orders', async () => {
    expect((await t.app.get(StatsVerifier).verify()).difference).toBeNull();
  });
});
