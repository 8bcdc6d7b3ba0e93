import { describe, expect, it } from '@jest/globals';
import type { Block } from '../../domain/report-document.js';
import { analysisDocument } from './analysis-document.js';
import type { AnalysisFigures } from './analysis-figures.js';

/** Figures shaped as `libs/stats` answers them, hand-made: an empty month, and one with a little of everything. */
const header = {
  period: { key: '2026-11', label: '2026年11月', mode: 'calendar' as const, from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' },
  filters: {},
  scoring: {
    effectiveFrom: '2000-01-01',
    weights: { response: 0.1, resolution: 0.5, satisfaction: 0.4 },
    basicallySatisfiedWeight: 0.9,
    periodMode: 'calendar' as const,
    description: '响应率×0.1 + 解决率×0.5 + 满意率×0.4（基本满意按 0.9 计）',
  },
};
const noRates = { responseBase: 0, contacted: 0, fullBase: 0, solved: 0, satisfied: 0, basicallySatisfied: 0, responseRate: null, resolutionRate: null, satisfactionRate: null, composite: null };
const noChange = { previous: 0, delta: 0, ratio: null };
const days = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
const months = Array.from({ length: 12 }, (_, i) => `${i < 1 ? '2025-12' : `2026-${String(i).padStart(2, '0')}`}`);

function emptyFigures(): AnalysisFigures {
  const none = { ...header, total: 0, items: [] };
  return {
    streetName: '陶然亭街道',
    overview: { ...header, total: 0, change: { monthOnMonth: noChange, yearOnYear: noChange }, openNow: 0, overdueNow: 0, overdueByClock: {}, rates: { ...noRates, change: { monthOnMonth: { previous: null, delta: null, ratio: null } } } },
    byDay: { ...header, by: 'day', items: days.map((d) => ({ key: d, label: d, count: 0 })) },
    months: months.map((month) => ({ month, total: 0, composite: null })),
    byType: { ...none, by: 'type' },
    cat1: { ...none, by: 'cat1' },
    cat2: { ...none, by: 'cat2' },
    byCommunity: { ...none, by: 'community' },
    communityRates: { ...header, by: 'community', overall: noRates, items: [] },
    unitRanking: { ...header, of: 'unit', items: [] },
    communityRanking: { ...header, of: 'community', items: [] },
    timeliness: {
      ...header, received: 0, unitReturns: 0, unitReturnRate: null, returnRequests: 0, returnRequestRate: null, firstReviews: 0, firstPassRate: null,
      reworks: 0, reworkRate: null, urges: 0, duplicates: 0, duplicateShare: null,
      clocks: ['sign', 'contact', 'reply', 'review'].map((clock) => ({ clock, label: clock, done: 0, late: 0, onTime: 0, onTimeRate: null, averageMinutes: null, p90Minutes: null })),
    },
    hotspots: { ...header, places: [], categories: [], monthlyTopics: [], repeatCallers: [], keywords: [] },
    rises: { ...header, week: { from: '2026-11-24', to: '2026-11-30' }, items: [] },
    cases: [],
  } as unknown as AnalysisFigures;
}

function busyFigures(): AnalysisFigures {
  const f = emptyFigures() as unknown as Record<string, any>;
  const rates = { ...noRates, responseBase: 18, contacted: 17, fullBase: 17, solved: 14, responseRate: 17 / 18, resolutionRate: 14 / 17, satisfactionRate: 13.7 / 17, composite: 82.9 };
  f.overview = { ...f.overview, total: 29, change: { monthOnMonth: { previous: 20, delta: 9, ratio: 0.45 }, yearOnYear: { previous: 0, delta: 29, ratio: null } }, openNow: 8, overdueNow: 5, overdueByClock: { sign: 3, contact: 2 }, rates: { ...rates, change: { monthOnMonth: { previous: 80.1, delta: 2.8000000000000114, ratio: 0.035 } } } };
  f.byDay.items[6].count = 29;
  f.months[11].total = 29;
  f.byType = { ...f.byType, total: 29, items: [{ key: 'complaint', label: '投诉', count: 20, share: 20 / 29, change: noChange }, { key: 'help', label: '求助', count: 9, share: 9 / 29, change: noChange }] };
  f.cat2 = { ...f.cat2, total: 29, items: [{ key: '城乡建设/物业管理', label: '城乡建设 › 物业管理', count: 29, share: 1, change: { previous: 10, delta: 19, ratio: 1.9 } }] };
  f.unitRanking.items = [
    { key: 'u1', name: '民生保障办', label: '民生保障办', rank: 1, previousRank: null, rankChange: null, score: 81.2, volume: 6, ...rates, composite: 81.2 },
    { key: 'u2', name: '城市管理办', label: '城市管理办', rank: 2, previousRank: 1, rankChange: -1, score: 75.4, volume: 13, ...rates, composite: 75.4 },
  ];
  f.hotspots.places = [{ place: '黑窑厂街12号院', count: 10, callers: 4 }];
  f.hotspots.monthlyTopics = [{ key: 'a/b/c', label: '城乡建设 › 物业管理 › 物业服务', volume: 10, ...rates, weight: 3 }];
  f.hotspots.repeatCallers = [{ phone: '136****9999', count: 3, lastReceivedAt: '2026-11-07T01:00:00Z', latestOrderId: 'x' }];
  f.rises.items = [{ key: 'a/b/c', label: '城乡建设 › 物业管理 › 物业服务', current: 9, baselineMean: 2, baselineSd: 0, z: 7 }];
  f.timeliness.clocks[1] = { clock: 'contact', label: '联系诉求人时限', done: 16, late: 1, onTime: 15, onTimeRate: 15 / 16, averageMinutes: 113, p90Minutes: 1800 };
  return f as unknown as AnalysisFigures;
}

const NINE = ['一、总体情况', '二、诉求量走势', '三、诉求类型与分类', '四、热点地址与关键词', '五、社区情况', '六、三率与排名', '七、办理时效', '八、典型案例', '九、问题与建议'];
const textOf = (blocks: Block[]) => JSON.stringify(blocks);
function section(blocks: Block[], title: string): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text.endsWith(title));
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return blocks.slice(start + 1, end === -1 ? undefined : end);
}
function chartsAreConsistent(blocks: Block[]) {
  for (const b of blocks) {
    if (b.kind !== 'chart' || b.chart.type === 'pie') continue;
    for (const s of b.chart.series) expect({ chart: b.title, n: s.values.length }).toEqual({ chart: b.title, n: b.chart.categories.length });
  }
}

describe('the analysis document from the statistics', () => {
  it('when the month is empty, then every section still says something sensible and no chart is lopsided', () => {
    const doc = analysisDocument(emptyFigures(), new Date('2026-12-01T01:00:00Z'));
    expect(doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b as { text: string }).text)).toEqual(NINE);
    expect(doc.title).toBe('陶然亭街道 2026年11月 12345市民热线民意分析报告');
    expect(doc.meta).toContainEqual({ label: '统计周期', value: '2026年11月1日至2026年11月30日' });
    expect(doc.meta).toContainEqual({ label: '生成时间', value: '2026年12月1日 09:00' });
    for (const title of NINE.map((h) => h.slice(2))) {
      const body = section(doc.blocks, title);
      expect({ title, empty: body.length === 0 }).toEqual({ title, empty: false });
      expect({ title, saysNothing: /无/.test(textOf(body)) }).toEqual({ title, saysNothing: true });
    }
    expect(textOf(section(doc.blocks, '总体情况'))).toContain('本期无受理的12345市民热线诉求（受理量 0件）');
    expect(textOf(section(doc.blocks, '问题与建议'))).toContain('本期无突出问题');
    chartsAreConsistent(doc.blocks);
  });

  it('when the month has orders, then the sentences carry the API\'s numbers in the house wording', () => {
    const doc = analysisDocument(busyFigures(), new Date('2026-12-01T01:00:00Z'));
    const overview = textOf(section(doc.blocks, '总体情况'));
    expect(overview).toContain('共受理12345市民热线诉求 29件，环比上升 45.0%，同比增加 29件（去年同期为 0件）');
    expect(overview).toContain('在办工单 8件，其中超期 5件（签收时限超期 3件和联系诉求人时限超期 2件');
    expect(overview).toContain('综合成绩 82.9分（环比上升 2.8 分），响应率 94.4%、解决率 82.4%、满意率 80.6%');
    expect(overview).toContain('系统默认计分设置');
    expect(textOf(section(doc.blocks, '诉求量走势'))).toContain('11月7日（29件）');
    expect(textOf(section(doc.blocks, '诉求类型与分类'))).toContain('城乡建设 › 物业管理 29件（占 100.0%，环比上升 190.0%）');
    const ranking = section(doc.blocks, '三率与排名');
    expect(textOf(ranking)).toContain('综合成绩第一的承办单位是民生保障办（81.2分）；末位是城市管理办（75.4分）；名次下降的有城市管理办（下降 1 位）');
    const unitTable = ranking.find((b) => b.kind === 'table' && b.caption === '承办单位三率与排名') as Extract<Block, { kind: 'table' }>;
    expect(unitTable.rows.map((r) => r[r.length - 1])).toEqual(['上期未参与排名', '下降 1 位']);
    expect(textOf(section(doc.blocks, '办理时效'))).toContain('联系诉求人时限：完成 16件，超时 1件，按时率 93.8%，平均用时 1小时53分钟，90% 在 1天6小时内完成。');
    const advice = textOf(section(doc.blocks, '问题与建议'));
    expect(advice).toContain('“城乡建设 › 物业管理 › 物业服务”近一周（11月24日—11月30日）受理 9件，前 8 周周均 2 件（标准差 0），z 值 7.00');
    expect(advice).toContain('黑窑厂街12号院本期诉求 10件，涉及来电 4人');
    expect(advice).toContain('满意率 80.6%，不满意当量 3 件');
    expect(advice).toContain('诉求人 1人，最多者来电 3次');
    expect(advice).toContain('在办 8件中超期 5件');
    chartsAreConsistent(doc.blocks);
  });
});
