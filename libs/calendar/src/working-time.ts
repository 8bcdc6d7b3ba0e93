import { addCalendarDays, calendarDaysBetween } from './calendar-date.js';
import { shanghaiDateOf } from './shanghai-time.js';
import type { WorkCalendar } from './work-calendar.js';

export type DurationUnit = 'minutes' | 'hours' | 'workingDays';

export const DURATION_UNITS: readonly DurationUnit[] = ['minutes', 'hours', 'workingDays'];

/** A clock length as the policy table stores it; minutes and hours are wall-clock time (the hotline is 7×24). */
export interface Duration {
  unit: DurationUnit;
  amount: number;
}

/** An instant computed with the working calendar; `provisional` when a day examined lay in an unknown year. */
export interface WorkingTimeResult {
  at: Date;
  provisional: boolean;
}

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/**
 * The longest official break (春节) is 9 days; far more consecutive days off means a broken holiday table, and
 * stopping beats searching forever.
 */
const MAX_CONSECUTIVE_DAYS_OFF = 60;

export function addMinutes(start: Date, minutes: number): Date {
  if (!Number.isFinite(minutes)) throw new RangeError(`Minutes must be a finite number, got ${minutes}`);
  return new Date(start.getTime() + Math.round(minutes * MINUTE_MS));
}

export function addHours(start: Date, hours: number): Date {
  if (!Number.isFinite(hours)) throw new RangeError(`Hours must be a finite number, got ${hours}`);
  return addMinutes(start, hours * 60);
}

/**
 * N working days from an instant end at the same Shanghai clock time on the N-th following working day
 * (DESIGN §4); the start's own day does not count, whether or not it is a working day. A negative N counts
 * back to the N-th preceding working day. N must be an integer: a "half working day" has no agreed meaning.
 */
export function addWorkingDays(start: Date, workingDays: number, calendar: WorkCalendar): WorkingTimeResult {
  if (!Number.isInteger(workingDays)) throw new RangeError(`Working days must be an integer, got ${workingDays}`);
  const startDate = shanghaiDateOf(start);
  const step = workingDays < 0 ? -1 : 1;
  let remaining = Math.abs(workingDays);
  let date = startDate;
  let provisional = false;
  let daysOffInARow = 0;
  while (remaining > 0) {
    date = addCalendarDays(date, step);
    const day = calendar.describeDay(date);
    provisional ||= day.provisional;
    if (day.working) {
      remaining -= 1;
      daysOffInARow = 0;
    } else if (++daysOffInARow > MAX_CONSECUTIVE_DAYS_OFF) {
      const message = `More than ${MAX_CONSECUTIVE_DAYS_OFF} days off in a row up to ${date}: check the holiday table`;
      throw new RangeError(message);
    }
  }
  // Shanghai has a fixed offset, so whole days of 24 h keep the clock time to the millisecond.
  return { at: new Date(start.getTime() + calendarDaysBetween(startDate, date) * DAY_MS), provisional };
}

/** `start` plus a policy duration. */
export function addDuration(start: Date, duration: Duration, calendar: WorkCalendar): WorkingTimeResult {
  switch (duration.unit) {
    case 'minutes':
      return { at: addMinutes(start, duration.amount), provisional: false };
    case 'hours':
      return { at: addHours(start, duration.amount), provisional: false };
    case 'workingDays':
      return addWorkingDays(start, duration.amount, calendar);
    default:
      // Reachable only with an unvalidated stored policy.
      throw new RangeError(`Unknown duration unit ${JSON.stringify((duration as { unit: unknown }).unit)}`);
  }
}

/** `end` minus a policy duration (e.g. the review buffer before the upstream limit). */
export function subtractDuration(end: Date, duration: Duration, calendar: WorkCalendar): WorkingTimeResult {
  return addDuration(end, { unit: duration.unit, amount: -duration.amount }, calendar);
}
