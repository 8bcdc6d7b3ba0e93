import { formatClock } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { QUEUES, useQueueCounts } from './use-queue-counts';

/** 待办队列: how many orders wait in each of the desk's queues, each a link to that filtered list. */
export function QueueCountsPanel() {
  const { counts, error, updatedAt } = useQueueCounts();
  return (
    <section className="panel" aria-labelledby="queue-counts-title">
      <div className="panel__header">
        <h2 id="queue-counts-title">待办队列</h2>
        {updatedAt ? <span className="muted small">更新于 {formatClock(new Date(updatedAt).toISOString())}</span> : null}
      </div>
      {error ? <p className="notice notice--error">{error}</p> : null}
      <ul className="queue-counts">
        {QUEUES.map((queue) => {
          const count = counts[queue.key];
          return (
            <li key={queue.key}>
              <Link
                to={queue.href}
                className={queue.key === 'overdue' && count ? 'queue-counts__link queue-counts__link--bad' : 'queue-counts__link'}
                title={queue.hint}
                aria-label={`${queue.label} ${count ?? '—'} 件`}
              >
                <span className="queue-counts__label">{queue.label}</span>
                <span className="queue-counts__number">{count ?? '—'}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
