import type { LedgerSheet } from '../ledger-sheet.js';
import type { LedgerStats, Rankings } from '../ledger-figures.js';
import { rankChangeLabel } from '../ledger-labels.js';
import type { ColumnFormat, LedgerColumn } from '../workbook-style.js';

export const RATES_SHEET = '三率与排名';

export const RATES_COLUMNS: LedgerColumn[] = [
  { header: '', width: 24 },
  { header: '', width: 20 },
  { header: '', width: 11 },
  { header: '', width: 11 },
  { header: '', width: 11 },
  { header: '', width: 11 },
  { header: '', width: 11 },
  { header: '', width: 11 },
  { header: '', width: 11 },
  { header: '', width: 11 },
];

const RANK_HEADER = ['排名', '名称', '综合成绩', '响应率', '解决率', '满意率', '有效回访', '工单量', '上期排名', '名次变化'];
const RANK_FORMATS: ColumnFormat[] = ['integer', 'text', 'decimal1', 'percent', 'percent', 'percent', 'integer', 'integer', 'integer', 'text'];

/**
 * 三率与排名: the period's 响应率 / 解决率 / 满意率 / 综合成绩 with the counts under them and the weights they were
 * scored with, the unit and community rankings with their movement, and the timeliness figures — all from libs/stats.
 */
export function writeRatesAndRankings(sheet: LedgerSheet, stats: LedgerStats): void {
  const r = stats.overview.rates;
  const scoring = stats.overview.scoring;
  const { weights } = scoring;
  sheet.section('一、本期三率及综合成绩');
  sheet.header(['指标', '数值', '说明']);
  const line = (label: string, value: number | null, format: ColumnFormat, note = '') => sheet.row([label, value, note], ['text', format, 'text']);
  line('有效回访（响应率口径）', r.responseBase, 'integer', '三率全考核及只评价响应率的有效回访');
  line('其中：已联系', r.contacted, 'integer');
  line('有效回访（解决率、满意率口径）', r.fullBase, 'integer', '三率全考核的有效回访');
  line('其中：已解决', r.solved, 'integer');
  line('其中：满意', r.satisfied, 'integer');
  line('其中：基本满意', r.basicallySatisfied, 'integer');
  line('响应率', r.responseRate, 'percent', '已联系 ÷ 有效回访');
  line('解决率', r.resolutionRate, 'percent', '已解决 ÷ 有效回访');
  line('满意率', r.satisfactionRate, 'percent', `（满意 + ${scoring.basicallySatisfiedWeight} × 基本满意）÷ 有效回访`);
  line('综合成绩', r.composite, 'decimal1', scoring.description);
  line('上期综合成绩', r.change.monthOnMonth.previous, 'decimal1');
  line('环比变化（分）', r.change.monthOnMonth.delta, 'decimal1');
  sheet.section('二、计分权重');
  sheet.header(['项目', '权重', '说明']);
  line('响应率权重', weights.response, 'number');
  line('解决率权重', weights.resolution, 'number');
  line('满意率权重', weights.satisfaction, 'number');
  line('基本满意折算系数', scoring.basicallySatisfiedWeight, 'number');
  sheet.note(`计分口径自 ${scoring.effectiveFrom} 起施行：${scoring.description}`);

  rankingBlock(sheet, '三、承办单位排名', stats.rankings.units);
  rankingBlock(sheet, '四、社区排名', stats.rankings.communities);

  const t = stats.timeliness;
  sheet.section('五、办理时效');
  sheet.header(['时限', '完成件数', '超时件数', '按时率', '平均用时（分钟）', 'P90 用时（分钟）']);
  for (const c of t.clocks) {
    sheet.row([c.label, c.done, c.late, c.onTimeRate, c.averageMinutes, c.p90Minutes], ['text', 'integer', 'integer', 'percent', 'integer', 'integer']);
  }
  sheet.header(['项目', '件数', '比率', '说明']);
  const share = (label: string, n: number, rate: number | null, note: string) => sheet.row([label, n, rate, note], ['text', 'integer', 'percent', 'text']);
  share('退回街道', t.unitReturns, t.unitReturnRate, '占本期受理');
  share('申请退单', t.returnRequests, t.returnRequestRate, '占本期受理');
  share('初审', t.firstReviews, t.firstPassRate, '比率为一次通过率');
  share('返工', t.reworks, t.reworkRate, '占初审件数');
  share('重复件', t.duplicates, t.duplicateShare, '占本期受理');
  share('催办', t.urges, null, '次数');
}

function rankingBlock(sheet: LedgerSheet, title: string, ranking: Rankings): void {
  sheet.section(title);
  sheet.header(RANK_HEADER);
  for (const e of ranking.items) {
    sheet.row(
      [e.rank, e.label, e.composite, e.responseRate, e.resolutionRate, e.satisfactionRate, e.responseBase, e.volume, e.previousRank, rankChangeLabel(e.rank, e.previousRank, e.rankChange)],
      RANK_FORMATS,
    );
  }
  if (ranking.items.length === 0) sheet.note('本期无有效回访，暂无排名。');
}
