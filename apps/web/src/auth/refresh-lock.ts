const LOCK_NAME = 'hotline.session.refresh';

/**
 * Runs `work` (one rotation of the refresh cookie) while no other tab of this origin runs one. Every tab spends the
 * same cookie; two tabs spending it at once would look like a replayed token. Once the first rotation's answer has
 * set the new cookie, the next tab's request carries that one.
 *
 * Web Locks exist only in secure contexts (HTTPS, localhost). On a plain-HTTP intranet the work runs unlocked and
 * the server's race tolerance (409 AUTH_REFRESH_RACE, retried by the api client) keeps a collision harmless.
 */
export function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);
  return locks ? locks.request(LOCK_NAME, work) : work();
}
