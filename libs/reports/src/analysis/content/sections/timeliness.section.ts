import { countText, durationText, percentText } from '../phrasing.js';
import { bullets, paragraph, seriesChart, table, type AnalysisSection } from './blocks.js';

/** 七、办理时效: each clock's on-time rate and durations, returns, first-pass reviews, rework, urges, duplicates. */
export const timelinessSection: AnalysisSection = {
  title: '办理时效',
  build({ timeliness: t }) {
    const done = t.clocks.filter((c) => c.done > 0);
    const clocks = done.map(
      (c) => `${c.label}：完成 ${countText(c.done)}，超时 ${countText(c.late)}，按时率 ${percentText(c.onTimeRate)}，平均用时 ${durationText(c.averageMinutes)}，90% 在 ${durationText(c.p90Minutes)}内完成。`,
    );
    const handling =
      `本期受理 ${countText(t.received)}；承办单位退单 ${countText(t.unitReturns)}，退单率 ${percentText(t.unitReturnRate)}；` +
      `向平台申请退回 ${countText(t.returnRequests)}，占 ${percentText(t.returnRequestRate)}；` +
      `初审 ${countText(t.firstReviews)}，一次通过率 ${percentText(t.firstPassRate)}，退回返工 ${countText(t.reworks)}，返工率 ${percentText(t.reworkRate)}；` +
      `催办 ${countText(t.urges, '次')}；重复件 ${countText(t.duplicates)}，占受理量的 ${percentText(t.duplicateShare)}。`;
    return [
      ...(clocks.length ? [paragraph('各环节按时情况如下：'), bullets(clocks)] : [paragraph('本期无完成的办理环节，暂无按时率与用时数据。')]),
      table(
        '各时限按时率与用时',
        [
          { title: '时限', format: 'text', width: 2 },
          { title: '完成（件）', format: 'integer' },
          { title: '超时（件）', format: 'integer' },
          { title: '按时率', format: 'percent' },
          { title: '平均用时', format: 'text' },
          { title: 'P90 用时', format: 'text' },
        ],
        t.clocks.map((c) => [c.label, c.done, c.late, c.onTimeRate, durationText(c.averageMinutes), durationText(c.p90Minutes)]),
      ),
      ...(done.length
        ? [seriesChart('bar', '各时限按时率', '按时率', done.map((c) => ({ label: c.label, value: c.onTimeRate ?? 0 })), { percent: true })]
        : []),
      paragraph(handling),
    ];
  },
};
