import { useEffect, useState } from 'react';
import { api, session } from '../services';
import { idlePhase, renewalDue, samePhase, type IdlePhase } from './idle-clock';
import { IDLE_NOTICE } from './session';

/** Once a second: the countdown of the warning shows seconds. */
const CHECK_EVERY_MS = 1_000;
/** After a failed silent renewal (offline), wait this long before the next try. */
const RENEWAL_RETRY_MS = 15_000;

/**
 * The idle sign-out of the signed-in frame (MLPS 2.0 level 3). Follows the user's activity in all their tabs and the
 * server's SESSION_IDLE_TIMEOUT; renews the session silently while they are active; returns the phase, so the
 * frame can warn a minute before; signs out every tab with 会话已超时 when the time is up. Background tabs run
 * timers late, so the check also runs when the tab becomes visible again.
 */
export function useIdleTimeout(): IdlePhase {
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'active' });

  useEffect(() => {
    const activity = session.activity;
    const stopTracking = activity.start();
    let signedOut = false;
    let nextRenewalTryAt = 0;

    const check = () => {
      if (signedOut) return;
      const now = Date.now();
      const idleMs = session.idleTimeoutMs();
      const next = idlePhase(now, activity.lastActivityAt, idleMs);
      setPhase((previous) => (samePhase(previous, next) ? previous : next));
      if (next.kind === 'expired') {
        signedOut = true;
        void session.logout(IDLE_NOTICE);
        return;
      }
      const accessStaleAt = api.tokens.get()?.accessStaleAt ?? Infinity;
      if (now >= nextRenewalTryAt && renewalDue({ now, lastLocalActivityAt: activity.lastLocalActivityAt, lastRenewedAt: activity.lastRenewedAt, idleMs, accessStaleAt })) {
        nextRenewalTryAt = now + RENEWAL_RETRY_MS;
        // A refusal ends the session through the api client; a network failure waits for the next try.
        api.renew(null).catch(() => undefined);
      }
    };
    const onVisibility = () => document.visibilityState === 'visible' && check();

    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      stopTracking();
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(timer);
    };
  }, []);

  return phase;
}

/** 继续使用: counts as activity in every tab and renews the session at once. */
export function continueSession(): void {
  session.activity.markActive({ announce: true });
  api.renew(null).catch(() => undefined);
}
