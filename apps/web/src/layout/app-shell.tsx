import type { SessionUser } from '../api/types';
import { IDLE_NOTICE } from '../auth/session';
import { useIdleTimeout } from '../auth/use-idle-timeout';
import { api, session } from '../services';
import { visibleNavItems } from './nav-items';
import { PageOutlet } from './page-outlet';
import { SideNav } from './side-nav';
import { TopBar } from './top-bar';

/** The signed-in frame: top bar, the permission-driven nav, the current page, and the idle sign-out. */
export function AppShell({ user }: { user: SessionUser }) {
  useIdleTimeout(
    () => void session.logout(IDLE_NOTICE),
    // An active user keeps the server session alive even on pages that make no requests.
    () => void api.keepFresh().catch(() => undefined),
  );

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <TopBar user={user} onLogout={() => void session.logout()} />
      <div className="shell__body">
        <SideNav items={visibleNavItems(user.permissions)} />
        <main id="main" className="shell__main" tabIndex={-1}>
          <PageOutlet user={user} />
        </main>
      </div>
    </div>
  );
}
