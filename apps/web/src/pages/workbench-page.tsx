import { useCurrentUser } from '../auth/use-session';
import { useDocumentTitle } from '../lib/use-document-title';
import { BeijingClock } from './workbench/beijing-clock';
import { Greeting } from './workbench/greeting';
import { HealthPanel } from './workbench/health-panel';
import { LiveFeed } from './workbench/live-feed';
import { ShiftOverview } from './workbench/shift-overview';

/** 工作台: the operators' home — who is on, what time it is in Beijing, whether the system is healthy, what just happened. */
export function WorkbenchPage() {
  const user = useCurrentUser();
  useDocumentTitle('工作台');
  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">工作台</h1>
        <BeijingClock />
      </div>
      <Greeting user={user} />
      <ShiftOverview user={user} />
      <div className="workbench-grid">
        <LiveFeed />
        <HealthPanel />
      </div>
    </section>
  );
}
