import type { SessionUser } from '../../api/types';
import { AlarmsPanel } from './alarms-panel';
import { AuditPanel } from './audit-panel';
import { CalendarPanel } from './calendar-panel';
import type { HomeLayout, PanelKey } from './home-layout';
import { HealthPanel } from './health-panel';
import { JobsPanel } from './jobs-panel';
import { KeyFiguresPanel } from './key-figures-panel';
import { LiveFeed } from './live-feed';
import { MyShiftPanel } from './my-shift-panel';
import { OnDutyPanel } from './on-duty-panel';
import { QueueCountsPanel } from './queue-counts-panel';
import { queue } from './queues';

/** One panel of the layout; a panel the user's permissions do not cover is left out rather than shown failing. */
export function HomePanel({ panel, user, layout }: { panel: PanelKey; user: SessionUser; layout: HomeLayout }) {
  const may = (permission: SessionUser['permissions'][number]) => user.permissions.includes(permission);
  switch (panel) {
    case 'queues':
      return may('order.read') ? <QueueCountsPanel queues={layout.queues.map((key) => queue(key, user.unitId))} /> : null;
    case 'alarms':
      return may('order.read') ? <AlarmsPanel clocks={layout.alarmClocks} unitId={user.unitId} /> : null;
    case 'keyFigures':
      return may('order.read') ? <KeyFiguresPanel /> : null;
    case 'myShift':
      return may('roster.read') ? <MyShiftPanel userId={user.id} /> : null;
    case 'onDuty':
      return may('roster.read') ? <OnDutyPanel /> : null;
    case 'feed':
      return <LiveFeed />;
    case 'jobs':
      return may('admin.jobs') ? <JobsPanel /> : null;
    case 'calendar':
      return may('admin.policies') ? <CalendarPanel /> : null;
    case 'audit':
      return may('audit.read') && may('admin.users') ? <AuditPanel /> : null;
    case 'health':
      return may('admin.jobs') ? <HealthPanel /> : null;
  }
}
