import { isCalendarDate, isWeekend, type CalendarDate } from './calendar-date.js';

/**
 * One row of the holiday table (DESIGN §14).
 * - `holiday` 法定节假日: a day off, even when it falls on a weekday.
 * - `workday` 调休上班: a make-up workday, a working day even on a Saturday or Sunday.
 */
export type HolidayKind = 'holiday' | 'workday';

export const HOLIDAY_KINDS: readonly HolidayKind[] = ['holiday', 'workday'];

export interface HolidayEntry {
  date: CalendarDate;
  kind: HolidayKind;
  /** The festival it belongs to, e.g. 国庆节 (also on its make-up workdays). */
  name: string;
}

export interface HolidayEntryProblem {
  /** Index of the offending entry in the list that was checked. */
  index: number;
  field: 'date' | 'kind' | 'name';
  message: string;
}

/**
 * Checks a holiday list as an admin would type it, returning every problem found (empty list = valid).
 * Input is `unknown` because it comes from a form or a stored JSON document.
 */
export function validateHolidayEntries(entries: unknown): HolidayEntryProblem[] {
  if (!Array.isArray(entries)) {
    return [{ index: -1, field: 'date', message: 'holiday entries must be a list' }];
  }
  const problems: HolidayEntryProblem[] = [];
  const firstIndexByDate = new Map<string, number>();
  entries.forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) {
      problems.push({ index, field: 'date', message: 'entry must be an object' });
      return;
    }
    const { date, kind, name } = entry as Record<string, unknown>;
    if (!isCalendarDate(date)) {
      problems.push({ index, field: 'date', message: `not a real date in YYYY-MM-DD form: ${JSON.stringify(date)}` });
    } else {
      const earlier = firstIndexByDate.get(date);
      if (earlier !== undefined) {
        problems.push({ index, field: 'date', message: `${date} is already listed (entry ${earlier})` });
      } else {
        firstIndexByDate.set(date, index);
      }
    }
    if (kind !== 'holiday' && kind !== 'workday') {
      const message = `kind must be 'holiday' or 'workday', got ${JSON.stringify(kind)}`;
      problems.push({ index, field: 'kind', message });
    } else if (kind === 'workday' && isCalendarDate(date) && !isWeekend(date)) {
      // A weekday already is a working day; such a row is almost always a typo for the intended weekend date.
      const message = `${date} is a weekday: a make-up workday must be a Saturday or Sunday`;
      problems.push({ index, field: 'kind', message });
    }
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push({ index, field: 'name', message: 'name must be a non-empty text' });
    }
  });
  return problems;
}
