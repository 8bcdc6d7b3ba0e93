import { maskName, maskPhone } from '@app/access';
import type { LedgerSheet } from '../ledger-sheet.js';
import { clockVerdict, LEDGER_CLOCKS } from '../ledger-clocks.js';
import { assessmentLabel, categoryLabel, channelLabel, replyResultLabel, satisfactionLabel, statusLabel, summary, typeLabel, urgencyLabel, yesNo } from '../ledger-labels.js';
import type { LedgerOrder } from '../ledger-order.js';
import { nameIn, type LedgerRefs } from '../ledger-refs.js';
import { maskFreeText } from '@app/access';
import type { CellValue } from '../safe-cell.js';
import type { LedgerColumn } from '../workbook-style.js';

export const DETAIL_SHEET = '工单明细';

const CLOCK_HEADERS: Record<(typeof LEDGER_CLOCKS)[number], string> = { sign: '签收时限', contact: '联系时限', unitReply: '回复时限', review: '初审时限' };

export const DETAIL_COLUMNS: LedgerColumn[] = [
  { header: '序号', width: 7, format: 'integer' },
  { header: '工单编号', width: 20 },
  { header: '来源渠道', width: 9 },
  { header: '诉求类型', width: 8 },
  { header: '紧急程度', width: 8 },
  { header: '受理时间', width: 16, format: 'datetime' },
  { header: '签收时间', width: 16, format: 'datetime' },
  { header: '派单时间', width: 16, format: 'datetime' },
  { header: '联系时间', width: 16, format: 'datetime' },
  { header: '回复时间', width: 16, format: 'datetime' },
  { header: '初审通过时间', width: 16, format: 'datetime' },
  { header: '办结时间', width: 16, format: 'datetime' },
  { header: '问题分类', width: 30, format: 'wrap' },
  { header: '所属社区', width: 12 },
  { header: '主办单位', width: 14 },
  { header: '协办单位', width: 16, format: 'wrap' },
  { header: '诉求人', width: 8 },
  { header: '联系电话', width: 14 },
  { header: '诉求地址', width: 24, format: 'wrap' },
  { header: '诉求摘要', width: 40, format: 'wrap' },
  { header: '回复摘要', width: 40, format: 'wrap' },
  { header: '办理结果', width: 12 },
  { header: '回访联系', width: 8 },
  { header: '回访解决', width: 8 },
  { header: '满意度', width: 9 },
  { header: '有效回访', width: 8 },
  ...LEDGER_CLOCKS.map((c): LedgerColumn => ({ header: CLOCK_HEADERS[c], width: 10 })),
  { header: '考核方式', width: 12 },
  { header: '状态', width: 10 },
];

/** Characters of 诉求摘要 and 回复摘要. */
const SUMMARY_CHARS = 60;

/**
 * One order as a row of 工单明细. With `masked`, the citizen's name and phone are masked as the order pages mask
 * them, and numbers or the name written into the content and reply are masked too.
 */
export function detailCells(o: LedgerOrder, serial: number, refs: LedgerRefs, masked: boolean, now: Date): CellValue[] {
  const known = { names: [o.citizenName], phones: [o.citizenPhone] };
  // Masked before it is cut: a number cut in half would no longer look like one.
  const text = (t: string | null) => summary(masked ? maskFreeText(t, known) : t, SUMMARY_CHARS);
  const cb = o.callback;
  return [
    serial,
    o.number,
    channelLabel(o.channel),
    typeLabel(o.type),
    urgencyLabel(o.urgency),
    o.receivedAt,
    o.signedAt,
    o.dispatchedAt,
    o.contactedAt,
    o.repliedAt,
    o.approvedAt,
    o.closedAt,
    categoryLabel(o.categoryPath),
    nameIn(refs.communities, o.communityId),
    nameIn(refs.units, o.unitId),
    o.coUnitIds.map((id) => nameIn(refs.units, id)).join('、'),
    (masked ? maskName(o.citizenName) : o.citizenName) ?? '',
    (masked ? maskPhone(o.citizenPhone) : o.citizenPhone) ?? '',
    masked ? maskFreeText(o.address, known) : o.address,
    text(o.content),
    text(o.replyContent),
    replyResultLabel(o.replyResult),
    cb ? yesNo(cb.contacted) : '',
    cb ? yesNo(cb.solved) : '',
    cb ? satisfactionLabel(cb.satisfaction) : '',
    cb ? yesNo(cb.valid) : '',
    ...LEDGER_CLOCKS.map((c) => clockVerdict(o.clocks, o.overdueClocks, c, now).text),
    assessmentLabel(o.assessment),
    o.hung ? `${statusLabel(o.status)}（挂账）` : statusLabel(o.status),
  ];
}

/**
 * Streams the orders into the sheet page by page, reporting progress about every 500 rows; returns how many it wrote
 * and the ids of those `pick` chose (the next sheet's orders, found on the way instead of by a second scan).
 */
export async function writeDetail(
  sheet: LedgerSheet,
  pages: AsyncIterable<LedgerOrder[]>,
  opts: { refs: LedgerRefs; masked: boolean; now: Date; total: number; pick(o: LedgerOrder): boolean; progress(done: number, total: number): Promise<void> },
): Promise<{ written: number; picked: string[] }> {
  let written = 0;
  const picked: string[] = [];
  for await (const page of pages) {
    for (const order of page) {
      written += 1;
      sheet.row(detailCells(order, written, opts.refs, opts.masked, opts.now));
      if (opts.pick(order)) picked.push(order.id);
      if (written % 500 === 0) await opts.progress(written, opts.total);
    }
  }
  return { written, picked };
}
