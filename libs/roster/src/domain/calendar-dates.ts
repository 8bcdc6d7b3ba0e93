/**
 * Date arithmetic on 'YYYY-MM-DD' strings through a day number (days since 1970-01-01). UTC is used only as a
 * neutral counting base, so results never depend on the process time zone.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a date 'YYYY-MM-DD': ${date}`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY);
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 0 = Monday … 6 = Sunday (the order used by the hour-of-week demand). */
export function weekdayIndex(date: string): number {
  const sundayFirst = new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
  return (sundayFirst + 6) % 7;
}

export function isWeekend(date: string): boolean {
  return weekdayIndex(date) >= 5;
}

/** The Monday–Friday rule, used until the PRC calendar is passed in. */
export function isMondayToFriday(date: string): boolean {
  return !isWeekend(date);
}

export function isValidDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  return dateOfDayNumber(dayNumber(date)) === date;
}

/** Every date of a month 'YYYY-MM', in order. */
export function datesOfMonth(month: string): string[] {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a month 'YYYY-MM': ${month}`);
  const first = dayNumber(`${month}-01`);
  const next = Math.round(Date.UTC(Number(match[1]), Number(match[2]), 1) / MS_PER_DAY);
  const dates: string[] = [];
  for (let day = first; day < next; day++) dates.push(dateOfDayNumber(day));
  return dates;
}

export function isDateInMonth(date: string, month: string): boolean {
  return date.startsWith(`${month}-`) && isValidDate(date);
}

/** 'HH:MM' → minutes after midnight; '24:00' → 1440. */
export function minutesOfClock(clock: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) throw new RangeError(`Not a time 'HH:MM': ${clock}`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 1440 || Number(match[2]) > 59) throw new RangeError(`Not a time 'HH:MM': ${clock}`);
  return minutes;
}

/** Minutes since 1970-01-01 00:00 (wall clock) → 'YYYY-MM-DD HH:MM'. */
export function formatMinute(minute: number): string {
  const day = Math.floor(minute / 1440);
  const within = minute - day * 1440;
  return `${dateOfDayNumber(day)} ${formatClock(within)}`;
}

export function formatClock(minutesOfDay: number): string {
  const hours = Math.floor(minutesOfDay / 60);
  const minutes = minutesOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' → absolute minute; a bare date is its start (or its end when `endOfDay`). */
export function minuteOfDateTime(value: string, endOfDay = false): number {
  const [date, clock] = value.split(/[T ]/);
  const base = dayNumber(date) * 1440;
  if (clock === undefined) return base + (endOfDay ? 1440 : 0);
  return base + minutesOfClock(clock);
}
