import { Empty, Table, type TableProps } from 'antd';
import type { OrderSort, OrderSummary } from '../../api/order-types';
import { formatShort } from '../../lib/shanghai-time';
import { ORDER_TYPE_LABELS } from '@app/orders/domain/order-status';
import { Link } from '../../routing/link';
import { orderRef } from './order-ref';
import { HungTag, OverdueTag, StatusTag, UrgencyTag } from './order-tags';
import { columnSortOrder, sortFromColumn } from './order-table-sort';
import { ProvisionalTag } from './provisional-tag';
import { serverPagination } from '../../ui-kit/server-pagination';

interface OrderTableProps {
  items: readonly OrderSummary[];
  loading?: boolean;
  /** Server-side paging and sort; without them the list is shown whole and unsorted by header. */
  paging?: { page: number; pageSize: number; total: number; sort: OrderSort; onChange: (page: number, sort: OrderSort) => void };
  emptyText: string;
}

const muted = <span className="muted">—</span>;

/**
 * The list's table (antd `Table`, header fixed while the page scrolls). Paging and sorting are the server's: a
 * header click or a page change goes back to the caller, which puts it in the URL. Personal data appears exactly
 * as the server sent it (lists are always masked).
 */
export function OrderTable({ items, loading, paging, emptyText }: OrderTableProps) {
  const sort = paging?.sort;
  const columns: TableProps<OrderSummary>['columns'] = [
    { key: 'no', title: '工单编号', render: (_, order) => <Link to={`/orders/${order.id}`}>{orderRef(order)}</Link> },
    {
      key: 'status',
      title: '状态',
      render: (_, order) => (
        <span className="tags">
          <StatusTag status={order.status} />
          <OverdueTag overdue={order.overdue} clocks={order.overdueClockLabels} />
          <HungTag hung={order.hung} />
        </span>
      ),
    },
    { key: 'type', title: '类型', render: (_, order) => ORDER_TYPE_LABELS[order.type] ?? order.type },
    { key: 'urgency', title: '紧急程度', render: (_, order) => <UrgencyTag urgency={order.urgency} /> },
    {
      key: 'content',
      title: '诉求内容',
      className: 'table__content',
      render: (_, order) => (
        <div className="clamp-2" title={order.content}>
          {order.content}
        </div>
      ),
    },
    {
      key: 'address',
      title: '地址 / 社区',
      render: (_, order) => (
        <>
          <div>{order.address}</div>
          <div className="muted small">{order.communityName ?? '未识别社区'}</div>
        </>
      ),
    },
    {
      key: 'citizen',
      title: '诉求人',
      render: (_, order) => (
        <>
          <div>{order.citizenName ?? '—'}</div>
          <div className="muted small">{order.citizenPhone ?? ''}</div>
        </>
      ),
    },
    { key: 'unit', title: '承办单位', render: (_, order) => order.leadUnitName ?? muted },
    {
      key: 'receivedAt',
      title: '来电时间',
      sorter: !!paging,
      sortOrder: sort ? columnSortOrder('receivedAt', sort) : undefined,
      // Newest first is the default; a third click returns to it rather than to "unsorted".
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (_, order) => <time dateTime={order.receivedAt}>{formatShort(order.receivedAt)}</time>,
    },
    {
      key: 'unitDueAt',
      title: '承办时限',
      sorter: !!paging,
      sortOrder: sort ? columnSortOrder('unitDueAt', sort) : undefined,
      sortDirections: ['ascend'],
      // deadlineProvisional: a running clock of the order was counted Monday–Friday (DESIGN §14).
      render: (_, order) =>
        order.unitDueAt ? (
          <>
            <time dateTime={order.unitDueAt}>{formatShort(order.unitDueAt)}</time>
            {order.deadlineProvisional ? <ProvisionalTag /> : null}
          </>
        ) : (
          muted
        ),
    },
  ];

  const onChange: TableProps<OrderSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (!paging) return;
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    if (extra.action === 'sort') paging.onChange(1, sortFromColumn(one?.columnKey, one?.order));
    else paging.onChange(pagination.current ?? 1, paging.sort);
  };

  return (
    <Table<OrderSummary>
      className="order-table"
      rowKey="id"
      size="middle"
      sticky
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={items as OrderSummary[]}
      loading={loading}
      rowClassName={(order) => (order.overdue ? 'table__row--overdue' : '')}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      onChange={onChange}
      pagination={paging ? serverPagination(paging) : false}
    />
  );
}
