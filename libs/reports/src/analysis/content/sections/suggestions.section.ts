import type { Block } from '../../../domain/report-document.js';
import { chineseOrdinal, countText, dayText, listText, percentText, scoreText, zText } from '../phrasing.js';
import { bullets, paragraph, subheading, top, type AnalysisSection } from './blocks.js';

/** A place counts as a repeat address when more than one order of the period came from it. */
const REPEAT_PLACE_MIN = 2;

/**
 * 九、问题与建议: what the statistics flagged — sudden rises with their z-score, repeat addresses, 每月一题
 * candidates, repeat callers, overdue orders, the lowest-ranked unit — each sentence with its numbers.
 */
export const suggestionsSection: AnalysisSection = {
  title: '问题与建议',
  build({ rises, hotspots, overview, unitRanking }) {
    const blocks: Block[] = [];
    const titles: string[] = [];
    const topic = (title: string, items: string[], advice: string) => {
      titles.push(title);
      blocks.push(subheading(`（${chineseOrdinal(titles.length)}）${title}`), bullets(items), paragraph(advice));
    };
    const week = `${dayText(rises.week.from)}—${dayText(rises.week.to)}`;
    if (rises.items.length) {
      topic(
        '诉求突增',
        top(rises.items, 3).map(
          (r) => `“${r.label}”近一周（${week}）受理 ${countText(r.current)}，前 8 周周均 ${r.baselineMean} 件（标准差 ${r.baselineSd}），z 值 ${zText(r.z)}。`,
        ),
        '建议相关社区和承办单位尽快核实突增原因，属集中性问题的提前研判、主动治理，防止诉求继续上升。',
      );
    }
    const repeatPlaces = hotspots.places.filter((p) => p.count >= REPEAT_PLACE_MIN);
    if (repeatPlaces.length) {
      topic(
        '重复地址',
        top(repeatPlaces, 3).map((p) => `${p.place}本期诉求 ${countText(p.count)}，涉及来电 ${countText(p.callers, '人')}。`),
        '建议对上述院落开展现场走访和集中治理，由社区牵头、相关承办单位配合，从源头减少重复诉求。',
      );
    }
    // The API ranks candidates by expected dissatisfied callers (volume × (1 − 满意率)); at 0 nobody was dissatisfied.
    const topics = hotspots.monthlyTopics.filter((c) => c.weight > 0);
    if (topics.length) {
      topic(
        '“每月一题”候选',
        top(topics, 3).map(
          (c) => `“${c.label}”受理 ${countText(c.volume)}，解决率 ${percentText(c.resolutionRate)}，满意率 ${percentText(c.satisfactionRate)}，不满意当量 ${c.weight} 件。`,
        ),
        '上述问题诉求量较大、满意率偏低，建议列入“每月一题”候选，集中攻坚、跟踪问效。',
      );
    }
    if (hotspots.repeatCallers.length) {
      const most = hotspots.repeatCallers[0];
      topic(
        '重复来电',
        [`近 30 日内来电 3 次及以上的诉求人 ${countText(hotspots.repeatCallers.length, '人')}，最多者来电 ${countText(most.count, '次')}。`],
        '建议对重复来电诉求人逐一回访，了解未解决的原因，必要时由社区上门沟通。',
      );
    }
    if (overview.overdueNow > 0) {
      topic(
        '超期工单',
        [`截至报告生成时，在办 ${countText(overview.openNow)}中超期 ${countText(overview.overdueNow)}。`],
        '建议对超期工单逐件督办，明确办结时限。',
      );
    }
    const ranked = unitRanking.items.filter((u) => u.rank !== null);
    if (ranked.length > 1) {
      const last = ranked[ranked.length - 1];
      topic(
        '承办单位成绩',
        [`${last.label}综合成绩 ${scoreText(last.composite)}，居承办单位末位（解决率 ${percentText(last.resolutionRate)}，满意率 ${percentText(last.satisfactionRate)}）。`],
        '建议该单位对照未解决、不满意工单逐件复盘，提高首次办结质量。',
      );
    }
    if (blocks.length === 0) return [paragraph('本期无突出问题：数据未显示诉求突增、重复地址、重复来电或超期工单等需要特别关注的情况。')];
    return [paragraph(`本期需关注的问题 ${titles.length} 项：${listText(titles)}。`), ...blocks];
  },
};
