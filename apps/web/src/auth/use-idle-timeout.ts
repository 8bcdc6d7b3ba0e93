import { useEffect, useRef } from 'react';

/** MLPS 2.0 level 3: a session left alone for 30 minutes ends (the server's SESSION_IDLE_TIMEOUT default). */
export const IDLE_TIMEOUT_MS = 30 * 60_000;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const CHECK_EVERY_MS = 15_000;
/** `onActivity` runs at most this often (it may renew the access token). */
const ACTIVITY_THROTTLE_MS = 60_000;

/**
 * Calls `onIdle` once the user has not touched the page for `timeoutMs`. Background tabs run timers late, so the
 * check also runs when the tab becomes visible again.
 */
export function useIdleTimeout(onIdle: () => void, onActivity: () => void, timeoutMs = IDLE_TIMEOUT_MS): void {
  const callbacks = useRef({ onIdle, onActivity });
  callbacks.current = { onIdle, onActivity };

  useEffect(() => {
    let lastActivity = Date.now();
    let lastReported = 0;
    let fired = false;

    const markActive = () => {
      lastActivity = Date.now();
      if (lastActivity - lastReported >= ACTIVITY_THROTTLE_MS) {
        lastReported = lastActivity;
        callbacks.current.onActivity();
      }
    };
    const check = () => {
      if (!fired && Date.now() - lastActivity >= timeoutMs) {
        fired = true;
        callbacks.current.onIdle();
      }
    };
    const onVisibility = () => document.visibilityState === 'visible' && check();

    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, markActive, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, markActive, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(timer);
    };
  }, [timeoutMs]);
}
