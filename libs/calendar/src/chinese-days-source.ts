// The package's own JSON data file (documented in its README), not its functions: those parse 'YYYY-MM-DD' as
// UTC but read it back in the process's local time, so in a time zone west of UTC every date comes out one day
// early. The JSON was generated once by the package and is the same in every time zone.
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { isWeekend, yearOf, type CalendarDate } from './calendar-date.js';
import type { HolidayEntry } from './holiday-entry.js';

/** Shape of chinese-days.json: date → "English name,中文名,days"; `inLieuDays` (调休 days off) is not needed here. */
interface ChineseDaysData {
  holidays: Record<CalendarDate, string>;
  workdays: Record<CalendarDate, string>;
}

export interface HolidaySeed {
  /** Holidays (including those on weekends) and make-up workdays, ascending by date. */
  entries: HolidayEntry[];
  /** Years for which the package carries the official schedule, ascending. */
  knownYears: number[];
}

export interface ChineseDaysYearRange {
  /** First year to take; default 2024 (older years cannot matter to this desk's clocks or statistics). */
  fromYear?: number;
  /** Last year to take; default: the last year the package knows. */
  toYear?: number;
}

/** "National Day,国庆节,3" → "国庆节"; any other shape is kept whole rather than lost. */
function festivalName(packageName: string): string {
  return packageName.split(',')[1]?.trim() || packageName;
}

/**
 * Holidays and make-up workdays (调休上班) from the `chinese-days` package, to seed the holiday table.
 * A year is known when the package lists at least one official holiday in it (every real schedule has 元旦), so
 * the known years come from the data, not from a constant that would go stale with the next package update.
 */
export function loadChineseDaysHolidays(range: ChineseDaysYearRange = {}): HolidaySeed {
  const fromYear = range.fromYear ?? 2024;
  const toYear = range.toYear ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`Invalid year range ${fromYear}–${toYear}`);
  }
  const data: ChineseDaysData = chineseDaysData;
  const inRange = (date: CalendarDate): boolean => yearOf(date) >= fromYear && yearOf(date) <= toYear;

  const holidays = Object.entries(data.holidays)
    .filter(([date]) => inRange(date))
    .map(([date, name]): HolidayEntry => ({ date, kind: 'holiday', name: festivalName(name) }));
  // The package's workday list holds only make-up days; a weekday in it would change nothing, so only weekends count.
  const makeUpWorkdays = Object.entries(data.workdays)
    .filter(([date]) => inRange(date) && isWeekend(date))
    .map(([date, name]): HolidayEntry => ({ date, kind: 'workday', name: festivalName(name) }));

  const entries = [...holidays, ...makeUpWorkdays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const knownYears = [...new Set(holidays.map((entry) => yearOf(entry.date)))].sort((a, b) => a - b);
  return { entries, knownYears };
}
