import type { Block } from '../../../domain/report-document.js';
import type { RankingFigures } from '../analysis-figures.js';
import { listText, rankChangeText, scoreText } from '../phrasing.js';
import { paragraph, seriesChart, subheading, table, type AnalysisSection } from './blocks.js';

/** 六、三率与排名: units and communities ranked by composite score, then volume, with the change in rank. */
export const rankingsSection: AnalysisSection = {
  title: '三率与排名',
  build({ unitRanking, communityRanking }) {
    return [
      paragraph('排名按综合成绩由高到低，成绩相同时受理量多者在前；无有效回访的不参与排名，列于表末。名次变化与上一考核周期相比。'),
      subheading('（一）承办单位排名'),
      ...rankingBlocks(unitRanking, '承办单位'),
      subheading('（二）社区排名'),
      ...rankingBlocks(communityRanking, '社区'),
    ];
  },
};

function rankingBlocks(ranking: RankingFigures, who: string): Block[] {
  const items = ranking.items;
  if (items.length === 0) return [paragraph(`本期无可排名的${who}（无受理诉求和回访数据）。`)];
  const ranked = items.filter((i) => i.rank !== null);
  const sentences: string[] = [];
  if (ranked.length > 0) {
    const first = ranked[0];
    const last = ranked[ranked.length - 1];
    sentences.push(`综合成绩第一的${who}是${first.label}（${scoreText(first.composite)}）`);
    if (ranked.length > 1) sentences.push(`末位是${last.label}（${scoreText(last.composite)}）`);
    const climbed = ranked.filter((i) => (i.rankChange ?? 0) > 0).sort((a, b) => b.rankChange! - a.rankChange!);
    const fell = ranked.filter((i) => (i.rankChange ?? 0) < 0).sort((a, b) => a.rankChange! - b.rankChange!);
    if (climbed.length) sentences.push(`名次上升的有${listText(climbed.slice(0, 3).map((i) => `${i.label}（${rankChangeText(i.rankChange, i.previousRank)}）`))}`);
    if (fell.length) sentences.push(`名次下降的有${listText(fell.slice(0, 3).map((i) => `${i.label}（${rankChangeText(i.rankChange, i.previousRank)}）`))}`);
  } else {
    sentences.push(`本期各${who}均无有效回访，暂不排名`);
  }
  return [
    paragraph(`${sentences.join('；')}。`),
    table(
      `${who}三率与排名`,
      [
        { title: '名次', format: 'integer', width: 0.6 },
        { title: who, format: 'text', width: 2 },
        { title: '受理量（件）', format: 'integer' },
        { title: '响应率', format: 'percent' },
        { title: '解决率', format: 'percent' },
        { title: '满意率', format: 'percent' },
        { title: '综合成绩', format: 'decimal1' },
        { title: '上期名次', format: 'integer' },
        { title: '名次变化', format: 'text', width: 1.4 },
      ],
      items.map((i) => [i.rank, i.label, i.volume, i.responseRate, i.resolutionRate, i.satisfactionRate, i.composite, i.previousRank, i.rank === null ? '本期未参与排名' : rankChangeText(i.rankChange, i.previousRank)]),
    ),
    ...(ranked.length
      ? [seriesChart('hbar', `${who}综合成绩`, '综合成绩（分）', ranked.map((i) => ({ label: i.label, value: i.composite! })))]
      : []),
  ];
}
