import { Empty, Table, Tag, type TableProps } from 'antd';
import type { ReviewQueueItem } from '../../api/review-types';
import { formatShort } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { ORDER_TYPE_LABELS } from '@app/orders/domain/order-status';
import { orderRef } from '../orders/order-ref';
import { ProvisionalTag } from '../orders/provisional-tag';

const muted = (text: string) => <span className="muted">{text}</span>;
/** Instants compare as ISO strings; a missing one sorts last. */
const byTime = (a: string | null, b: string | null) => (a ?? '\uffff').localeCompare(b ?? '\uffff');

const COLUMNS: TableProps<ReviewQueueItem>['columns'] = [
  { key: 'no', title: '工单编号', render: (_, item) => <Link to={`/review/${item.id}`}>{orderRef(item)}</Link> },
  { key: 'type', title: '类型', render: (_, item) => ORDER_TYPE_LABELS[item.type] ?? item.type },
  { key: 'category', title: '问题分类', render: (_, item) => (item.category ? item.category.split('/').join(' › ') : muted('未分类')) },
  { key: 'unit', title: '主办单位', render: (_, item) => item.leadUnitName ?? muted('—') },
  {
    key: 'repliedAt',
    title: '回复时间',
    sorter: (a, b) => byTime(a.repliedAt, b.repliedAt),
    render: (_, item) => (item.repliedAt ? <time dateTime={item.repliedAt}>{formatShort(item.repliedAt)}</time> : '—'),
  },
  {
    key: 'reviewDueAt',
    title: '初审时限',
    sorter: (a, b) => byTime(a.reviewDueAt, b.reviewDueAt),
    render: (_, item) => (
      <>
        {item.reviewDueAt ? <time dateTime={item.reviewDueAt}>{formatShort(item.reviewDueAt)}</time> : muted('—')}
        {item.reviewDueAt && item.reviewDueProvisional ? <ProvisionalTag /> : null}
        {item.reviewOverdue ? <Tag color="error" className="review-queue__overdue">
            已超期
          </Tag> : null}
      </>
    ),
  },
  {
    key: 'screening',
    title: '自动筛查',
    sorter: (a, b) => (a.findingCount ?? -1) - (b.findingCount ?? -1),
    // Screening runs when the reply is first opened, so an unopened reply has no count yet.
    render: (_, item) =>
      item.findingCount === null ? (
        muted('未筛查')
      ) : item.findingCount > 0 ? (
        <Tag color="warning">{item.findingCount} 处提示</Tag>
      ) : (
        <Tag color="success">无提示</Tag>
      ),
  },
  { key: 'rework', title: '返工次数', dataIndex: 'reworkCount', sorter: (a, b) => a.reworkCount - b.reworkCount },
];

/**
 * 待初审 in the server's order (earliest review deadline first); a column header re-sorts the loaded queue (it is one
 * screenful, see QUEUE_PAGE_SIZE). Each row opens the review screen.
 */
export function ReviewQueueTable({ items, loading }: { items: readonly ReviewQueueItem[]; loading: boolean }) {
  return (
    <Table<ReviewQueueItem>
      rowKey="id"
      size="middle"
      sticky
      scroll={{ x: 'max-content' }}
      columns={COLUMNS}
      dataSource={items as ReviewQueueItem[]}
      pagination={false}
      loading={loading}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待初审的工单" /> }}
      rowClassName={(item) => (item.reviewOverdue ? 'table__row--overdue' : '')}
    />
  );
}
