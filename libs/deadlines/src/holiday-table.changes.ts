import type { CalendarDate, HolidayEntry } from '@app/calendar';
import type { StoredHolidayEntry } from './calendar.queries.js';

export interface HolidayDayChange {
  date: CalendarDate;
  before: HolidayEntry;
  after: HolidayEntry;
}

export interface HolidayTableChanges {
  added: HolidayEntry[];
  removed: HolidayEntry[];
  /** Same date, another kind or name. */
  changed: HolidayDayChange[];
  unchanged: number;
}

const plain = ({ date, kind, name }: HolidayEntry): HolidayEntry => ({ date, kind, name });

/**
 * The year as `PUT /api/admin/holidays/:year` would leave it: the admin's new rows, and the package's rows
 * (chinese-days) of the dates they do not override (the admin's old rows are replaced as a whole).
 */
export function holidayYearAfterReplace(current: readonly StoredHolidayEntry[], entries: readonly HolidayEntry[]): HolidayEntry[] {
  const given = new Set(entries.map((e) => e.date));
  const kept = current.filter((row) => row.source === 'chinese-days' && !given.has(row.date));
  return [...entries.map(plain), ...kept.map(plain)].sort((a, b) => a.date.localeCompare(b.date));
}

/** What saving would change, day by day: the preview's "新增 / 删除 / 修改" (DESIGN §14). */
export function holidayTableChanges(before: readonly HolidayEntry[], after: readonly HolidayEntry[]): HolidayTableChanges {
  const old = new Map(before.map((e) => [e.date, plain(e)]));
  const next = new Map(after.map((e) => [e.date, plain(e)]));
  const changes: HolidayTableChanges = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [date, entry] of next) {
    const was = old.get(date);
    if (!was) changes.added.push(entry);
    else if (was.kind !== entry.kind || was.name !== entry.name) changes.changed.push({ date, before: was, after: entry });
    else changes.unchanged += 1;
  }
  for (const [date, entry] of old) if (!next.has(date)) changes.removed.push(entry);
  const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);
  changes.added.sort(byDate);
  changes.removed.sort(byDate);
  changes.changed.sort(byDate);
  return changes;
}
