/** Error codes of sign-in sessions beyond the shared ones in `ErrorCode`. */
export const SessionErrorCode = {
  /** Two tabs of one browser spent the same cookie refresh token at once; the loser retries with the new cookie. */
  RefreshRace: 'AUTH_REFRESH_RACE',
  /** SESSION_MAX_LIFETIME reached, however active the user was. */
  SessionExpired: 'AUTH_SESSION_EXPIRED',
} as const;

/**
 * A cookie refresh token presented again within this window of its first use is taken for tabs racing (browsers
 * without Web Locks, i.e. plain-HTTP intranets) and answered 409 without new tokens; later it is a replay and
 * revokes the session. The replayer gains nothing either way: no tokens are issued to a spent token.
 */
export const REFRESH_RACE_WINDOW_MS = 10_000;

export function isRefreshRace(usedAt: Date | null, now: Date): boolean {
  return usedAt === null || now.getTime() - usedAt.getTime() < REFRESH_RACE_WINDOW_MS;
}
