import type { HandoverClock, HandoverOrder } from '../../api/roster-types';
import { formatShort } from '../../lib/shanghai-time';
import { useNow } from '../../lib/use-now';
import { Link } from '../../routing/link';
import { ALARM_SUBJECT_LABELS } from '@app/orders/domain/order-effects';
import { ORDER_STATUS_LABELS, URGENCY_LABELS, type OrderStatus, type Urgency } from '@app/orders/domain/order-status';

const ref = (o: { upstreamNo: string | null; orderId: string }) => o.upstreamNo || `内部-${o.orderId.slice(0, 8)}`;
const statusLabel = (status: string) => ORDER_STATUS_LABELS[status as OrderStatus] ?? status;

/** How long until a clock runs out (or how long ago it did), in hours and minutes. */
function remaining(dueAt: string, now: number): string {
  const minutes = Math.round((Date.parse(dueAt) - now) / 60_000);
  const span = Math.abs(minutes);
  const text = span >= 60 ? `${Math.floor(span / 60)} 小时 ${span % 60} 分` : `${span} 分钟`;
  return minutes < 0 ? `已超 ${text}` : `剩 ${text}`;
}

/** The outgoing shift's open orders, as gathered when the handover was prepared. */
export function HandoverOrders({ orders }: { orders: readonly HandoverOrder[] }) {
  if (!orders.length) return <p className="empty">本班没有未办结工单</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>未办结工单（{orders.length}）</caption>
        <thead>
          <tr>
            <th scope="col">工单编号</th>
            <th scope="col">状态</th>
            <th scope="col">紧急程度</th>
            <th scope="col">分类</th>
            <th scope="col">承办时限</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.orderId}>
              <td>
                <Link to={`/orders/${o.orderId}`}>{ref(o)}</Link>
              </td>
              <td>{statusLabel(o.status)}</td>
              <td>{URGENCY_LABELS[o.urgency as Urgency] ?? o.urgency}</td>
              <td>{o.category ?? '—'}</td>
              <td>{o.unitDueAt ? formatShort(o.unitDueAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Clocks due before the incoming shift ends: what the incoming shift must watch first. */
export function HandoverClocks({ clocks }: { clocks: readonly HandoverClock[] }) {
  const now = useNow();
  if (!clocks.length) return <p className="empty">接班期间没有临近到期的时限</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>临近到期的时限（{clocks.length}）</caption>
        <thead>
          <tr>
            <th scope="col">工单编号</th>
            <th scope="col">时限</th>
            <th scope="col">到期时间</th>
            <th scope="col">剩余</th>
          </tr>
        </thead>
        <tbody>
          {clocks.map((c) => (
            <tr key={`${c.orderId}-${c.clock}`} className={c.overdue || Date.parse(c.dueAt) < now ? 'table__row--overdue' : undefined}>
              <td>
                <Link to={`/orders/${c.orderId}`}>{ref(c)}</Link>
              </td>
              <td>{ALARM_SUBJECT_LABELS[c.clock] ?? c.clock}</td>
              <td>{formatShort(c.dueAt)}</td>
              <td>{c.overdue ? <span className="tag tag--danger">已超期</span> : remaining(c.dueAt, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
