import type { EntityManager } from 'typeorm';
import { defaultDeadlinePolicy, loadChineseDaysHolidays, yearOf, type HolidayEntry, type HolidaySeed } from '@app/calendar';
import { insertHolidaysIfAbsent, upsertPolicyRows, type Queryable } from './calendar.queries.js';

/** Older years cannot matter to this desk's clocks or statistics (the contract starts in 2026). */
export const CHINESE_DAYS_FROM_YEAR = 2024;

export interface CalendarSeedResult {
  /** Holiday rows inserted. */
  holidays: number;
  /** Years newly marked as loaded. */
  years: number[];
  /** Default policy rows inserted. */
  policyRows: number;
}

let packageData: HolidaySeed | undefined;

/** The chinese-days schedule, read once per process (it is a static JSON file of the installed package). */
export function chineseDaysSchedule(): HolidaySeed {
  packageData ??= loadChineseDaysHolidays({ fromYear: CHINESE_DAYS_FROM_YEAR });
  return packageData;
}

/** Years the admin has marked loaded by hand: their schedule is the admin's, the package must not add to it. */
async function adminYears(db: Queryable, streetCode: string): Promise<Set<number>> {
  const rows = (await db.query(`SELECT year FROM holiday_year WHERE street_code = $1 AND source = 'admin'`, [
    streetCode,
  ])) as { year: number }[];
  return new Set(rows.map((row) => row.year));
}

/**
 * Inserts the package's holiday rows for `years` (all its years by default) where the date has no row yet. An
 * admin's row for a date always wins, and so does a year the admin marked loaded before the package knew it.
 */
export async function insertChineseDaysHolidays(db: Queryable, streetCode: string, years?: readonly number[]): Promise<number> {
  const skip = await adminYears(db, streetCode);
  const wanted = (entry: HolidayEntry) => {
    const year = yearOf(entry.date);
    return !skip.has(year) && (years === undefined || years.includes(year));
  };
  const inserted = await insertHolidaysIfAbsent(db, streetCode, chineseDaysSchedule().entries.filter(wanted), 'chinese-days');
  return inserted.length;
}

/**
 * Reference data every install needs (DESIGN §14): the chinese-days holidays and make-up workdays, their years
 * marked as loaded, and the default deadline policy (DESIGN §4) for any (type × urgency) the street lacks.
 * Idempotent and never overwrites: re-running it inserts only what is missing, so an admin's rows survive every
 * restart and a newer chinese-days package adds its new years on the next start.
 * Call it inside a transaction: the advisory lock is transaction-scoped and serialises concurrent seeders.
 */
export async function seedCalendar(manager: EntityManager, streetCode: string, at: Date = new Date()): Promise<CalendarSeedResult> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('calendar-seed:' || $1))`, [streetCode]);
  const holidays = await insertChineseDaysHolidays(manager, streetCode);
  const marked = (await manager.query(
    `INSERT INTO holiday_year (street_code, year, loaded_at, source)
     SELECT $1, y, $3, 'chinese-days' FROM unnest($2::int[]) AS y
     ON CONFLICT (street_code, year) DO NOTHING
     RETURNING year`,
    [streetCode, chineseDaysSchedule().knownYears, at],
  )) as { year: number }[];
  const policyRows = await upsertPolicyRows(manager, streetCode, defaultDeadlinePolicy(), at, null, 'nothing');
  return { holidays, years: marked.map((row) => row.year).sort((a, b) => a - b), policyRows };
}
