import { Alert } from 'antd';
import { formatClock } from '../../lib/shanghai-time';
import { useLiveCounts } from '../../realtime/use-live-counts';
import { HomeCard } from './home-card';
import { lastRead, QueueTiles } from './queue-tiles';
import type { QueueDefinition } from './queues';

/** 待办队列: how many orders wait in each of the role's queues, each a link to that filtered list, live. */
export function QueueCountsPanel({ queues }: { queues: readonly QueueDefinition[] }) {
  const counts = useLiveCounts(queues.map((queue) => queue.query));
  const readAt = lastRead(counts);
  return (
    <HomeCard id="queue-counts-title" title="待办队列" extra={readAt ? <span className="muted small">更新于 {formatClock(readAt)}</span> : null}>
      {counts.some((c) => c.failed) ? <Alert className="alert" type="error" showIcon title="部分队列数量获取失败" /> : null}
      <QueueTiles queues={queues} counts={counts} />
    </HomeCard>
  );
}
