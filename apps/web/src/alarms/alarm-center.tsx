import { Button, notification } from 'antd';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { formatShort } from '../lib/shanghai-time';
import { Link } from '../routing/link';
import { unacknowledgedCount, type Alarm, type AlarmGroup } from './alarm-groups';
import { alarmHref, alarmTitle } from './alarm-text';
import { alarmStore } from './alarms';
import { useOrderNumber } from './use-order-number';
import { useTitleBadge } from './use-title-badge';

/** How many of a group's orders the notice names; the link leads to all of them. */
const NAMED = 3;

/**
 * The deadline alarms addressed to the user, on every page: one notice per kind and clock, whose count grows while a
 * burst arrives, shown until 知道了 (no timeout, no close button: an alarm must not slip by). Not stacked, so every
 * group's count stays readable; the tab title carries the number as well.
 */
export function AlarmCenter() {
  const state = useSyncExternalStore(alarmStore.subscribe, alarmStore.getSnapshot);
  const [notices, holder] = notification.useNotification({ stack: false, placement: 'topRight', top: 72 });
  const shown = useRef(new Set<string>());

  useEffect(() => {
    const keys = new Set(state.groups.map((group) => noticeKey(group)));
    for (const key of shown.current) if (!keys.has(key)) notices.destroy(key);
    // Opening a shown key updates that notice in place.
    for (const group of state.groups) {
      notices.open({
        key: noticeKey(group),
        type: group.kind === 'overdue' ? 'error' : 'warning',
        title: alarmTitle(group),
        description: <AlarmNoticeBody group={group} />,
        actions: (
          <Button type="primary" size="small" onClick={() => alarmStore.acknowledge(group.key)}>
            知道了
          </Button>
        ),
        duration: 0,
        closable: false,
        role: 'alert',
        className: 'alarm-notice',
      });
    }
    shown.current = keys;
  }, [state, notices]);

  useTitleBadge(unacknowledgedCount(state));
  return holder;
}

function AlarmNoticeBody({ group }: { group: AlarmGroup }) {
  // The first ones, not the latest: the list stays put while a burst raises the count.
  const named = group.alarms.slice(0, NAMED);
  const more = group.alarms.length - named.length;
  return (
    <div className="alarm-notice__body">
      <ul className="alarm-notice__orders">
        {named.map((alarm) => (
          <li key={`${alarm.orderId}:${alarm.dueAt}`}>
            <AlarmOrderLink alarm={alarm} />
            <span className="muted">（{group.kind === 'warning' ? '将于' : '已于'} {formatShort(alarm.dueAt)} 到期）</span>
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="muted small">另有 {more} 条</p> : null}
      <Link to={alarmHref(group)}>查看工单列表</Link>
    </div>
  );
}

function AlarmOrderLink({ alarm }: { alarm: Alarm }) {
  const orderNo = useOrderNumber(alarm.orderId, alarm.orderNo);
  return <Link to={`/orders/${encodeURIComponent(alarm.orderId)}`}>{orderNo ? `工单 ${orderNo}` : '工单'}</Link>;
}

function noticeKey(group: AlarmGroup): string {
  return `alarm:${group.key}`;
}
