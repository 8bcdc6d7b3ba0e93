import { formatCalendarDate, parseCalendarDate, type CalendarDate } from './calendar-date.js';

/**
 * Business time is Asia/Shanghai. China has observed no daylight saving time since 1991 and the zone is UTC+8 all
 * year, so a fixed offset is exact for every date this system handles — and, unlike Intl or the process TZ, it
 * gives the same answer on a server running in UTC (as our tests do) or anywhere else.
 */
export const SHANGHAI_UTC_OFFSET_MINUTES = 8 * 60;

const OFFSET_MS = SHANGHAI_UTC_OFFSET_MINUTES * 60 * 1000;
const CLOCK_TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant shifted so that its UTC fields read as Shanghai wall-clock fields. */
function shanghaiWallClock(instant: Date): Date {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return new Date(ms + OFFSET_MS);
}

/** The Shanghai calendar date on which `instant` falls. */
export function shanghaiDateOf(instant: Date): CalendarDate {
  const wall = shanghaiWallClock(instant);
  return formatCalendarDate({ year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() });
}

/** The Shanghai wall-clock time of `instant` as 'HH:mm'. */
export function shanghaiClockTimeOf(instant: Date): string {
  const wall = shanghaiWallClock(instant);
  return `${String(wall.getUTCHours()).padStart(2, '0')}:${String(wall.getUTCMinutes()).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD HH:mm' in Shanghai time: for messages, logs and test expectations. */
export function formatShanghai(instant: Date): string {
  return `${shanghaiDateOf(instant)} ${shanghaiClockTimeOf(instant)}`;
}

/**
 * The instant at which Shanghai clocks show `date` and `clockTime` ('HH:mm' or 'HH:mm:ss', default midnight).
 * '24:00' is rejected: write the next day's '00:00'.
 */
export function shanghaiInstant(date: CalendarDate, clockTime = '00:00'): Date {
  const { year, month, day } = parseCalendarDate(date);
  const match = CLOCK_TIME_PATTERN.exec(clockTime);
  const [hours, minutes, seconds] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3] ?? 0)];
  if (!match || hours > 23 || minutes > 59 || seconds > 59) {
    throw new RangeError(`Not a clock time (HH:mm or HH:mm:ss): ${JSON.stringify(clockTime)}`);
  }
  return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds) - OFFSET_MS);
}
