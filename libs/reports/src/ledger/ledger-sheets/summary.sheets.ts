import type { LedgerSheet } from '../ledger-sheet.js';
import type { DimensionRates, DimensionVolumes, LedgerStats, Rates } from '../ledger-figures.js';
import type { CellValue } from '../safe-cell.js';
import type { LedgerColumn } from '../workbook-style.js';

/**
 * 分类汇总, 社区汇总, 承办单位汇总: volumes and the three rates per category, community and unit, laid out from
 * libs/stats exactly as returned (volumes by received day; rates by callback day, credited as the statistics credit
 * them). The 合计 row is the statistics' own total, not a sum taken here.
 */
export const CATEGORY_SHEET = '分类汇总';
export const COMMUNITY_SHEET = '社区汇总';
export const UNIT_SHEET = '承办单位汇总';

type RateFigures = Rates['overall'];
type VolumeItem = DimensionVolumes['items'][number];

const RATE_COLUMNS: LedgerColumn[] = [
  { header: '有效回访', width: 9, format: 'integer' },
  { header: '响应率', width: 9, format: 'percent' },
  { header: '解决率', width: 9, format: 'percent' },
  { header: '满意率', width: 9, format: 'percent' },
  { header: '综合成绩', width: 9, format: 'decimal1' },
];
const VOLUME_COLUMNS: LedgerColumn[] = [
  { header: '工单量', width: 9, format: 'integer' },
  { header: '占比', width: 9, format: 'percent' },
  { header: '上期工单量', width: 10, format: 'integer' },
  { header: '环比', width: 9, format: 'percent' },
];

export const CATEGORY_COLUMNS: LedgerColumn[] = [
  { header: '序号', width: 7, format: 'integer' },
  { header: '一级分类', width: 14 },
  { header: '二级分类', width: 16 },
  { header: '三级分类', width: 18 },
  ...VOLUME_COLUMNS,
  ...RATE_COLUMNS,
];
export const dimensionColumns = (what: string): LedgerColumn[] => [
  { header: '序号', width: 7, format: 'integer' },
  { header: what, width: 20 },
  ...VOLUME_COLUMNS,
  ...RATE_COLUMNS,
];

const rateCells = (r: RateFigures | undefined): CellValue[] =>
  r ? [r.responseBase, r.responseRate, r.resolutionRate, r.satisfactionRate, r.composite] : [null, null, null, null, null];
const volumeCells = (v: VolumeItem): CellValue[] => [v.count, v.share, v.change.previous, v.change.ratio];

export function writeCategorySummary(sheet: LedgerSheet, stats: LedgerStats): void {
  const { volumes, rates } = stats.categories;
  volumes.items.forEach((item, i) => {
    const [l1 = '', l2 = '', l3 = ''] = item.key.split('/');
    sheet.row([i + 1, l1, l2, l3, ...volumeCells(item), ...rateCells(rates.get(item.key))]);
  });
  if (volumes.unassigned > 0) sheet.row([volumes.items.length + 1, '（未分类）', '', '', volumes.unassigned, null, null, null, null, null, null, null, null]);
  sheet.totals(['合计', '', '', '', volumes.grandTotal, null, null, null, ...rateCells(stats.overview.rates)]);
}

/** The row of orders without a community, or not (yet) dispatched to a unit, so the sheet adds up to the period. */
export const UNASSIGNED_LABELS = { community: '（未关联社区）', unit: '（未派至承办单位）' } as const;

/** Communities or units: the volume list's order, then any that had callbacks in the period but no new orders. */
export function writeDimensionSummary(sheet: LedgerSheet, figures: { volumes: DimensionVolumes; rates: DimensionRates }, unassignedLabel: string): void {
  const rates = new Map(figures.rates.items.map((r) => [r.key, r]));
  const listed = new Set<string>();
  let serial = 0;
  for (const item of figures.volumes.items) {
    listed.add(item.key);
    sheet.row([++serial, item.label, ...volumeCells(item), ...rateCells(rates.get(item.key))]);
  }
  for (const r of figures.rates.items) {
    if (listed.has(r.key)) continue;
    sheet.row([++serial, r.label, r.volume, null, null, null, ...rateCells(r)]);
  }
  if (figures.volumes.unassigned > 0) sheet.row([++serial, unassignedLabel, figures.volumes.unassigned, null, null, null, null, null, null, null, null]);
  sheet.totals(['合计', '', figures.volumes.grandTotal, null, null, null, ...rateCells(figures.rates.overall)]);
}
