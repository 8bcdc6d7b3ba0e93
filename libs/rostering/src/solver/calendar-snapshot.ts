import { addDays, datesOfMonth, isMondayToFriday, type RosterCalendar, type RosterContext } from '@app/roster';

/** The calendar as plain data: functions cannot cross into a worker thread. */
export interface CalendarSnapshot {
  known: string[];
  workingDays: string[];
  holidays: string[];
}

/** Margin around the month: the rules look back into the previous month and overnight shifts run past its end. */
const MARGIN_DAYS = 14;

export function snapshotCalendar(context: RosterContext): CalendarSnapshot | undefined {
  const calendar = context.calendar;
  if (!calendar) return undefined;
  const dates = datesOfMonth(context.month);
  const known: string[] = [];
  for (let d = addDays(dates[0]!, -MARGIN_DAYS); d <= addDays(dates[dates.length - 1]!, MARGIN_DAYS); d = addDays(d, 1)) known.push(d);
  return {
    known,
    workingDays: known.filter((d) => (calendar.isWorkingDay ?? isMondayToFriday)(d)),
    holidays: known.filter((d) => calendar.isHoliday?.(d) ?? false),
  };
}

export function calendarFromSnapshot(snapshot: CalendarSnapshot | undefined): RosterCalendar | undefined {
  if (!snapshot) return undefined;
  const known = new Set(snapshot.known);
  const working = new Set(snapshot.workingDays);
  const holidays = new Set(snapshot.holidays);
  return {
    isWorkingDay: (date) => (known.has(date) ? working.has(date) : isMondayToFriday(date)),
    isHoliday: (date) => holidays.has(date),
  };
}
