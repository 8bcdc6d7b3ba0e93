import type { LedgerSheet } from '../ledger-sheet.js';
import type { HungOrder } from '../ledger-hung.source.js';
import { categoryLabel, statusLabel } from '../ledger-labels.js';
import { nameIn, type LedgerRefs } from '../ledger-refs.js';
import { maskFreeText } from '@app/access';
import type { LedgerColumn } from '../workbook-style.js';

export const HUNG_SHEET = '挂账';

export const HUNG_COLUMNS: LedgerColumn[] = [
  { header: '序号', width: 7, format: 'integer' },
  { header: '工单编号', width: 20 },
  { header: '受理时间', width: 16, format: 'datetime' },
  { header: '问题分类', width: 28, format: 'wrap' },
  { header: '所属社区', width: 12 },
  { header: '主办单位', width: 14 },
  { header: '责任单位', width: 14 },
  { header: '挂账时间', width: 16, format: 'datetime' },
  { header: '整改计划', width: 36, format: 'wrap' },
  { header: '下次进展报告日', width: 16, format: 'datetime' },
  { header: '进展报告', width: 10 },
  { header: '最近进展说明', width: 30, format: 'wrap' },
  { header: '当前状态', width: 10 },
];

/**
 * 挂账 at the end of the period (DESIGN §3: a plan and a next progress date on an order in 办理中). 进展报告 says
 * whether the next progress date had passed by then — the same date the desk's 挂账 reminder fires on.
 */
export function writeHung(sheet: LedgerSheet, hung: readonly HungOrder[], opts: { refs: LedgerRefs; masked: boolean; asOf: Date }): void {
  const text = (t: string | null) => (opts.masked ? maskFreeText(t) : (t ?? ''));
  hung.forEach((h, i) =>
    sheet.row([
      i + 1,
      h.number,
      h.receivedAt,
      categoryLabel(h.categoryPath),
      nameIn(opts.refs.communities, h.communityId),
      nameIn(opts.refs.units, h.unitId),
      nameIn(opts.refs.units, h.responsibleUnitId),
      h.since,
      text(h.plan),
      h.nextProgressAt,
      h.nextProgressAt === null ? '' : h.nextProgressAt < opts.asOf ? '已逾期' : '未到期',
      text(h.note),
      statusLabel(h.status),
    ]),
  );
  sheet.totals(['合计', `${hung.length} 件`]);
}
