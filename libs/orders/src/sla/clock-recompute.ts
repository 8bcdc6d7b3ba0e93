import type { DeadlineClock } from '@app/calendar';

/** The stored fields of a running clock that a recompute compares or carries over. */
export interface StoredClockTimes {
  due_at: Date;
  provisional: boolean;
  warned_at: Date | null;
}

/** A clock's new times after its calendar changed. */
export interface ClockRecompute {
  dueAt: Date;
  warnAt: Date;
  provisional: boolean;
  /**
   * The 25% warning already went out for the old due time and the new warning time is still ahead: forget it so
   * the warning for the real due time goes out. A warning time already past keeps the one that was sent.
   */
  rewarn: boolean;
}

/**
 * What a provisional clock becomes with the calendar as stored now (`computed`, from the clock's original start), or
 * null when it comes out as stored — already recomputed, or still decided by another year without a schedule. The
 * null case is what makes the recompute job idempotent.
 */
export function clockRecompute(stored: StoredClockTimes, computed: DeadlineClock, now: Date): ClockRecompute | null {
  const sameDue = new Date(stored.due_at).getTime() === computed.dueAt.getTime();
  if (sameDue && stored.provisional === computed.provisional) return null;
  return {
    dueAt: new Date(computed.dueAt.getTime()),
    warnAt: new Date(computed.warnAt.getTime()),
    provisional: computed.provisional,
    rewarn: stored.warned_at !== null && computed.warnAt.getTime() > now.getTime(),
  };
}
