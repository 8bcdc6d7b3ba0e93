import type { OrderSummary } from '../../api/order-types';
import { formatShort } from '../../lib/shanghai-time';
import { ORDER_TYPE_LABELS } from '@app/orders/domain/order-status';
import { Link } from '../../routing/link';
import { HungTag, OverdueTag, StatusTag, UrgencyTag } from './order-tags';

/** How an order is named to people: the platform's 工单编号, or the start of its id for orders without one. */
export function orderRef(order: Pick<OrderSummary, 'upstreamNo' | 'id'>): string {
  return order.upstreamNo || `内部-${order.id.slice(0, 8)}`;
}

/** The list's table. Personal data appears exactly as the server sent it (lists are always masked). */
export function OrderTable({ items }: { items: readonly OrderSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">工单列表</caption>
        <thead>
          <tr>
            <th scope="col">工单编号</th>
            <th scope="col">状态</th>
            <th scope="col">类型</th>
            <th scope="col">紧急程度</th>
            <th scope="col">诉求内容</th>
            <th scope="col">地址 / 社区</th>
            <th scope="col">诉求人</th>
            <th scope="col">承办单位</th>
            <th scope="col">来电时间</th>
            <th scope="col">承办时限</th>
          </tr>
        </thead>
        <tbody>
          {items.map((order) => (
            <tr key={order.id} className={order.overdue ? 'table__row--overdue' : undefined}>
              <td>
                <Link to={`/orders/${order.id}`}>{orderRef(order)}</Link>
              </td>
              <td>
                <span className="tags">
                  <StatusTag status={order.status} />
                  <OverdueTag overdue={order.overdue} clocks={order.overdueClockLabels} />
                  <HungTag hung={order.hung} />
                </span>
              </td>
              <td>{ORDER_TYPE_LABELS[order.type] ?? order.type}</td>
              <td>
                <UrgencyTag urgency={order.urgency} />
              </td>
              <td className="table__content" title={order.content}>
                <div className="clamp-2">{order.content}</div>
              </td>
              <td>
                <div>{order.address}</div>
                <div className="muted small">{order.communityName ?? '未识别社区'}</div>
              </td>
              <td>
                <div>{order.citizenName ?? '—'}</div>
                <div className="muted small">{order.citizenPhone ?? ''}</div>
              </td>
              <td>{order.leadUnitName ?? <span className="muted">—</span>}</td>
              <td>
                <time dateTime={order.receivedAt}>{formatShort(order.receivedAt)}</time>
              </td>
              <td>{order.unitDueAt ? <time dateTime={order.unitDueAt}>{formatShort(order.unitDueAt)}</time> : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
