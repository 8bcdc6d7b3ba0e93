import { AlarmSoundToggle } from '../alarms/alarm-sound-toggle';
import { hearsAlarms } from '../alarms/hears-alarms';
import type { SessionUser } from '../api/types';
import { PRODUCT_NAME, streetTitle } from '../branding';
import { ConnectionIndicator } from '../realtime/connection-indicator';
import { Link } from '../routing/link';

interface TopBarProps {
  user: SessionUser;
  onLogout: () => void;
}

export function TopBar({ user, onLogout }: TopBarProps) {
  return (
    <header className="top-bar">
      <Link to="/" className="top-bar__brand">
        <span className="top-bar__emblem" aria-hidden="true">办</span>
        <span>
          {streetTitle(user.streetName)} {PRODUCT_NAME}
        </span>
      </Link>
      <div className="top-bar__right">
        {hearsAlarms(user.permissions) ? <AlarmSoundToggle /> : null}
        <ConnectionIndicator />
        <span className="top-bar__user">
          <span className="top-bar__name">{user.displayName}</span>
          <span className="role-badge">{user.roleLabel}</span>
        </span>
        <button type="button" className="button button--ghost" onClick={onLogout}>
          退出登录
        </button>
      </div>
    </header>
  );
}
