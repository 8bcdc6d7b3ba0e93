import { Alert, Empty, Table, Tag, type TableProps } from 'antd';
import type { ImportList, ImportSummary } from '../../api/intake-types';
import { formatFull } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { IMPORT_STATUS_COLORS, IMPORT_STATUS_LABELS } from './import-labels';

const COLUMNS: TableProps<ImportSummary>['columns'] = [
  {
    key: 'uploadedAt',
    title: '上传时间',
    sorter: (a, b) => a.uploadedAt.localeCompare(b.uploadedAt),
    render: (_, item) => <time dateTime={item.uploadedAt}>{formatFull(item.uploadedAt)}</time>,
  },
  { key: 'file', title: '文件', render: (_, item) => <Link to={`/imports?id=${encodeURIComponent(item.id)}`}>{item.fileName}</Link> },
  { key: 'uploadedBy', title: '上传人', render: (_, item) => item.uploadedBy ?? '' },
  { key: 'status', title: '状态', render: (_, item) => <Tag color={IMPORT_STATUS_COLORS[item.status]}>{IMPORT_STATUS_LABELS[item.status]}</Tag> },
  { key: 'created', title: '新建', dataIndex: 'created', align: 'right', sorter: (a, b) => a.created - b.created },
  { key: 'updated', title: '更新', dataIndex: 'updated', align: 'right', sorter: (a, b) => a.updated - b.updated },
  { key: 'unchanged', title: '无变化', dataIndex: 'unchanged', align: 'right' },
  { key: 'errors', title: '错误', dataIndex: 'errors', align: 'right', sorter: (a, b) => a.errors - b.errors },
];

/** 导入记录: the street's past imports, newest first; each opens its result on this page. */
export function ImportHistory({ list, error, currentId }: { list: ImportList | null; error: string | null; currentId: string | null }) {
  return (
    <section className="panel" aria-labelledby="import-history-title">
      <div className="panel__header">
        <h2 id="import-history-title">导入记录</h2>
        {list ? <span className="muted small">共 {list.total} 次，显示最近 {list.items.length} 次</span> : null}
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <Table<ImportSummary>
        aria-labelledby="import-history-title"
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        columns={COLUMNS}
        dataSource={list?.items ?? []}
        loading={!list && !error}
        pagination={false}
        // The import shown above is marked in the list, for the eye and for screen readers.
        onRow={(item) => (item.id === currentId ? { 'aria-current': 'true' } : {})}
        rowClassName={(item) => (item.id === currentId ? 'table__row--current' : '')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有导入记录" /> }}
      />
    </section>
  );
}
