import { useSyncExternalStore } from 'react';
import { formatClock } from '../../lib/shanghai-time';
import { describeEvent, EVENT_KIND_LABELS, eventTone } from '../../realtime/describe-event';
import type { DeskEvent } from '../../realtime/desk-socket';
import { Link } from '../../routing/link';
import { eventFeed } from '../../services';

/** 实时消息: the realtime events received since sign-in, newest first. */
export function LiveFeed() {
  const items = useSyncExternalStore(eventFeed.subscribe, eventFeed.getSnapshot);
  return (
    <section className="panel" aria-labelledby="feed-title">
      <div className="panel__header">
        <h2 id="feed-title">实时消息</h2>
        <span className="muted small">本次登录以来，最近 50 条</span>
      </div>
      {items.length === 0 ? (
        <p className="empty">暂无实时消息</p>
      ) : (
        <ol className="feed" aria-live="polite">
          {items.map((item, index) => (
            <li key={item.eventId ?? `local-${index}-${item.receivedAt}`} className="feed__item">
              <time className="feed__time" dateTime={item.event.payload.at ?? item.receivedAt}>
                {formatClock(item.event.payload.at ?? item.receivedAt)}
              </time>
              <span className={`tag tag--${eventTone(item.event)}`}>{EVENT_KIND_LABELS[item.event.name] ?? item.event.name}</span>
              <FeedText event={item.event} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** An event about an order links to it, so the desk can act on what it just heard about. */
function FeedText({ event }: { event: DeskEvent }) {
  const text = describeEvent(event);
  const orderId = 'orderId' in event.payload && typeof event.payload.orderId === 'string' ? event.payload.orderId : null;
  if (!orderId) return <span className="feed__text">{text}</span>;
  return (
    <Link to={`/orders/${encodeURIComponent(orderId)}`} className="feed__text">
      {text}
    </Link>
  );
}
