import { LoginPage } from './auth/login-page';
import { useSessionState } from './auth/use-session';
import { AppShell } from './layout/app-shell';

/** Signed out: the login page, whatever the path (it is kept, so a deep link opens after signing in). */
export function App() {
  const state = useSessionState();
  switch (state.status) {
    case 'restoring':
      return (
        <p className="splash" role="status">
          正在恢复登录状态…
        </p>
      );
    case 'signed-out':
      return <LoginPage notice={state.notice} />;
    case 'signed-in':
      return <AppShell user={state.user} />;
  }
}
