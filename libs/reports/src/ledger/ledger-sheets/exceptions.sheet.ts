import type { LedgerSheet } from '../ledger-sheet.js';
import { clockVerdict, LEDGER_CLOCKS, otherAlarms } from '../ledger-clocks.js';
import { categoryLabel, returnReasonLabel, statusLabel, unitReturnReasonLabel } from '../ledger-labels.js';
import type { LedgerOrder, LedgerReturn } from '../ledger-order.js';
import { nameIn, type LedgerRefs } from '../ledger-refs.js';
import { maskFreeText } from '@app/access';
import type { CellValue } from '../safe-cell.js';
import type { LedgerColumn } from '../workbook-style.js';

export const EXCEPTIONS_SHEET = '超期与退单';

const LATE_HEADERS: Record<(typeof LEDGER_CLOCKS)[number], string> = {
  sign: '签收超时（小时）', contact: '联系超时（小时）', unitReply: '回复超时（小时）', review: '初审超时（小时）',
};

export const EXCEPTION_COLUMNS: LedgerColumn[] = [
  { header: '序号', width: 7, format: 'integer' },
  { header: '工单编号', width: 20 },
  { header: '受理时间', width: 16, format: 'datetime' },
  { header: '问题分类', width: 28, format: 'wrap' },
  { header: '所属社区', width: 12 },
  { header: '主办单位', width: 14 },
  ...LEDGER_CLOCKS.map((c): LedgerColumn => ({ header: LATE_HEADERS[c], width: 11, format: 'decimal1' })),
  { header: '其他超期', width: 14, format: 'wrap' },
  { header: '退回街道次数', width: 9, format: 'integer' },
  { header: '退回街道原因', width: 30, format: 'wrap' },
  { header: '申请退单原因', width: 30, format: 'wrap' },
  { header: '退单结果', width: 16 },
  { header: '状态', width: 10 },
];

/**
 * An order of the period with a clock that ran late (how late, in hours, per clock; a clock still running past due
 * counts to the moment of the run) or with a return: 退回街道 by a unit, 申请退单 to the platform and its result.
 */
export function exceptionCells(o: LedgerOrder, serial: number, refs: LedgerRefs, masked: boolean, now: Date): CellValue[] {
  const reasonText = (r: LedgerReturn, label: string) => {
    const text = masked ? maskFreeText(r.text, { names: [o.citizenName], phones: [o.citizenPhone] }) : (r.text ?? '');
    return text ? `${label}：${text}` : label;
  };
  const unitReturns = o.returns.filter((r) => r.action === 'unit_return');
  const requests = o.returns.filter((r) => r.action === 'request_return');
  const decision = [...o.returns].reverse().find((r) => r.action === 'return_decided');
  const lastRequest = requests[requests.length - 1];
  const result = !lastRequest ? '' : decision && decision.at >= lastRequest.at ? (decision.accepted ? '平台同意退回' : '平台不同意，重新派单') : '待平台审核';
  return [
    serial,
    o.number,
    o.receivedAt,
    categoryLabel(o.categoryPath),
    nameIn(refs.communities, o.communityId),
    nameIn(refs.units, o.unitId),
    ...LEDGER_CLOCKS.map((c) => {
      const late = clockVerdict(o.clocks, o.overdueClocks, c, now).lateMinutes;
      return late === null ? null : Math.round(late / 6) / 10;
    }),
    otherAlarms(o.overdueClocks),
    unitReturns.length || null,
    unitReturns.map((r) => reasonText(r, unitReturnReasonLabel(r.reason))).join('；'),
    requests.map((r) => reasonText(r, returnReasonLabel(r.reason))).join('；'),
    result,
    statusLabel(o.status),
  ];
}

/** A clock that ran late (recorded when it stopped, or running past due now) or a return — a row of this sheet. */
export function isException(o: LedgerOrder): boolean {
  return o.overdueClocks.length > 0 || o.clocks.some((c) => c.late === true) || o.returns.some((r) => r.action === 'unit_return' || r.action === 'request_return');
}

export async function writeExceptions(
  sheet: LedgerSheet,
  pages: AsyncIterable<LedgerOrder[]>,
  opts: { refs: LedgerRefs; masked: boolean; now: Date },
): Promise<number> {
  let written = 0;
  for await (const page of pages) {
    for (const order of page) sheet.row(exceptionCells(order, ++written, opts.refs, opts.masked, opts.now));
  }
  return written;
}
