import { AlarmCenter } from '../alarms/alarm-center';
import type { SessionUser } from '../api/types';
import { IdleWarning } from '../auth/idle-warning';
import { session } from '../services';
import { visibleNavItems } from './nav-items';
import { PageOutlet } from './page-outlet';
import { SideNav } from './side-nav';
import { TopBar } from './top-bar';

/** The signed-in frame: top bar, the permission-driven nav, the current page, and the idle sign-out. */
export function AppShell({ user }: { user: SessionUser }) {
  return (
    <div className="shell">
      {/* The idle sign-out, its warning a minute before, and the silent renewal while the user is active. */}
      <IdleWarning />
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <TopBar user={user} onLogout={() => void session.logout()} />
      <AlarmCenter />
      <div className="shell__body">
        <SideNav items={visibleNavItems(user.permissions)} />
        <main id="main" className="shell__main" tabIndex={-1}>
          <PageOutlet user={user} />
        </main>
      </div>
    </div>
  );
}
