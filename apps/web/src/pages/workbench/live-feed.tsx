import { Empty, Tag } from 'antd';
import { useSyncExternalStore } from 'react';
import { useCurrentUser } from '../../auth/use-session';
import { formatClock } from '../../lib/shanghai-time';
import { describeEvent, EVENT_KIND_LABELS, eventTone, type EventNames } from '../../realtime/describe-event';
import type { DeskEvent } from '../../realtime/desk-socket';
import { Link } from '../../routing/link';
import { eventFeed } from '../../services';
import { HomeCard } from './home-card';
import { useShiftNames } from './use-shift-names';

const TAG_COLORS = { info: 'blue', warning: 'orange', danger: 'red', success: 'green' } as const;

/** 实时消息: the realtime events received since sign-in, newest first, each in words. */
export function LiveFeed() {
  const user = useCurrentUser();
  const items = useSyncExternalStore(eventFeed.subscribe, eventFeed.getSnapshot);
  const names: EventNames = { shiftName: useShiftNames(user.permissions.includes('roster.read')) };
  return (
    <HomeCard id="feed-title" title="实时消息" extra={<span className="muted small">本次登录以来，最近 50 条</span>}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无实时消息" />
      ) : (
        <ol className="feed" aria-live="polite">
          {items.map((item, index) => (
            <li key={item.eventId ?? `local-${index}-${item.receivedAt}`} className="feed__item">
              <time className="feed__time" dateTime={item.event.payload.at ?? item.receivedAt}>
                {formatClock(item.event.payload.at ?? item.receivedAt)}
              </time>
              <Tag color={TAG_COLORS[eventTone(item.event)]}>{EVENT_KIND_LABELS[item.event.name] ?? '消息'}</Tag>
              <FeedText event={item.event} names={names} />
            </li>
          ))}
        </ol>
      )}
    </HomeCard>
  );
}

/** An event about an order links to it, so the desk can act on what it just heard about. */
function FeedText({ event, names }: { event: DeskEvent; names: EventNames }) {
  const text = describeEvent(event, names);
  const orderId = 'orderId' in event.payload && typeof event.payload.orderId === 'string' ? event.payload.orderId : null;
  if (!orderId) return <span className="feed__text">{text}</span>;
  return (
    <Link to={`/orders/${encodeURIComponent(orderId)}`} className="feed__text">
      {text}
    </Link>
  );
}
