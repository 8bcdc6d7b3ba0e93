import { Empty, Table, Tag, type TableProps } from 'antd';
import type { HungOrderItem } from '../../api/review-types';
import { formatShort } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { orderRef } from '../orders/order-ref';
import { serverPagination } from '../../ui-kit/server-pagination';

const muted = <span className="muted">—</span>;

const COLUMNS: TableProps<HungOrderItem>['columns'] = [
  { key: 'no', title: '工单编号', render: (_, item) => <Link to={`/orders/${item.id}`}>{orderRef(item)}</Link> },
  {
    key: 'plan',
    title: '挂账计划',
    className: 'table__content',
    render: (_, item) => (
      <div className="clamp-2" title={item.plan}>
        {item.plan}
      </div>
    ),
  },
  { key: 'unit', title: '责任单位', render: (_, item) => item.responsibleUnitName ?? item.leadUnitName ?? muted },
  {
    key: 'nextProgressAt',
    title: '下次进展时间',
    render: (_, item) => (
      <>
        <time dateTime={item.nextProgressAt}>{formatShort(item.nextProgressAt)}</time>
        {item.progressOverdue ? (
          <Tag color="error" className="hung__overdue">
            逾期未报进展
          </Tag>
        ) : null}
      </>
    ),
  },
  {
    key: 'note',
    title: '最新进展',
    className: 'table__content',
    render: (_, item) => (
      <div className="clamp-2" title={item.note ?? undefined}>
        {item.note ?? muted}
      </div>
    ),
  },
  { key: 'since', title: '挂账时间', render: (_, item) => <time dateTime={item.since}>{formatShort(item.since)}</time> },
  { key: 'address', title: '地址', dataIndex: 'address' },
];

interface HungOrdersTableProps {
  items: readonly HungOrderItem[];
  loading: boolean;
  paging: { page: number; pageSize: number; total: number; onPage: (page: number) => void };
}

/** The 挂账 list: plan, responsible unit, next progress date (red when passed without a report), latest note. */
export function HungOrdersTable({ items, loading, paging }: HungOrdersTableProps) {
  return (
    <Table<HungOrderItem>
      rowKey="id"
      size="middle"
      sticky
      scroll={{ x: 'max-content' }}
      columns={COLUMNS}
      dataSource={items as HungOrderItem[]}
      loading={loading}
      rowClassName={(item) => (item.progressOverdue ? 'table__row--overdue' : '')}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的挂账工单" /> }}
      pagination={serverPagination(paging, paging.onPage)}
    />
  );
}
