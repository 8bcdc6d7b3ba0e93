/** Lockout after 5 failed sign-ins within 15 minutes, for 15 minutes (DESIGN §1, MLPS 2.0 level 3). */
export const LOCKOUT_POLICY = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

export function shouldLock(failuresInWindow: number): boolean {
  return failuresInWindow >= LOCKOUT_POLICY.maxFailures;
}
