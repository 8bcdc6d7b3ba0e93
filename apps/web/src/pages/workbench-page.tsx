import { useCurrentUser } from '../auth/use-session';
import { useDocumentTitle } from '../lib/use-document-title';
import { BeijingClock } from './workbench/beijing-clock';
import { Greeting } from './workbench/greeting';
import { HOME_LAYOUTS } from './workbench/home-layout';
import { HomePanel } from './workbench/home-panel';

/** 工作台: each role's home — the work it acts on now, its alarms, its shift, what just happened (issue 10, item 6). */
export function WorkbenchPage() {
  const user = useCurrentUser();
  useDocumentTitle('工作台');
  const layout = HOME_LAYOUTS[user.role];
  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">工作台</h1>
        <BeijingClock />
      </div>
      <Greeting user={user} />
      <div className={layout.side.length ? 'home-grid' : 'home-grid home-grid--single'}>
        <div className="home-grid__column">
          {layout.main.map((panel) => (
            <HomePanel key={panel} panel={panel} user={user} layout={layout} />
          ))}
        </div>
        {layout.side.length ? (
          <div className="home-grid__column">
            {layout.side.map((panel) => (
              <HomePanel key={panel} panel={panel} user={user} layout={layout} />
            ))}
          </div>
        ) : null}
      </div>
    </section>
  );
}
