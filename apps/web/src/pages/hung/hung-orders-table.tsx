import type { HungOrderItem } from '../../api/review-types';
import { formatShort } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { orderRef } from '../orders/order-table';

/** The 挂账 list: plan, responsible unit, next progress date (red when passed without a report), latest note. */
export function HungOrdersTable({ items }: { items: readonly HungOrderItem[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">挂账工单，按下次进展时间先后排列</caption>
        <thead>
          <tr>
            <th scope="col">工单编号</th>
            <th scope="col">挂账计划</th>
            <th scope="col">责任单位</th>
            <th scope="col">下次进展时间</th>
            <th scope="col">最新进展</th>
            <th scope="col">挂账时间</th>
            <th scope="col">地址</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.progressOverdue ? 'table__row--overdue' : undefined}>
              <td>
                <Link to={`/orders/${item.id}`}>{orderRef(item)}</Link>
              </td>
              <td className="table__content" title={item.plan}>
                <div className="clamp-2">{item.plan}</div>
              </td>
              <td>{item.responsibleUnitName ?? item.leadUnitName ?? <span className="muted">—</span>}</td>
              <td>
                <time dateTime={item.nextProgressAt}>{formatShort(item.nextProgressAt)}</time>
                {item.progressOverdue ? <span className="tag tag--danger hung__overdue">逾期未报进展</span> : null}
              </td>
              <td className="table__content" title={item.note ?? undefined}>
                <div className="clamp-2">{item.note ?? <span className="muted">—</span>}</div>
              </td>
              <td>
                <time dateTime={item.since}>{formatShort(item.since)}</time>
              </td>
              <td>{item.address}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
