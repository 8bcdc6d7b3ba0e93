import { describe, expect, it } from '@jest/globals';
import { auditAnchorText } from './audit-anchor.note.js';

describe('auditAnchorText', () => {
  it.each([
    [{ streetCode: '110102016', id: 4711, hash: 'ab'.repeat(32) }, `截至 2026-11-25 10:00，本街道审计日志最新记录编号 4711，哈希值（SHA-256）${'ab'.repeat(32)}。留存本表可核对审计日志此后未被截断或改写。`],
    [null, '截至 2026-11-25 10:00，本街道尚无审计记录。'],
  ])('when the head is %j, then the ledger reads %j', (head, text) => {
    expect(auditAnchorText(head, '2026-11-25 10:00')).toBe(text);
  });
});
