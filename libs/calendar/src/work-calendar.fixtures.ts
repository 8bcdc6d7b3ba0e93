// Calendars shared by the specs of this library (not exported from index.ts).
import { loadChineseDaysHolidays } from './chinese-days-source.js';
import type { HolidayEntry } from './holiday-entry.js';
import { WorkCalendar } from './work-calendar.js';

/**
 * A 2027 National Day schedule as an admin might load it. Invented for tests: the real 2027 notice is not out when
 * this is written. 10-01 (Fri) – 10-07 (Thu) off, Sunday 09-26 and Saturday 10-09 worked.
 */
export const ADMIN_2027_NATIONAL_DAY: HolidayEntry[] = [
  { date: '2027-09-26', kind: 'workday', name: '国庆节' },
  ...['01', '02', '03', '04', '05', '06', '07'].map(
    (day): HolidayEntry => ({ date: `2027-10-${day}`, kind: 'holiday', name: '国庆节' }),
  ),
  { date: '2027-10-09', kind: 'workday', name: '国庆节' },
];

/** The real schedule as shipped by `chinese-days` (it knows 2026 and nothing after). */
export function packageCalendar(): WorkCalendar {
  const { entries, knownYears } = loadChineseDaysHolidays({ fromYear: 2025, toYear: 2028 });
  return new WorkCalendar(entries, knownYears);
}

/** The package's data plus an admin-loaded 2027; 2028 stays unknown. */
export function calendarWithAdmin2027(): WorkCalendar {
  const { entries, knownYears } = loadChineseDaysHolidays({ fromYear: 2025, toYear: 2028 });
  return new WorkCalendar([...entries, ...ADMIN_2027_NATIONAL_DAY], [...knownYears, 2027]);
}
