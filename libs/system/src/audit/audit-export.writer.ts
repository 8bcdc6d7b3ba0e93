import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { maskFreeText, ROLE_LABELS } from '@app/access';
import { auditDiffText } from './audit-diff.js';
import type { AuditItem } from './audit-trail.reader.js';

/** Beyond this many records the export is refused: the inspector narrows the filter instead. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

export const AUDIT_EXPORT_HEADER = ['编号', '时间（北京时间）', '操作人', '角色', '操作', '对象类型', '对象编号', '变更', '请求编号'] as const;

const BEIJING_OFFSET_MS = 8 * 3600_000;
const FORMULA_START = /^[=+\-@\t\r\n]/;
/** Excel refuses longer cell texts (32,767 characters). */
const MAX_CELL_TEXT = 32_000;

/** `2026-11-25 10:00:00`: Beijing wall clock (no daylight saving since 1991, so +8 h is exact). */
export function beijingText(at: Date): string {
  return new Date(new Date(at).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Text a spreadsheet would run as a formula keeps a leading apostrophe, as in the desk's other exports. */
function cell(text: string | null): string {
  if (!text) return '';
  const cut = text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
  return FORMULA_START.test(cut) ? `'${cut}` : cut;
}

/** One row of the export; the item is already masked field by field, the diff text is masked once more as text. */
export function auditExportCells(item: AuditItem): string[] {
  const who = item.actorDisplayName && item.actorDisplayName !== item.actorName ? `${item.actorDisplayName}（${item.actorName}）` : item.actorName;
  const role = (ROLE_LABELS as Record<string, string>)[item.actorRole] ?? (item.actorRole === 'system' ? '系统' : item.actorRole);
  return [
    item.id, beijingText(item.at), who, role, item.action, item.entityType, item.entityId ?? '',
    maskFreeText(auditDiffText(item.changes)), item.requestId ?? '',
  ].map(cell);
}

/** Streams the workbook to `out` (the HTTP response), a batch of rows at a time; resolves with the rows written. */
export async function writeAuditExport(out: Writable, batches: AsyncIterable<AuditItem[]>): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('审计日志');
  sheet.columns = AUDIT_EXPORT_HEADER.map((header, i) => ({ header, width: [10, 20, 20, 10, 24, 16, 38, 60, 38][i], style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const batch of batches) {
    for (const item of batch) {
      const row = sheet.addRow(auditExportCells(item));
      row.alignment = { wrapText: true, vertical: 'top' };
      row.commit();
      rows++;
    }
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}
