import { describe, expect, it } from '@jest/globals';
import { assertExportSize } from './audit-export.controller.js';
import { auditExportCells, beijingText } from './audit-export.writer.js';
import type { AuditItem } from './audit-trail.reader.js';

const item: AuditItem = {
  id: '42', at: new Date('2026-11-25T16:30:00Z'), actorId: null, actorName: 'audit-verify', actorDisplayName: null, actorRole: 'system',
  action: 'unit.updated', entityType: 'unit', entityId: 'u1', before: null, after: null, requestId: null, hash: 'h',
  changes: [{ path: 'remark', before: null, after: '=电话 13911112222' }],
};

describe('audit export rows', () => {
  it('writes Beijing wall-clock time across midnight', () => {
    expect(beijingText(new Date('2026-11-25T16:30:00Z'))).toBe('2026-11-26 00:30:00');
  });

  it('names system actors 系统, masks phones in the diff text and leaves formula-looking text inert', () => {
    expect(auditExportCells(item)).toEqual(['42', '2026-11-26 00:30:00', 'audit-verify', '系统', 'unit.updated', 'unit', 'u1', 'remark: （空） → =电话 139****2222', '']);
    expect(auditExportCells({ ...item, changes: [{ path: '', before: null, after: '=1+1' }] })[7]).toBe('值: （空） → =1+1');
    expect(auditExportCells({ ...item, action: '=cmd' })[4]).toBe("'=cmd");
  });

  it.each([
    { rows: 0, refused: false },
    { rows: 100_000, refused: false },
    { rows: 100_001, refused: true },
  ])('when $rows rows match, then refused: $refused', ({ rows, refused }) => {
    const attempt = () => assertExportSize(rows);
    if (refused) expect(attempt).toThrow(expect.objectContaining({ code: 'AUDIT_EXPORT_TOO_LARGE', status: 400, message: expect.stringContaining('缩小') }));
    else expect(attempt).not.toThrow();
  });
});
