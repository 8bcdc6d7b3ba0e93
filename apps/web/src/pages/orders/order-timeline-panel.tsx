import { Empty, Timeline, type TimelineItemProps } from 'antd';
import type { TimelineEntry } from '../../api/order-types';
import { formatFull } from '../../lib/shanghai-time';
import { ORDER_STATUS_LABELS } from '@app/orders/domain/order-status';
import { describePayload, timelineActionLabel } from './timeline-text';

/** Missed clocks in red, steps that moved the order in blue, the rest (notes, urges, platform sync) grey. */
const LATE = new Set(['overdue', 'hang_progress_overdue']);

function item(entry: TimelineEntry, unitName: (id: string) => string): TimelineItemProps {
  const moved = entry.fromStatus && entry.fromStatus !== entry.toStatus;
  return {
    key: entry.id,
    color: LATE.has(entry.action) ? 'red' : moved ? 'blue' : 'gray',
    content: (
      <div className="timeline__item">
        <div className="timeline__head">
          <strong>{timelineActionLabel(entry.action)}</strong>
          <span className="muted">{entry.actorName ?? (entry.actorRole === 'system' ? '系统' : '—')}</span>
          <time className="muted" dateTime={entry.at}>
            {formatFull(entry.at)}
          </time>
          {moved ? (
            <span className="small">
              {ORDER_STATUS_LABELS[entry.fromStatus!] ?? entry.fromStatus} → {ORDER_STATUS_LABELS[entry.toStatus] ?? entry.toStatus}
            </span>
          ) : null}
        </div>
        {describePayload(entry.action, entry.payload, unitName).map((line) => (
          <p key={line} className="timeline__line">
            {line}
          </p>
        ))}
      </div>
    ),
  };
}

/** 办理过程: the order's timeline (DESIGN §2) — who did what, when, and how the state moved. Oldest first. */
export function OrderTimelinePanel({ timeline, unitName }: { timeline: readonly TimelineEntry[]; unitName: (id: string) => string }) {
  return (
    <section className="panel" aria-labelledby="order-timeline-title">
      <div className="panel__header">
        <h2 id="order-timeline-title">办理过程</h2>
        <span className="muted small">共 {timeline.length} 条</span>
      </div>
      {timeline.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />
      ) : (
        <Timeline className="order-timeline" items={timeline.map((entry) => item(entry, unitName))} />
      )}
    </section>
  );
}
