import type { ChainHead } from '@app/audit';
import type { LedgerSheet } from '../ledger-sheet.js';

export const AUDIT_ANCHOR_SECTION = '审计锚点';

/** The line under 审计锚点: the street's newest audit record and its hash when the ledger was written. */
export function auditAnchorText(head: ChainHead | null, stamp: string): string {
  if (!head) return `截至 ${stamp}，本街道尚无审计记录。`;
  return `截至 ${stamp}，本街道审计日志最新记录编号 ${head.id}，哈希值（SHA-256）${head.hash}。留存本表可核对审计日志此后未被截断或改写。`;
}

/** Under the detail table: a small section, so the printed ledger carries the audit chain's head. */
export function writeAuditAnchor(sheet: LedgerSheet, head: ChainHead | null, stamp: string): void {
  sheet.section(AUDIT_ANCHOR_SECTION);
  sheet.note(auditAnchorText(head, stamp));
}
