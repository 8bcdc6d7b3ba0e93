import { Empty } from 'antd';
import type { OrderDeadline } from '../../api/order-types';
import { describeTimeLeft } from '../../lib/beijing-input';
import { minutesInWords } from './timeline-text';
import { formatFull } from '../../lib/shanghai-time';
import { useNow } from '../../lib/use-now';
import { ORDER_CLOCK_LABELS } from '@app/orders/domain/order-effects';
import { ToneTag } from './order-tags';
import { ProvisionalTag } from './provisional-tag';

/** 时限: each internal clock (DESIGN §4) with its due time in Beijing time and, while it runs, the time left. */
export function OrderDeadlinesPanel({ deadlines }: { deadlines: readonly OrderDeadline[] }) {
  const now = useNow();
  return (
    <section className="panel" aria-labelledby="order-deadlines-title">
      <div className="panel__header">
        <h2 id="order-deadlines-title">时限</h2>
        <span className="muted small">北京时间</span>
      </div>
      {deadlines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无时限" />
      ) : (
        <ul className="deadlines">
          {deadlines.map((deadline) => (
            <li key={`${deadline.kind}-${deadline.startedAt}`} className="deadlines__item">
              <span className="deadlines__name">{ORDER_CLOCK_LABELS[deadline.kind] ?? deadline.kind}</span>
              <span>
                截止 <time dateTime={deadline.dueAt}>{formatFull(deadline.dueAt)}</time>
                {deadline.provisional ? <ProvisionalTag /> : null}
              </span>
              <DeadlineState deadline={deadline} now={now} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DeadlineState({ deadline, now }: { deadline: OrderDeadline; now: number }) {
  if (deadline.stoppedAt) {
    // Met or late is the fact recorded when the clock stopped (a contact reported afterwards may still be on time).
    const late = deadline.late === true;
    const what = deadline.outcome === 'abandoned' ? '已终止' : '已完成';
    const lateBy = late ? Math.round((Date.parse(deadline.stoppedAt) - Date.parse(deadline.dueAt)) / 60_000) : 0;
    return (
      <ToneTag tone={late ? 'danger' : 'success'}>
        {what}于 {formatFull(deadline.stoppedAt)}
        {late ? `（超时 ${minutesInWords(lateBy)}）` : '（按时）'}
      </ToneTag>
    );
  }
  const left = describeTimeLeft(deadline.dueAt, now);
  const warning = !left.overdue && deadline.warnAt !== null && now >= new Date(deadline.warnAt).getTime();
  return <ToneTag tone={left.overdue ? 'danger' : warning ? 'warning' : 'info'}>{left.text}</ToneTag>;
}
