import { Statistic } from 'antd';
import type { LiveCount } from '../../realtime/live-counts';
import { Link } from '../../routing/link';
import type { QueueDefinition } from './queues';

/**
 * Numbers that are links: each counts one filtered 工单 list and opens it. The link's name ("待签收 5 件") is what a
 * screen reader reads and what tests look for.
 */
export function QueueTiles({ queues, counts }: { queues: readonly QueueDefinition[]; counts: readonly LiveCount[] }) {
  return (
    <ul className="home-tiles">
      {queues.map((queue, i) => {
        const { count, failed } = counts[i];
        const shown = count ?? '—';
        return (
          <li key={queue.key}>
            <Link
              to={queue.href}
              className={queue.alert && count ? 'home-tile home-tile--alert' : 'home-tile'}
              title={failed ? `${queue.hint}（数量暂未更新）` : queue.hint}
              aria-label={`${queue.label} ${shown} 件`}
            >
              <Statistic title={queue.label} value={shown} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** When the tiles were last read (they refresh together after a burst of events). */
export function lastRead(counts: readonly LiveCount[]): string | null {
  const times = counts.map((c) => c.updatedAt).filter((t): t is number => t !== null);
  return times.length ? new Date(Math.max(...times)).toISOString() : null;
}
