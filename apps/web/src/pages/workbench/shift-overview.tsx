import type { SessionUser } from '../../api/types';
import { MyShiftPanel } from './my-shift-panel';
import { QueueCountsPanel } from './queue-counts-panel';

/** The shift at a glance: my shift now and the queues waiting on the desk, each shown only if the user may read it. */
export function ShiftOverview({ user }: { user: SessionUser }) {
  const shift = user.permissions.includes('roster.read');
  const queues = user.permissions.includes('order.read');
  if (!shift && !queues) return null;
  return (
    <div className="shift-overview">
      {queues ? <QueueCountsPanel /> : null}
      {shift ? <MyShiftPanel userId={user.id} /> : null}
    </div>
  );
}
