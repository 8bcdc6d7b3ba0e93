import { ALARM_SUBJECT_LABELS } from '@app/orders';
import { DEFAULT_RATE_CONFIG, PERIOD_MODE_LABELS } from '@app/stats';
import { changeText, countText, listText, percentText, scoreChangeText, scoreText } from '../phrasing.js';
import { paragraph, table, type AnalysisSection } from './blocks.js';

/** 一、总体情况: volume and its changes, open and overdue now, the three rates and the score with the weights used. */
export const overviewSection: AnalysisSection = {
  title: '总体情况',
  build({ overview: o, streetName }) {
    const received =
      o.total > 0
        ? `${o.period.label}，${streetName}共受理12345市民热线诉求 ${countText(o.total)}，${changeText('环比', o.change.monthOnMonth)}，${changeText('同比', o.change.yearOnYear)}。`
        : `${o.period.label}，${streetName}本期无受理的12345市民热线诉求（受理量 ${countText(0)}）。`;
    const overdueClocks = Object.entries(o.overdueByClock)
      .filter(([, n]) => n > 0)
      .map(([clock, n]) => `${ALARM_SUBJECT_LABELS[clock] ?? clock}超期 ${countText(n)}`);
    const now =
      o.openNow > 0
        ? `截至报告生成时，在办工单 ${countText(o.openNow)}，其中超期 ${countText(o.overdueNow)}${overdueClocks.length ? `（${listText(overdueClocks)}；一件工单可能同时超过多个时限）` : ''}。`
        : '截至报告生成时，无在办工单。';
    const r = o.rates;
    const rates =
      r.composite !== null
        ? `本期综合成绩 ${scoreText(r.composite)}（${scoreChangeText(r.change.monthOnMonth)}），响应率 ${percentText(r.responseRate)}、解决率 ${percentText(r.resolutionRate)}、满意率 ${percentText(r.satisfactionRate)}（有效回访 ${countText(r.responseBase)}，其中参与解决率、满意率考核 ${countText(r.fullBase)}）。`
        : `本期无有效回访，综合成绩暂无；响应率 ${percentText(r.responseRate)}、解决率 ${percentText(r.resolutionRate)}、满意率 ${percentText(r.satisfactionRate)}。`;
    const s = o.scoring;
    const since = s.effectiveFrom === DEFAULT_RATE_CONFIG.effectiveFrom ? '系统默认计分设置' : `自 ${s.effectiveFrom} 起执行的计分设置`;
    const scoring = `计分依据：${s.description}，考核周期为${PERIOD_MODE_LABELS[s.periodMode]}（${since}）。`;
    return [
      paragraph(received),
      paragraph(now),
      paragraph(rates),
      paragraph(scoring),
      table(
        '本期受理量、三率与综合成绩',
        [
          { title: '受理量（件）', format: 'integer' },
          { title: '在办（件）', format: 'integer' },
          { title: '超期（件）', format: 'integer' },
          { title: '响应率', format: 'percent' },
          { title: '解决率', format: 'percent' },
          { title: '满意率', format: 'percent' },
          { title: '综合成绩', format: 'decimal1' },
        ],
        [[o.total, o.openNow, o.overdueNow, r.responseRate, r.resolutionRate, r.satisfactionRate, r.composite]],
      ),
    ];
  },
};
