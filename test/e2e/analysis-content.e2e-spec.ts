import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { SessionResolver, type SessionActor } from '@app/auth';
import { ManualClock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { StatsQueries } from '@app/stats';
import { createTestApp, type TestApp } from '@app/testing';
import type { Block, ReportDocument, TableBlock } from '../../libs/reports/src/domain/report-document.js';
import type { ReportRunContext } from '../../libs/reports/src/domain/report-run.js';
import { AnalysisReportBuilder, TypicalCasesSource } from '../../libs/reports/src/analysis/content/index.js';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * The 民意分析报告's content for November 2026, built from orders entered and worked through the real API: its
 * numbers are the statistics API's for the same user and period, and no caller's name, phone or ID number gets in.
 *
 *   October: 3 物业 complaints (so November has a month-on-month change and previous ranks).
 *   November: W1–W6 物业 complaints at 黑窑厂街12号院3号楼 (each caller's name, phone and ID in the content), worked to a
 *   callback by 城市管理办 — W1 urged twice, W2 rejected once and called back 不满意; S1–S3 乱停车 reports at 陶然亭路5号
 *   from one caller (a repeat caller), answered by 民生保障办 and called back 满意.
 */
const clock = new ManualClock('2026-10-13T01:00:00Z');
let t: TestApp;
let desk: OrderDesk;
let leader: SessionActor;
let builder: AnalysisReportBuilder;
const ID_NUMBER = '110101199003074514';
const CALLERS = [
  { name: '王建国', phone: '13755550001' },
  { name: '李秀英', phone: '13755550002' },
  { name: '张伟民', phone: '13755550003' },
  { name: '刘桂兰', phone: '13755550004' },
  { name: '陈志强', phone: '13755550005' },
  { name: '赵丽娟', phone: '13755550006' },
];
const REPEAT_CALLER = { name: '孙美华', phone: '13755559999' };
const PROPERTY = '城乡建设/物业管理/物业服务';
const PARKING = '交通管理/停车管理/乱停车';
const checklist = (failed: string[] = []) => DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: failed.includes(i.code) ? 'fail' : 'pass' }));
const hours = (n: number) => clock.advance(n * 3_600_000);

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await desk.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}
const reply = (user: string, id: string, contactedAt: string, content = '经核实已处理完毕，并已电话告知诉求人处理结果。') =>
  ok(user, id, 'reply', { content, contacted: true, contactedAt, contactMethod: 'phone', result: 'solved', attachmentIds: [] });

/** Signs, dispatches, contacts, replies and approves `id` with `unitCode`'s staff (CGB by its own user, MSB by the desk). */
async function workToApproval(id: string, unitCode: 'CGB' | 'MSB') {
  const user = unitCode === 'CGB' ? 'unit.cgb' : 'supervisor';
  await ok('operator', id, 'sign');
  await ok('supervisor', id, 'dispatch', { leadUnitId: desk.units[unitCode] });
  const contactedAt = clock.now().toISOString();
  await ok(user, id, 'contact', { contactedAt, method: 'phone', contactedBy: '张明', summary: '已电话联系诉求人' });
  return { user, contactedAt };
}

const api = async (path: string) => {
  const res = await t.http.get(path).set(desk.as('leader'));
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return res.body;
};

function context(period: ReportRunContext['period'], progress: [number, number | null][] = []): ReportRunContext {
  return {
    reportId: 'analysis-content-test',
    actor: leader,
    period,
    masked: true,
    now: clock.now(),
    progress: async (done, total) => {
      progress.push([done, total]);
    },
  };
}

const headings = (doc: ReportDocument, level = 1) => doc.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === level).map((b) => b.text);
/** The blocks of a numbered section, up to the next level-1 heading. */
function sectionBlocks(doc: ReportDocument, title: string): Block[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text.endsWith(title));
  const end = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return doc.blocks.slice(start + 1, end === -1 ? undefined : end);
}
const tableOf = (blocks: Block[], caption: string) => blocks.find((b): b is TableBlock => b.kind === 'table' && (b.caption ?? '').startsWith(caption))!;

const NINE = ['一、总体情况', '二、诉求量走势', '三、诉求类型与分类', '四、热点地址与关键词', '五、社区情况', '六、三率与排名', '七、办理时效', '八、典型案例', '九、问题与建议'];

beforeAll(async () => {
  // A database of its own: the test counts every order of November, so no other file's orders may be there.
  t = await createTestApp({ clock, runJobs: false, ownDatabase: 'analysis' });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1375555' });
  leader = await t.app.get(SessionResolver).resolve(desk.tokens.leader);
  // By hand: the builder lives in the job side (ReportsJobsModule), which an app without jobs does not load.
  const dataSource = t.app.get<DataSource>(DATA_SOURCE);
  builder = new AnalysisReportBuilder(t.app.get(StatsQueries), new TypicalCasesSource(dataSource, t.config), dataSource);
  const communities = (await t.http.get('/api/communities').set(desk.as('supervisor'))).body.items as { id: string; name: string }[];
  const community = Object.fromEntries(communities.map((c) => [c.name, c.id]));
  const property = { type: 'complaint', category: PROPERTY, communityId: community['黑窑厂社区'], address: '黑窑厂街12号院3号楼2单元301室' };

  // October: three complaints, called back 满意.
  for (let i = 0; i < 3; i++) {
    const id = await desk.intake({ ...property, citizenName: '周某某', citizenPhone: `1375555800${i}` });
    const { user, contactedAt } = await workToApproval(id, 'CGB');
    await reply(user, id, contactedAt);
    await ok('reviewer', id, 'approve', { checklist: checklist() });
    await ok('reviewer', id, 'callback', { valid: true, contacted: true, solved: true, satisfaction: 'satisfied' });
  }

  clock.set(new Date('2026-11-09T01:00:00Z'));
  const w: string[] = [];
  for (const c of CALLERS) {
    w.push(
      await desk.intake({
        ...property,
        citizenName: c.name,
        citizenPhone: c.phone,
        content: `我是${c.name}，电话${c.phone}，身份证${ID_NUMBER}。黑窑厂街12号院3号楼楼道堆物，物业长期不清理，希望尽快处理。`,
      }),
    );
  }
  const s: string[] = [];
  for (let i = 0; i < 3; i++) {
    s.push(
      await desk.intake({
        type: 'report', category: PARKING, communityId: community['南华里社区'], address: '陶然亭路5号',
        citizenName: REPEAT_CALLER.name, citizenPhone: REPEAT_CALLER.phone,
        content: `陶然亭路5号门口车辆乱停车堵塞消防通道，联系人${REPEAT_CALLER.name}，座机010-83551234。`,
      }),
    );
  }
  const work = new Map<string, { user: string; contactedAt: string }>();
  for (const id of w) work.set(id, await workToApproval(id, 'CGB'));
  for (const id of s) work.set(id, await workToApproval(id, 'MSB'));
  await ok('supervisor', w[0], 'urge', { comment: '请尽快处理' });
  await ok('supervisor', w[0], 'urge', { comment: '再次催办' });
  hours(20);
  for (const id of [...w, ...s]) {
    const { user, contactedAt } = work.get(id)!;
    // The unit's reply repeats the caller's phone: the report must mask it there too.
    await reply(user, id, contactedAt, id === w[1] ? `已联系${CALLERS[1].name}（${CALLERS[1].phone}），物业已清理楼道。` : undefined);
  }
  await ok('reviewer', w[1], 'reject', { checklist: checklist(['result_clear']), comment: '处理结果不明确' });
  await reply('unit.cgb', w[1], work.get(w[1])!.contactedAt, `再次联系${CALLERS[1].name}，楼道堆物已全部清运。`);
  for (const id of [...w, ...s]) await ok('reviewer', id, 'approve', { checklist: checklist() });
  hours(1);
  const satisfied = { valid: true, contacted: true, solved: true, satisfaction: 'satisfied' };
  for (const id of [w[0], w[2], w[3], ...s]) await ok('reviewer', id, 'callback', satisfied);
  await ok('reviewer', w[1], 'callback', { valid: true, contacted: true, solved: false, satisfaction: 'dissatisfied', note: `${CALLERS[1].name}称楼道仍有堆物` });
  await ok('reviewer', w[4], 'callback', { valid: true, contacted: true, solved: true, satisfaction: 'basically' });
  // W6 stays without a callback.
}, 300_000);
afterAll(async () => t?.close());

describe('the analysis report for November 2026', () => {
  let doc: ReportDocument;
  const progress: [number, number | null][] = [];

  beforeAll(async () => {
    doc = await builder.build(context({ month: '2026-11' }, progress));
  }, 120_000);

  it('when built, then it has the nine numbered sections in order, a title with the street and period, and reported progress to the end', () => {
    expect(headings(doc)).toEqual(NINE);
    expect(doc.title).toContain('2026年11月');
    expect(doc.title).toContain('民意分析报告');
    expect(doc.meta.map((m) => m.label)).toEqual(['统计周期', '编制单位', '计分设置', '生成时间']);
    expect(progress.length).toBeGreaterThan(3);
    const [done, total] = progress[progress.length - 1];
    expect(done).toBe(total);
  });

  it('when the overview speaks, then its total and composite score are the API\'s for the same user and month', async () => {
    const ov = await api('/api/stats/overview?month=2026-11');
    expect(ov.total).toBe(9);
    expect(ov.rates.composite).not.toBeNull();
    const text = sectionBlocks(doc, '总体情况')
      .filter((b) => b.kind === 'paragraph')
      .map((b) => (b as { text: string }).text)
      .join('\n');
    expect(text).toContain(`共受理12345市民热线诉求 ${ov.total}件`);
    expect(text).toContain(`综合成绩 ${ov.rates.composite.toFixed(1)}分`);
    expect(text).toContain(ov.scoring.description);
    // October had 3: up 200 %.
    expect(ov.change.monthOnMonth).toMatchObject({ previous: 3, delta: 6 });
    expect(text).toContain('环比上升 200.0%');
    const row = tableOf(sectionBlocks(doc, '总体情况'), '本期受理量').rows[0];
    expect(row).toEqual([ov.total, ov.openNow, ov.overdueNow, ov.rates.responseRate, ov.rates.resolutionRate, ov.rates.satisfactionRate, ov.rates.composite]);
  });

  it('when the ranking and community tables are read, then every value is the API\'s', async () => {
    const units = await api('/api/stats/rankings?month=2026-11&of=unit');
    const table = tableOf(sectionBlocks(doc, '三率与排名'), '承办单位三率与排名');
    expect(table.rows.map((r) => r.slice(0, 8))).toEqual(
      units.items.map((u: Record<string, unknown>) => [u.rank, u.label, u.volume, u.responseRate, u.resolutionRate, u.satisfactionRate, u.composite, u.previousRank]),
    );
    expect(table.rows.length).toBe(2);

    const volumes = await api('/api/stats/volumes?month=2026-11&by=community');
    const rates = await api('/api/stats/rates?month=2026-11&by=community');
    const communities = tableOf(sectionBlocks(doc, '社区情况'), '各社区受理量与三率');
    const byLabel = new Map(communities.rows.map((r) => [r[0], r]));
    for (const v of volumes.items) {
      const r = rates.items.find((x: { key: string }) => x.key === v.key);
      expect(byLabel.get(v.label)).toEqual([v.label, v.count, v.share, v.change.ratio, r.responseRate, r.resolutionRate, r.satisfactionRate, r.composite]);
    }
    expect(communities.totals?.[1]).toBe(volumes.total);

    const types = await api('/api/stats/volumes?month=2026-11&by=cat1');
    const cat1 = tableOf(sectionBlocks(doc, '诉求类型与分类'), '一级分类受理量');
    expect(cat1.rows.map((r) => [r[0], r[1]])).toEqual(types.items.map((i: { label: string; count: number }) => [i.label, i.count]));
  });

  it('when searched as text, then no caller\'s name, phone or ID number is in it, though the cases quote their masked words', () => {
    const json = JSON.stringify(doc);
    for (const c of [...CALLERS, REPEAT_CALLER, { name: '周某某', phone: '13755558000' }]) {
      expect({ caller: c.name, found: json.includes(c.name) }).toEqual({ caller: c.name, found: false });
      expect({ phone: c.phone, found: json.includes(c.phone) }).toEqual({ phone: c.phone, found: false });
    }
    expect(json).not.toContain(ID_NUMBER);
    expect(json).not.toContain('83551234');
    expect(json).not.toContain('301室');
    // The cases are there, masked: the urged order, the dissatisfied and reworked one, the repeat caller's.
    const cases = sectionBlocks(doc, '典型案例');
    const caseHeadings = cases.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(caseHeadings.length).toBeGreaterThanOrEqual(3);
    expect(caseHeadings.length).toBeLessThanOrEqual(5);
    expect(caseHeadings[0]).toContain('本期被催办 2次');
    expect(caseHeadings.some((h) => h.includes('回访不满意') && h.includes('返工 1次'))).toBe(true);
    expect(caseHeadings.some((h) => h.includes('近 30 日来电 3次'))).toBe(true);
    const caseText = JSON.stringify(cases);
    expect(caseText).toContain('王**');
    expect(caseText).toContain('137****0001');
    expect(caseText).toContain('110*************14');
  });

  it('when charts are drawn, then every chart pairs each category with a value', () => {
    const charts = doc.blocks.filter((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const c of charts) {
      if (c.chart.type === 'pie') {
        expect(c.chart.slices.length).toBeGreaterThan(0);
        for (const s of c.chart.slices) expect(Number.isFinite(s.value)).toBe(true);
      } else {
        expect(c.chart.categories.length).toBeGreaterThan(0);
        for (const s of c.chart.series) {
          expect({ chart: c.title, values: s.values.length }).toEqual({ chart: c.title, values: c.chart.categories.length });
          for (const v of s.values) expect(Number.isFinite(v)).toBe(true);
        }
      }
    }
    const daily = charts.find((c) => c.title === '本期每日受理量')!;
    expect(daily.chart.type === 'line' && daily.chart.categories.length).toBe(30);
    const months = charts.find((c) => c.title === '近 12 个月受理量')!;
    expect(months.chart.type === 'bar' && months.chart.series[0].values.slice(-2)).toEqual([3, 9]);
  });

  it('when the suggestions speak, then they carry the repeat address and the repeat caller with their numbers', async () => {
    const hs = await api('/api/stats/hotspots?month=2026-11');
    const text = JSON.stringify(sectionBlocks(doc, '问题与建议'));
    expect(hs.places[0]).toMatchObject({ place: '黑窑厂街12号院', count: 6 });
    expect(text).toContain('黑窑厂街12号院本期诉求 6件');
    expect(text).toContain(`诉求人 ${hs.repeatCallers.length}人，最多者来电 3次`);
  });
});

describe('the report as a unit asks for it', () => {
  it('when 城市管理办 builds it, then the figures and the cases are its own orders only', async () => {
    const unitActor = await t.app.get(SessionResolver).resolve(desk.tokens['unit.cgb']);
    const doc = await builder.build({ ...context({ month: '2026-11' }), actor: unitActor });
    const own = (await t.http.get('/api/stats/overview?month=2026-11').set(desk.as('unit.cgb'))).body;
    expect(own.total).toBe(6);
    const row = tableOf(sectionBlocks(doc, '总体情况'), '本期受理量').rows[0];
    expect(row.slice(0, 1)).toEqual([own.total]);
    const cases = JSON.stringify(sectionBlocks(doc, '典型案例'));
    expect(cases).toContain('黑窑厂街12号院');
    expect(cases).not.toContain('陶然亭路5号');
  });
});

describe('a month without orders', () => {
  it('when built, then the nine sections are there and say there is nothing, with consistent charts', async () => {
    const doc = await builder.build(context({ month: '2025-03' }));
    expect(headings(doc)).toEqual(NINE);
    const json = JSON.stringify(doc);
    expect(json).toContain('本期无受理的12345市民热线诉求（受理量 0件）');
    expect(json).toContain('本期无典型案例');
    expect(json).toContain('本期无突出问题');
    for (const b of doc.blocks) {
      if (b.kind === 'chart' && b.chart.type !== 'pie') for (const s of b.chart.series) expect(s.values.length).toBe(b.chart.categories.length);
    }
  });
});
