import type { Block } from '../domain/report-document.js';
import { beijingStamp, chineseRange } from './fee-dates.js';
import type { FeeEvidence } from './fee-evidence.reader.js';

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);

/**
 * 三、服务完成情况: the data the service evaluation rests on (DESIGN §11) — coverage hours delivered against the
 * 7×24 demand, clocks met, and the three rates with the composite score — as the roster and statistics layers
 * answered them; nothing is computed here beyond adding up the months.
 */
export function evidenceBlocks(e: FeeEvidence, from: string, to: string, now: Date): Block[] {
  const sum = (key: 'demandHours' | 'coveredHours' | 'seatHoursRequired' | 'seatHoursDelivered') => e.coverage.reduce((s, m) => s + m[key], 0);
  const demand = sum('demandHours');
  const unfinished = beijingStamp(now).slice(0, 10) <= to;
  const r = e.overview.rates;
  const t = e.timeliness;
  return [
    { kind: 'heading', level: 2, text: '三、服务完成情况' },
    {
      kind: 'paragraph',
      text:
        `以下数据由本系统按${chineseRange(from, to)}（北京时间）统计${unfinished ? `，期间尚未结束，数据截至 ${beijingStamp(now)}` : ''}。` +
        `期间共受理工单 ${e.overview.total} 件。`,
    },
    { kind: 'heading', level: 3, text: '（一）7×24 小时值守覆盖' },
    {
      kind: 'table',
      caption: '值守覆盖（按签到签退统计，每小时座席与派单资质人数均达到需求方计为满足）',
      columns: [
        { title: '月份', format: 'text' },
        { title: '统计日期', format: 'text', width: 2.4 },
        { title: '应值守小时', format: 'integer' },
        { title: '满足小时', format: 'integer' },
        { title: '覆盖率', format: 'percent' },
        { title: '应配座席人时', format: 'integer' },
        { title: '实到座席人时', format: 'integer' },
      ],
      rows: e.coverage.map((m) => [m.month, chineseRange(m.from, m.to), m.demandHours, m.coveredHours, m.coverageRate, m.seatHoursRequired, m.seatHoursDelivered]),
      totals: ['合计', null, demand, sum('coveredHours'), demand === 0 ? null : sum('coveredHours') / demand, sum('seatHoursRequired'), sum('seatHoursDelivered')],
    },
    { kind: 'heading', level: 3, text: '（二）办理时限' },
    {
      kind: 'table',
      caption: '各环节时限完成情况（期间内到期或完成的环节）',
      columns: [
        { title: '时限', format: 'text', width: 1.6 },
        { title: '完成（件）', format: 'integer' },
        { title: '按时（件）', format: 'integer' },
        { title: '超时（件）', format: 'integer' },
        { title: '按时率', format: 'percent' },
        { title: '平均用时（分钟）', format: 'integer' },
      ],
      rows: t.clocks.map((c) => [c.label, c.done, c.onTime, c.late, c.onTimeRate, c.averageMinutes]),
    },
    {
      kind: 'bullets',
      items: [
        `承办单位退单 ${t.unitReturns} 件，退单率 ${percent(t.unitReturnRate)}；`,
        `回复初审 ${t.firstReviews} 件，一次通过率 ${percent(t.firstPassRate)}，返工率 ${percent(t.reworkRate)}；`,
        `催办 ${t.urges} 件，重复件占比 ${percent(t.duplicateShare)}。`,
      ],
    },
    { kind: 'heading', level: 3, text: '（三）三率与综合成绩' },
    {
      kind: 'table',
      caption: '三率与综合成绩',
      columns: [
        { title: '受理量（件）', format: 'integer' },
        { title: '响应率', format: 'percent' },
        { title: '解决率', format: 'percent' },
        { title: '满意率', format: 'percent' },
        { title: '综合成绩', format: 'decimal1' },
      ],
      rows: [[e.overview.total, r.responseRate, r.resolutionRate, r.satisfactionRate, r.composite]],
    },
    { kind: 'paragraph', text: `综合成绩计算方式：${e.overview.scoring.description}。` },
  ];
}
