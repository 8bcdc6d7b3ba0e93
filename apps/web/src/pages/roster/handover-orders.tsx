import { Empty, Table, Tag, type TableProps } from 'antd';
import type { HandoverClock, HandoverOrder } from '../../api/roster-types';
import { formatShort } from '../../lib/shanghai-time';
import { useNow } from '../../lib/use-now';
import { Link } from '../../routing/link';
import { ALARM_SUBJECT_LABELS } from '@app/orders/domain/order-effects';
import { ORDER_STATUS_LABELS, URGENCY_LABELS, type OrderStatus, type Urgency } from '@app/orders/domain/order-status';

const ref = (o: { upstreamNo: string | null; orderId: string }) => o.upstreamNo || `内部-${o.orderId.slice(0, 8)}`;
const statusLabel = (status: string) => ORDER_STATUS_LABELS[status as OrderStatus] ?? status;
/** Instants compare as ISO strings; a missing one sorts last. */
const byTime = (a: string | null, b: string | null) => (a ?? '\uffff').localeCompare(b ?? '\uffff');

/** How long until a clock runs out (or how long ago it did), in hours and minutes. */
function remaining(dueAt: string, now: number): string {
  const minutes = Math.round((Date.parse(dueAt) - now) / 60_000);
  const span = Math.abs(minutes);
  const text = span >= 60 ? `${Math.floor(span / 60)} 小时 ${span % 60} 分` : `${span} 分钟`;
  return minutes < 0 ? `已超 ${text}` : `剩 ${text}`;
}

const ORDER_COLUMNS: TableProps<HandoverOrder>['columns'] = [
  { key: 'no', title: '工单编号', render: (_, o) => <Link to={`/orders/${o.orderId}`}>{ref(o)}</Link> },
  { key: 'status', title: '状态', render: (_, o) => statusLabel(o.status) },
  { key: 'urgency', title: '紧急程度', render: (_, o) => URGENCY_LABELS[o.urgency as Urgency] ?? o.urgency },
  { key: 'category', title: '分类', render: (_, o) => o.category ?? '—' },
  {
    key: 'unitDueAt',
    title: '承办时限',
    sorter: (a, b) => byTime(a.unitDueAt, b.unitDueAt),
    defaultSortOrder: 'ascend',
    render: (_, o) => (o.unitDueAt ? formatShort(o.unitDueAt) : '—'),
  },
];

/** The outgoing shift's open orders, as gathered when the handover was prepared; the nearest deadline first. */
export function HandoverOrders({ orders }: { orders: readonly HandoverOrder[] }) {
  return (
    <section className="roster-handover__list" aria-labelledby="handover-orders-title">
      <h4 id="handover-orders-title">未办结工单（{orders.length}）</h4>
      <Table<HandoverOrder>
        aria-labelledby="handover-orders-title"
        rowKey="orderId"
        size="small"
        columns={ORDER_COLUMNS}
        dataSource={orders as HandoverOrder[]}
        pagination={orders.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本班没有未办结工单" /> }}
      />
    </section>
  );
}

/** Clocks due before the incoming shift ends: what the incoming shift must watch first. */
export function HandoverClocks({ clocks }: { clocks: readonly HandoverClock[] }) {
  const now = useNow();
  const columns: TableProps<HandoverClock>['columns'] = [
    { key: 'no', title: '工单编号', render: (_, c) => <Link to={`/orders/${c.orderId}`}>{ref(c)}</Link> },
    { key: 'clock', title: '时限', render: (_, c) => ALARM_SUBJECT_LABELS[c.clock] ?? c.clock },
    { key: 'dueAt', title: '到期时间', sorter: (a, b) => a.dueAt.localeCompare(b.dueAt), defaultSortOrder: 'ascend', render: (_, c) => formatShort(c.dueAt) },
    { key: 'left', title: '剩余', render: (_, c) => (c.overdue ? <Tag color="error">已超期</Tag> : remaining(c.dueAt, now)) },
  ];
  return (
    <section className="roster-handover__list" aria-labelledby="handover-clocks-title">
      <h4 id="handover-clocks-title">临近到期的时限（{clocks.length}）</h4>
      <Table<HandoverClock>
        aria-labelledby="handover-clocks-title"
        rowKey={(c) => `${c.orderId}-${c.clock}`}
        size="small"
        columns={columns}
        dataSource={clocks as HandoverClock[]}
        pagination={false}
        rowClassName={(c) => (c.overdue || Date.parse(c.dueAt) < now ? 'table__row--overdue' : '')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="接班期间没有临近到期的时限" /> }}
      />
    </section>
  );
}
