import { beijingDay } from '@app/stats';
import type { Block, ReportDocument } from '../../domain/report-document.js';
import type { AnalysisFigures } from './analysis-figures.js';
import { beijingDateTimeText, chineseOrdinal, dayText } from './phrasing.js';
import { ANALYSIS_SECTIONS } from './sections/index.js';

/** The document from the figures: title, meta lines, and the nine numbered sections. Pure. */
export function analysisDocument(f: AnalysisFigures, now: Date): ReportDocument {
  const p = f.overview.period;
  const lastDay = new Date(new Date(p.to).getTime() - 1);
  const blocks: Block[] = ANALYSIS_SECTIONS.flatMap((section, i) => [
    { kind: 'heading', level: 1, text: `${chineseOrdinal(i + 1)}、${section.title}` } as Block,
    ...section.build(f),
  ]);
  return {
    title: `${f.streetName} ${p.label} 12345市民热线民意分析报告`,
    meta: [
      { label: '统计周期', value: `${dayText(beijingDay(new Date(p.from)), true)}至${dayText(beijingDay(lastDay), true)}` },
      { label: '编制单位', value: `${f.streetName}12345热线工作台` },
      { label: '计分设置', value: f.overview.scoring.description },
      { label: '生成时间', value: beijingDateTimeText(now) },
    ],
    blocks,
  };
}

