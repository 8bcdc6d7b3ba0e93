import { isWeekend, yearOf, type CalendarDate } from './calendar-date.js';
import { validateHolidayEntries, type HolidayEntry } from './holiday-entry.js';

/** Why a day is, or is not, a working day. */
export type WorkingDayReason = 'weekday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface CalendarDay {
  date: CalendarDate;
  working: boolean;
  reason: WorkingDayReason;
  /** Festival name for holiday and make-up workday rows. */
  name?: string;
  /**
   * True when the day's year has no loaded official schedule: the answer is the Monday–Friday rule (plus any
   * rows the admin already entered), which may change once the State Council publishes that year (DESIGN §14).
   */
  provisional: boolean;
}

/**
 * The PRC working-day calendar built from holiday-table rows and the years whose official schedule is loaded.
 * It never refuses a date: an unknown year falls back to Monday–Friday and says so through `provisional`.
 */
export class WorkCalendar {
  private readonly entriesByDate: ReadonlyMap<CalendarDate, HolidayEntry>;
  private readonly knownYearSet: ReadonlySet<number>;

  /** @throws RangeError when the rows are malformed (see `validateHolidayEntries`) or a year is not an integer. */
  constructor(entries: readonly HolidayEntry[], knownYears: Iterable<number>) {
    const problems = validateHolidayEntries(entries);
    if (problems.length > 0) {
      const summary = problems.map((problem) => `#${problem.index} ${problem.field}: ${problem.message}`).join('; ');
      throw new RangeError(`Invalid holiday entries: ${summary}`);
    }
    const years = [...knownYears];
    const badYear = years.find((year) => !Number.isInteger(year));
    if (badYear !== undefined) throw new RangeError(`Known year must be an integer, got ${badYear}`);

    this.entriesByDate = new Map(entries.map((entry) => [entry.date, { ...entry }]));
    this.knownYearSet = new Set(years);
  }

  /** Years whose official schedule is loaded, ascending. */
  get knownYears(): number[] {
    return [...this.knownYearSet].sort((a, b) => a - b);
  }

  isKnownYear(year: number): boolean {
    return this.knownYearSet.has(year);
  }

  /** The rows the calendar was built from, by date. */
  get entries(): HolidayEntry[] {
    return [...this.entriesByDate.values()]
      .map((entry) => ({ ...entry }))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  /** Full answer for one date, including whether it is only provisional. */
  describeDay(date: CalendarDate): CalendarDay {
    const provisional = !this.knownYearSet.has(yearOf(date));
    const entry = this.entriesByDate.get(date);
    if (entry?.kind === 'workday') {
      return { date, working: true, reason: 'makeUpWorkday', name: entry.name, provisional };
    }
    if (entry?.kind === 'holiday') {
      return { date, working: false, reason: 'holiday', name: entry.name, provisional };
    }
    return isWeekend(date)
      ? { date, working: false, reason: 'weekend', provisional }
      : { date, working: true, reason: 'weekday', provisional };
  }

  /**
   * Whether `date` is a working day. For a year without a loaded schedule this is the Monday–Friday rule; callers
   * that must report the uncertainty use `describeDay` (or the working-time functions, which do).
   */
  isWorkingDay(date: CalendarDate): boolean {
    return this.describeDay(date).working;
  }
}
