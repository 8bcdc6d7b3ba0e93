import type { Block } from '../../../domain/report-document.js';
import type { DimensionVolumes } from '../analysis-figures.js';
import { changeText, countText, listText, percentText } from '../phrasing.js';
import { chart, paragraph, seriesChart, subheading, table, top, type AnalysisSection } from './blocks.js';

const TOP_CATEGORIES = 10;

/** 三、诉求类型与分类: the types as a pie, the top level-1 and level-2 categories as tables and bars. */
export const categoriesSection: AnalysisSection = {
  title: '诉求类型与分类',
  build({ byType, cat1, cat2 }) {
    const blocks: Block[] = [subheading('（一）诉求类型')];
    if (byType.items.length === 0) {
      blocks.push(paragraph('本期无受理诉求，无类型分布。'));
    } else {
      blocks.push(
        paragraph(`按诉求类型分，${listText(byType.items.map((i) => `${i.label} ${countText(i.count)}（占 ${percentText(i.share)}）`))}。`),
        chart('诉求类型分布', { type: 'pie', slices: byType.items.map((i) => ({ name: i.label, value: i.count })) }),
      );
    }
    blocks.push(subheading('（二）一级分类'), ...categoryBlocks(cat1, '一级分类'));
    blocks.push(subheading('（三）二级分类'), ...categoryBlocks(cat2, '二级分类'));
    return blocks;
  },
};

function categoryBlocks(v: DimensionVolumes, level: string): Block[] {
  if (v.items.length === 0) return [paragraph(`本期无${level}数据（无受理诉求）。`)];
  const shown = top(v.items, TOP_CATEGORIES);
  const lead = top(v.items, 3)
    .map((i) => `${i.label} ${countText(i.count)}（占 ${percentText(i.share)}，${changeText('环比', i.change)}）`);
  const blocks: Block[] = [
    paragraph(`本期诉求涉及${level} ${v.items.length} 个，居前的是${listText(lead)}。`),
    table(
      `${level}受理量（前 ${shown.length} 位）`,
      [
        { title: level, format: 'text', width: 3 },
        { title: '受理量（件）', format: 'integer' },
        { title: '占比', format: 'percent' },
        { title: '上期（件）', format: 'integer' },
        { title: '环比', format: 'percent' },
      ],
      shown.map((i) => [i.label, i.count, i.share, i.change.previous, i.change.ratio]),
    ),
  ];
  blocks.push(seriesChart('hbar', `${level}受理量（前 ${shown.length} 位）`, '受理量（件）', shown.map((i) => ({ label: i.label, value: i.count }))));
  return blocks;
}
