import type { ReviewQueueItem } from '../../api/review-types';
import { formatShort } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { ORDER_TYPE_LABELS } from '@app/orders/domain/order-status';
import { orderRef } from '../orders/order-table';

/** 待初审 in the server's order (earliest review deadline first); each row opens the review screen. */
export function ReviewQueueTable({ items }: { items: readonly ReviewQueueItem[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">待初审工单，按初审时限先后排列</caption>
        <thead>
          <tr>
            <th scope="col">工单编号</th>
            <th scope="col">类型</th>
            <th scope="col">问题分类</th>
            <th scope="col">主办单位</th>
            <th scope="col">回复时间</th>
            <th scope="col">初审时限</th>
            <th scope="col">自动筛查</th>
            <th scope="col">返工次数</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.reviewOverdue ? 'table__row--overdue' : undefined}>
              <td>
                <Link to={`/review/${item.id}`}>{orderRef(item)}</Link>
              </td>
              <td>{ORDER_TYPE_LABELS[item.type] ?? item.type}</td>
              <td>{item.category ? item.category.split('/').join(' › ') : <span className="muted">未分类</span>}</td>
              <td>{item.leadUnitName ?? <span className="muted">—</span>}</td>
              <td>{item.repliedAt ? <time dateTime={item.repliedAt}>{formatShort(item.repliedAt)}</time> : '—'}</td>
              <td>
                {item.reviewDueAt ? <time dateTime={item.reviewDueAt}>{formatShort(item.reviewDueAt)}</time> : <span className="muted">—</span>}
                {item.reviewOverdue ? <span className="tag tag--danger review-queue__overdue">已超期</span> : null}
              </td>
              <td>
                {/* Screening runs when the reply is first opened, so an unopened reply has no count yet. */}
                {item.findingCount === null ? (
                  <span className="muted">未筛查</span>
                ) : item.findingCount > 0 ? (
                  <span className="tag tag--warning">{item.findingCount} 处提示</span>
                ) : (
                  <span className="tag tag--success">无提示</span>
                )}
              </td>
              <td>{item.reworkCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
