/**
 * The idle sign-out's arithmetic (MLPS 2.0 level 3: a session left alone ends), kept pure so it is tested without a
 * browser. Times are epoch ms of the browser's clock, which all tabs of the browser share.
 */

/** The server's SESSION_IDLE_TIMEOUT default, until the server has said otherwise. */
export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60_000;
/** The warning shows this long before the sign-out (DESIGN §1; at most half the idle time for very short ones). */
export const WARNING_LEAD_MS = 60_000;
/** A tab whose user acted this recently renews a stale access token at once rather than on the next click. */
export const RECENT_ACTIVITY_MS = 60_000;
/** Restart the server's idle clock this long before it runs out (a background tab's timers may run a minute late). */
const MAX_RENEWAL_MARGIN_MS = 2 * 60_000;

export type IdlePhase =
  | { kind: 'active' }
  | { kind: 'warning'; idleMinutes: number; secondsLeft: number }
  | { kind: 'expired' };

/** Where the user stands, `lastActivityAt` being the latest activity in any of their tabs. */
export function idlePhase(now: number, lastActivityAt: number, idleMs: number): IdlePhase {
  const idleFor = Math.max(0, now - lastActivityAt);
  if (idleFor >= idleMs) return { kind: 'expired' };
  if (idleFor < idleMs - Math.min(WARNING_LEAD_MS, idleMs / 2)) return { kind: 'active' };
  return { kind: 'warning', idleMinutes: Math.floor(idleFor / 60_000), secondsLeft: Math.ceil((idleMs - idleFor) / 1000) };
}

export function samePhase(a: IdlePhase, b: IdlePhase): boolean {
  if (a.kind !== 'warning' || b.kind !== 'warning') return a.kind === b.kind;
  return a.idleMinutes === b.idleMinutes && a.secondsLeft === b.secondsLeft;
}

export interface RenewalClock {
  now: number;
  /** This tab's latest user activity (each tab renews for its own). */
  lastLocalActivityAt: number;
  /** The latest renewal by any tab: the server's idle clock restarted then. */
  lastRenewedAt: number;
  idleMs: number;
  /** When this tab's access token turns stale. */
  accessStaleAt: number;
}

/**
 * Whether this tab should renew now. The server ends a session SESSION_IDLE_TIMEOUT after its last renewal, the
 * browser after the last activity; renewing whenever activity came after the last renewal and the server's clock
 * is about to run out keeps the server's deadline at or after the browser's, with a renewal about once per idle
 * period instead of one per click. A user at the keyboard also gets a fresh access token before it expires.
 */
export function renewalDue(c: RenewalClock): boolean {
  if (c.now - c.lastLocalActivityAt < RECENT_ACTIVITY_MS && c.now >= c.accessStaleAt) return true;
  if (c.lastLocalActivityAt <= c.lastRenewedAt) return false;
  return c.now >= c.lastRenewedAt + c.idleMs - Math.min(MAX_RENEWAL_MARGIN_MS, c.idleMs / 4);
}
