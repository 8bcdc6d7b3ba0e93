import { effectiveClockDurations, type ClockSubject, type DeadlinePolicy } from './category-deadline-override.js';
import type { ClockKind } from './deadline-policy.js';
import type { WorkCalendar } from './work-calendar.js';
import { addDuration, subtractDuration, type WorkingTimeResult } from './working-time.js';

/** `category` is the order's category when the clock starts: it picks the admin's category overrides, if any. */
export interface ClockInput extends ClockSubject {
  /** The event that starts this clock: receipt (sign), dispatch (contact, unitReply), the unit's reply (review). */
  startAt: Date;
  /** The platform's limit 办理时限 (Art. 13); only the unit-reply clock uses it. */
  upstreamDueAt?: Date | null;
}

export interface DeadlineClock {
  kind: ClockKind;
  startedAt: Date;
  dueAt: Date;
  /** When 25% of the clock remains: the warning notification goes out then. */
  warnAt: Date;
  /** True when a day in a year without a loaded holiday schedule decided the due time (DESIGN §14). */
  provisional: boolean;
}

export type ClockState = 'running' | 'warning' | 'overdue';

/** Share of a clock's span after which it warns (DESIGN §4: "when 25% of a clock remains"). */
export const WARN_AFTER_FRACTION = 0.75;

/**
 * The unit's due time inside the platform's limit. Normally: the limit minus the review buffer. When the order
 * reaches the unit so late that the buffer no longer fits, the remaining time up to the limit is split in half —
 * the unit still gets a real chance to act and the desk keeps time to review before the limit, which is what a
 * dispatcher would do by hand. When the limit has already passed at dispatch, the due time is the limit itself:
 * the clock is overdue from the start, which is the truth; moving it needs an extension (Art. 15), not arithmetic.
 * In every case the unit is never due after the platform's limit.
 */
export function unitReplyDueWithinUpstream(
  startAt: Date,
  upstreamDueAt: Date,
  bufferedDue: WorkingTimeResult,
): WorkingTimeResult {
  const remainingMs = upstreamDueAt.getTime() - startAt.getTime();
  if (bufferedDue.at.getTime() > startAt.getTime() && bufferedDue.at.getTime() <= upstreamDueAt.getTime()) {
    return bufferedDue;
  }
  if (remainingMs > 0) {
    return { at: new Date(startAt.getTime() + Math.floor(remainingMs / 2)), provisional: bufferedDue.provisional };
  }
  return { at: new Date(upstreamDueAt.getTime()), provisional: false };
}

function dueOf(kind: ClockKind, input: ClockInput, policy: DeadlinePolicy, calendar: WorkCalendar): WorkingTimeResult {
  const { within, unitReplyBuffer, override } = effectiveClockDurations(policy, input, kind);
  if (kind !== 'unitReply') return addDuration(input.startAt, within, calendar);
  if (!input.upstreamDueAt) return addDuration(input.startAt, within, calendar);
  const limited = unitReplyDueWithinUpstream(
    input.startAt,
    input.upstreamDueAt,
    subtractDuration(input.upstreamDueAt, unitReplyBuffer, calendar),
  );
  if (!override) return limited;
  // A category's own reply time may shorten the unit's clock but never lengthen it past the platform rule above:
  // the platform's limit binds whatever the category (DESIGN §4), and the desk keeps its review buffer.
  const own = addDuration(input.startAt, within, calendar);
  return own.at.getTime() < limited.at.getTime() ? own : limited;
}

/**
 * Sets one of the desk's clocks (DESIGN §4) from the policy row of the order's type and urgency, or from the most
 * specific category override of the order's category that sets this clock.
 * @throws Error when the policy has no row for the order (validate policies with `validateDeadlinePolicy`).
 */
export function computeClock(
  kind: ClockKind,
  input: ClockInput,
  policy: DeadlinePolicy,
  calendar: WorkCalendar,
): DeadlineClock {
  if (Number.isNaN(input.startAt.getTime())) throw new RangeError('Clock start is an invalid Date');
  if (input.upstreamDueAt && Number.isNaN(input.upstreamDueAt.getTime())) {
    throw new RangeError('Upstream limit is an invalid Date');
  }
  const due = dueOf(kind, input, policy, calendar);
  return {
    kind,
    startedAt: new Date(input.startAt.getTime()),
    dueAt: new Date(due.at.getTime()),
    warnAt: warnAtOf(input.startAt, due.at),
    provisional: due.provisional,
  };
}

/** When 25% of the span from `startAt` to `dueAt` remains; a clock born expired warns when it expires. */
export function warnAtOf(startAt: Date, dueAt: Date): Date {
  const startMs = startAt.getTime();
  const spanMs = dueAt.getTime() - startMs;
  return new Date(spanMs > 0 ? startMs + Math.round(spanMs * WARN_AFTER_FRACTION) : dueAt.getTime());
}

/**
 * Where a clock stands at `now`. The due instant itself counts as expired, so a delayed job scheduled exactly at
 * `dueAt` (or `warnAt`) always sees the state it was scheduled for.
 */
export function clockState(clock: Pick<DeadlineClock, 'dueAt' | 'warnAt'>, now: Date): ClockState {
  if (now.getTime() >= clock.dueAt.getTime()) return 'overdue';
  if (now.getTime() >= clock.warnAt.getTime()) return 'warning';
  return 'running';
}
