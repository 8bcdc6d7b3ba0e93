import ExcelJS from 'exceljs';
import type { ExportedReply } from '@app/orders';
import { toShanghaiIso } from '../text/shanghai-datetime.js';
import { neutraliseFormula } from '../text/spreadsheet-safety.js';
import { toCsv } from './csv-writer.js';

/** The platform's layout for uploading results (办结回复), column by column. */
export const REPLY_EXPORT_HEADER = ['工单编号', '办结时间', '办理结果', '答复内容', '是否联系诉求人', '联系时间', '联系方式', '承办单位'] as const;

/** An approved reply as the outbox holds it for the platform (`@app/orders`' ReplyExports). */
export type ClosedOrderReply = Omit<ExportedReply, 'outboxId'>;

const RESULT_LABELS: Record<string, string> = { solved: '已解决', partly: '部分解决', explained_unsolvable: '已解释说明' };
const METHOD_LABELS: Record<string, string> = { phone: '电话', visit: '上门', sms: '短信', other: '其他' };

/** Shanghai wall clock as the platform writes it: 2026-11-10 10:30:00. */
const shanghai = (d: Date | null) => (d ? toShanghaiIso(d).slice(0, 19).replace('T', ' ') : '');

export function replyCells(r: ClosedOrderReply): string[] {
  return [
    r.upstreamNo, shanghai(r.closedAt), r.result ? (RESULT_LABELS[r.result] ?? r.result) : '', r.content,
    r.contacted === null ? '' : r.contacted ? '是' : '否', shanghai(r.contactedAt), r.contactMethod ? (METHOD_LABELS[r.contactMethod] ?? r.contactMethod) : '',
    r.unitName ?? '',
  ];
}

export function replyCsv(rows: readonly ClosedOrderReply[]): Buffer {
  return toCsv(REPLY_EXPORT_HEADER, rows.map(replyCells));
}

/** xlsx with every cell as text (工单编号 never becomes a number) and formula-looking text neutralised. */
export async function replyXlsx(rows: readonly ClosedOrderReply[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('办结回复');
  sheet.addRow([...REPLY_EXPORT_HEADER]);
  for (const r of rows) sheet.addRow(replyCells(r).map(neutraliseFormula));
  sheet.columns.forEach((c) => (c.numFmt = '@'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
