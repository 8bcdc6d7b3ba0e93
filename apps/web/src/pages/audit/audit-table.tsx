import { Empty, Table, type TableColumnsType } from 'antd';
import type { AuditItem } from '../../api/audit-client';
import { formatFull } from '../../lib/shanghai-time';
import { serverPagination, type ServerPage } from '../../ui-kit/server-pagination';
import { auditActionLabel, auditEntityLabel } from '../workbench/audit-labels';
import { AuditDiffTable } from './audit-diff-table';

const ROLE_LABELS: Record<string, string> = {
  operator: '坐席员', supervisor: '值班长', reviewer: '审核员', unit: '承办人', leader: '领导', admin: '管理员', system: '系统',
};

const COLUMNS: TableColumnsType<AuditItem> = [
  { key: 'id', title: '编号', dataIndex: 'id' },
  { key: 'at', title: '时间', render: (_, item) => <time dateTime={item.at}>{formatFull(item.at)}</time> },
  {
    key: 'actor',
    title: '操作人',
    // The display name; the account name (an ASCII login such as unit.cgb) is in the tooltip.
    render: (_, item) => <span title={`账号：${item.actorName}`}>{item.actorDisplayName ?? (item.actorRole === 'system' ? '系统' : '（已删除的账号）')}</span>,
  },
  { key: 'role', title: '角色', render: (_, item) => ROLE_LABELS[item.actorRole] ?? item.actorRole },
  // Labels, with the code in the tooltip: an inspector filters by the code (操作 takes a prefix such as order.).
  { key: 'action', title: '操作', render: (_, item) => <span title={item.action}>{auditActionLabel(item.action)}</span> },
  { key: 'entityType', title: '对象类型', render: (_, item) => <span title={item.entityType}>{auditEntityLabel(item.entityType)}</span> },
  { key: 'entityId', title: '对象编号', render: (_, item) => item.entityId ?? <span className="muted">—</span> },
  { key: 'changes', title: '变更', render: (_, item) => (item.changes.length ? `${item.changes.length} 项` : <span className="muted">—</span>) },
];

interface AuditTableProps {
  items: readonly AuditItem[];
  loading: boolean;
  paging: ServerPage & { onPage: (page: number) => void };
}

/** The trail, newest first, a server page at a time; a row expands to its diff (字段 / 修改前 / 修改后). */
export function AuditTable({ items, loading, paging }: AuditTableProps) {
  return (
    <Table<AuditItem>
      aria-labelledby="audit-list-title"
      rowKey="id"
      size="small"
      scroll={{ x: 'max-content' }}
      columns={COLUMNS}
      dataSource={items as AuditItem[]}
      loading={loading}
      expandable={{ expandedRowRender: (item) => <AuditDiffTable changes={item.changes} />, rowExpandable: () => true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的审计记录" /> }}
      pagination={serverPagination(paging, paging.onPage)}
    />
  );
}
