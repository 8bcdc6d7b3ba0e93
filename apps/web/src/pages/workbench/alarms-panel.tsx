import { Button, Empty } from 'antd';
import { useSyncExternalStore } from 'react';
import type { OrderClock } from '@app/orders/domain/order-effects';
import { alarmHref, alarmTitle } from '../../alarms/alarm-text';
import { alarmStore } from '../../alarms/alarms';
import { useLiveCounts } from '../../realtime/use-live-counts';
import { Link } from '../../routing/link';
import { HomeCard } from './home-card';
import { QueueTiles } from './queue-tiles';
import { overdueClockQueue } from './queues';

/**
 * 时限告警: the alarms not yet acknowledged (the same groups as the notices, so they can be handled from here too) and,
 * per clock this role answers for, how many open orders run past it now.
 */
export function AlarmsPanel({ clocks, unitId }: { clocks: readonly OrderClock[]; unitId: string | null }) {
  const state = useSyncExternalStore(alarmStore.subscribe, alarmStore.getSnapshot);
  const queues = clocks.map((clock) => overdueClockQueue(clock, unitId));
  const counts = useLiveCounts(queues.map((queue) => queue.query));
  return (
    <HomeCard id="alarms-title" title="时限告警">
      {state.groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无未确认的告警" />
      ) : (
        <ul className="home-alarms">
          {state.groups.map((group) => (
            <li key={group.key} className={`home-alarms__item home-alarms__item--${group.kind}`}>
              <Link to={alarmHref(group)}>{alarmTitle(group)}</Link>
              <Button size="small" onClick={() => alarmStore.acknowledge(group.key)}>
                知道了
              </Button>
            </li>
          ))}
        </ul>
      )}
      {queues.length ? <QueueTiles queues={queues} counts={counts} /> : null}
    </HomeCard>
  );
}
