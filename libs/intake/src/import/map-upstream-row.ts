import { cellText } from '@app/address';
import { normalisePhone } from '../text/phone.js';
import { parseShanghaiDateTime, toShanghaiIso } from '../text/shanghai-datetime.js';
import {
  CHANNEL_BY_LABEL, TYPE_BY_LABEL, UPSTREAM_COLUMNS, URGENCY_BY_LABEL, type ColumnIndex, type UpstreamField,
} from './upstream-columns.js';
import type { SheetCell } from './xlsx-rows.js';

/** One row's problem, as the report shows it: the spreadsheet row, the column header, the reason in Chinese. */
export interface RowError {
  column: string;
  message: string;
}

/** A row as the intake form would have received it (the body of IntakeOrder, all text). */
export interface UpstreamOrderInput {
  upstreamNo: string;
  channel: string;
  receivedAt: string;
  citizenName?: string;
  citizenPhone?: string;
  address: string;
  type: string;
  urgency: string;
  category?: string;
  content: string;
  upstreamDueAt?: string;
}

export type MappedRow =
  | { rowNo: number; upstreamNo: string; ok: true; input: UpstreamOrderInput }
  | { rowNo: number; upstreamNo: string | null; ok: false; errors: RowError[] };

export interface RowContext {
  /** Whether the street's category tree has this three-level path. */
  categoryExists(path: string): boolean;
}

const SCIENTIFIC = /^\d(?:\.\d+)?E\+?\d+$/i;

/**
 * One data row of the platform's export → the intake input, or the list of what is wrong with it. Each cell is
 * read as what it is (text, number, date cell) and normalised (full-width, phones, dates); nothing is evaluated.
 * Returns null for a blank row (exports often end with a few).
 */
export function mapUpstreamRow(cells: readonly SheetCell[], index: ColumnIndex, rowNo: number, ctx: RowContext): MappedRow | null {
  const raw = (field: UpstreamField): SheetCell => {
    const at = index[field];
    return at === undefined ? null : (cells[at] ?? null);
  };
  if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return null;
  const errors: RowError[] = [];
  const fail = (field: UpstreamField, message: string) => errors.push({ column: UPSTREAM_COLUMNS[field].header, message });

  const upstreamNo = identifierText(raw('upstreamNo'), (m) => fail('upstreamNo', m));
  if (upstreamNo === '') fail('upstreamNo', '缺少工单编号');
  else if (upstreamNo !== null && !/^[A-Za-z0-9_-]{1,40}$/.test(upstreamNo)) fail('upstreamNo', `工单编号“${upstreamNo}”只能包含字母、数字、下划线和连字符`);

  const receivedAt = dateCell(raw('receivedAt'));
  if (receivedAt === undefined) fail('receivedAt', '缺少来电时间');
  else if (receivedAt === null) fail('receivedAt', `来电时间“${text(raw('receivedAt'))}”不是有效的日期时间`);
  const dueAt = dateCell(raw('upstreamDueAt'));
  if (dueAt === null) fail('upstreamDueAt', `办理时限“${text(raw('upstreamDueAt'))}”不是有效的日期时间`);
  else if (dueAt && receivedAt && dueAt.getTime() <= receivedAt.getTime()) fail('upstreamDueAt', '办理时限不能早于来电时间');

  const phoneText = identifierText(raw('citizenPhone'), (m) => fail('citizenPhone', m));
  let citizenPhone: string | undefined;
  if (phoneText) {
    const phone = normalisePhone(phoneText);
    if (phone.ok) citizenPhone = phone.phone;
    else fail('citizenPhone', `“${phoneText}”：${phone.message}`);
  }

  const type = label(raw('type'), TYPE_BY_LABEL, 'type', fail);
  const urgency = text(raw('urgency')) === '' ? 'normal' : label(raw('urgency'), URGENCY_BY_LABEL, 'urgency', fail);
  const channel = text(raw('channel')) === '' ? 'hotline' : label(raw('channel'), CHANNEL_BY_LABEL, 'channel', fail);

  const levels = (['category1', 'category2', 'category3'] as const).map((f) => text(raw(f)));
  let category: string | undefined;
  if (levels.some(Boolean)) {
    category = levels.join('/');
    if (levels.some((l) => !l)) fail('category3', `问题分类“${category}”不完整，应为三级分类`);
    else if (!ctx.categoryExists(category)) fail('category3', `问题分类“${category}”不在本街道的分类目录中`);
  }

  const address = text(raw('address'));
  if (!address) fail('address', '缺少诉求地址');
  const content = text(raw('content'));
  if (!content) fail('content', '缺少诉求内容');

  if (errors.length || !upstreamNo || !receivedAt) return { rowNo, upstreamNo: upstreamNo || null, ok: false, errors };
  const name = text(raw('citizenName'));
  return {
    rowNo,
    upstreamNo,
    ok: true,
    input: {
      upstreamNo,
      channel: channel!,
      receivedAt: toShanghaiIso(receivedAt),
      ...(name ? { citizenName: name } : {}),
      ...(citizenPhone ? { citizenPhone } : {}),
      address,
      type: type!,
      urgency: urgency!,
      ...(category ? { category } : {}),
      content,
      ...(dueAt ? { upstreamDueAt: toShanghaiIso(dueAt) } : {}),
    },
  };
}

/** Text of a cell. Content is kept as typed (only full-width folded): a leading "=" stays a character. */
function text(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? String(cell) : cell.toISOString();
  return cellText(String(cell));
}

/**
 * 工单编号 and phone numbers: digits that a spreadsheet may have stored as a number. Integers are written out in
 * full (never 1.38e+10); a number with a fraction or already in exponent form has lost digits and is refused.
 */
function identifierText(cell: SheetCell, fail: (message: string) => void): string | null {
  if (typeof cell === 'number') {
    if (Number.isSafeInteger(cell)) return BigInt(cell).toString();
    fail(`“${cell}”已被表格软件转成小数或科学计数法，位数可能已丢失；请把该列设为文本后重新导出`);
    return null;
  }
  const value = text(cell);
  if (SCIENTIFIC.test(value)) {
    fail(`“${value}”是科学计数法，位数已丢失；请把该列设为文本后重新导出`);
    return null;
  }
  return value;
}

/** undefined: empty cell; null: not a date. */
function dateCell(cell: SheetCell): Date | null | undefined {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  return parseShanghaiDateTime(cell);
}

function label(cell: SheetCell, allowed: Readonly<Record<string, string>>, field: UpstreamField, fail: (f: UpstreamField, m: string) => void): string | null {
  const value = text(cell);
  const code = allowed[value];
  if (code) return code;
  const header = UPSTREAM_COLUMNS[field].header;
  const labels = [...new Set(Object.keys(allowed))].join('、');
  fail(field, value ? `${header}“${value}”不在允许值内，应为：${labels}` : `缺少${header}，应为：${labels}`);
  return null;
}
