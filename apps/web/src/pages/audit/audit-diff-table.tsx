import { Table, type TableColumnsType } from 'antd';
import type { AuditChange } from '../../api/audit-client';

/** A value as the diff shows it: text as it is, nothing as （空）, anything else as JSON (the export writes the same). */
export function diffValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const COLUMNS: TableColumnsType<AuditChange> = [
  { key: 'path', title: '字段', render: (_, c) => <code>{c.path || '值'}</code> },
  { key: 'before', title: '修改前', className: 'table__content', render: (_, c) => <span style={{ whiteSpace: 'pre-wrap' }}>{diffValue(c.before)}</span> },
  { key: 'after', title: '修改后', className: 'table__content', render: (_, c) => <span style={{ whiteSpace: 'pre-wrap' }}>{diffValue(c.after)}</span> },
];

/** The readable diff of one audit record, computed by the server (the export shows the same). */
export function AuditDiffTable({ changes }: { changes: readonly AuditChange[] }) {
  if (!changes.length) return <p className="muted">此记录没有字段变更。</p>;
  return <Table<AuditChange> rowKey="path" size="small" pagination={false} columns={COLUMNS} dataSource={changes as AuditChange[]} aria-label="变更内容" />;
}
