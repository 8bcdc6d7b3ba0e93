import { useCurrentUser } from '../../auth/use-session';
import { useLiveCounts } from '../../realtime/use-live-counts';
import { MonthSummary } from '../stats/month-summary';
import { HomeCard } from './home-card';
import { QueueTiles } from './queue-tiles';
import { queue, receivedQueue } from './queues';

/**
 * 今日与本月: the leadership's figures. Counts of the order list (received today and this month, open, overdue), each
 * a link to the same list; then this month's 受理量, 综合成绩 and three rates from 统计, with the way there.
 */
export function KeyFiguresPanel() {
  const user = useCurrentUser();
  // Built each render: counts are keyed by their filters, and "today" moves on at midnight with the next refresh.
  const figures = [receivedQueue('today'), receivedQueue('month'), queue('open'), queue('overdue')];
  const counts = useLiveCounts(figures.map((figure) => figure.query));
  return (
    <HomeCard id="key-figures-title" title="今日与本月">
      <QueueTiles queues={figures} counts={counts} />
      {user.permissions.includes('stats.read') ? <MonthSummary /> : null}
    </HomeCard>
  );
}
