import { countText, listText, percentText, scoreText } from '../phrasing.js';
import { paragraph, seriesChart, table, top, type AnalysisSection } from './blocks.js';

/**
 * 五、社区情况: each community's volume (with share and change) beside its three rates. A community can have rates
 * without orders received in the period (callbacks of last month's orders), so the rows are the union of both answers.
 */
export const communitiesSection: AnalysisSection = {
  title: '社区情况',
  build({ byCommunity, communityRates, overview }) {
    const rates = new Map(communityRates.items.map((r) => [r.key, r]));
    const volumes = new Map(byCommunity.items.map((v) => [v.key, v]));
    const keys = [...byCommunity.items.map((v) => v.key), ...communityRates.items.map((r) => r.key).filter((k) => !volumes.has(k))];
    if (keys.length === 0) return [paragraph('本期各社区无受理诉求，亦无回访数据。')];
    const rows = keys.map((key) => {
      const v = volumes.get(key);
      const r = rates.get(key);
      return [v?.label ?? r?.label ?? key, v?.count ?? 0, v?.share ?? null, v?.change.ratio ?? null, r?.responseRate ?? null, r?.resolutionRate ?? null, r?.satisfactionRate ?? null, r?.composite ?? null];
    });
    const o = overview.rates;
    const lead = top(byCommunity.items, 3).map((v) => `${v.label} ${countText(v.count)}（占 ${percentText(v.share)}）`);
    const text = lead.length
      ? `本期诉求量居前的社区是${listText(lead)}。各社区三率与综合成绩见下表（合计行为全街道）。`
      : '本期各社区无受理诉求；下表为本期回访涉及社区的三率。';
    return [
      paragraph(text),
      table(
        '各社区受理量与三率',
        [
          { title: '社区', format: 'text', width: 2 },
          { title: '受理量（件）', format: 'integer' },
          { title: '占比', format: 'percent' },
          { title: '环比', format: 'percent' },
          { title: '响应率', format: 'percent' },
          { title: '解决率', format: 'percent' },
          { title: '满意率', format: 'percent' },
          { title: '综合成绩', format: 'decimal1' },
        ],
        rows,
        ['合计', overview.total, null, overview.change.monthOnMonth.ratio, o.responseRate, o.resolutionRate, o.satisfactionRate, o.composite],
      ),
      ...(byCommunity.items.length
        ? [seriesChart('hbar', '各社区受理量', '受理量（件）', byCommunity.items.map((v) => ({ label: v.label, value: v.count })))]
        : []),
      paragraph(`全街道本期综合成绩 ${scoreText(o.composite)}。`),
    ];
  },
};
