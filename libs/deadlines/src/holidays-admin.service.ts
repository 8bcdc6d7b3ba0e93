import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import type { HolidayEntry } from '@app/calendar';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { JobQueue } from '@app/queue';
import { selectHolidays, type CalendarSource, type Queryable, type StoredHolidayEntry } from './calendar.queries.js';
import { CalendarService } from './calendar.service.js';
import { holidayTableChanges, holidayYearAfterReplace, type HolidayTableChanges } from './holiday-table.changes.js';
import type { ParsedHolidayTable } from './holiday-table.parser.js';
import { countProvisionalClocksOfYear, enqueueProvisionalRecompute } from './provisional-recompute.js';
import { insertChineseDaysHolidays } from './seed-calendar.js';

export interface HolidayYearView {
  year: number;
  /** The year's official schedule is loaded: its dates are not provisional (DESIGN §14). */
  known: boolean;
  /** Who marked the year loaded: the chinese-days package at seeding, or an admin. */
  knownSource: CalendarSource | null;
  loadedAt: Date | null;
  /** Every row of the year, the package's and the admin's, by date. */
  entries: StoredHolidayEntry[];
}

export interface HolidayYearInput {
  entries: HolidayEntry[];
  markLoaded: boolean;
}

/** What saving a pasted table would do; nothing is stored (POST /api/admin/holidays/:year/preview). */
export interface HolidayYearPreview extends ParsedHolidayTable {
  year: number;
  /** The year as stored today. */
  current: Pick<HolidayYearView, 'known' | 'knownSource' | 'loadedAt'>;
  /** Day by day, against today's table; computed only when every row passed. */
  changes: HolidayTableChanges | null;
  /** Running clocks of the street set with the Monday–Friday rule that reach into the year: saving recomputes them. */
  provisional: { clocks: number; orders: number };
}

/** The admin's maintenance of the holiday table, one year at a time (DESIGN §14). */
@Injectable()
export class HolidaysAdminService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly calendars: CalendarService,
    private readonly jobs: JobQueue,
  ) {}

  async viewYear(streetCode: string, year: number, db: Queryable = this.dataSource): Promise<HolidayYearView> {
    const entries = await selectHolidays(db, streetCode, year);
    const [mark] = (await db.query(
      `SELECT loaded_at AS "loadedAt", source FROM holiday_year WHERE street_code = $1 AND year = $2`,
      [streetCode, year],
    )) as { loadedAt: Date; source: CalendarSource }[];
    return { year, known: !!mark, knownSource: mark?.source ?? null, loadedAt: mark?.loadedAt ?? null, entries };
  }

  async preview(streetCode: string, year: number, parsed: ParsedHolidayTable): Promise<HolidayYearPreview> {
    const { known, knownSource, loadedAt, entries } = await this.viewYear(streetCode, year);
    const changes = parsed.problems.length === 0 ? holidayTableChanges(entries, holidayYearAfterReplace(entries, parsed.entries)) : null;
    const provisional = await countProvisionalClocksOfYear(this.dataSource, streetCode, year);
    return { year, ...parsed, current: { known, knownSource, loadedAt }, changes, provisional };
  }

  /**
   * Replaces the admin's rows of `year` with `input.entries` in one transaction. An admin row overrides the
   * package's row for the same date; a date the admin stops overriding gets the package's row back, so the year
   * always reads "package schedule, corrected by the admin". `markLoaded` true marks the year known (its dates stop
   * being provisional); false withdraws an admin's mark, but never the package's (its schedule is official).
   * Entries must already be validated (`holidayEntriesFieldErrors`).
   */
  async replaceYear(actor: Actor, year: number, input: HolidayYearInput): Promise<HolidayYearView> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      // The seeder's lock: a seeder starting meanwhile must not re-add package rows between the delete and insert.
      await t.manager.query(`SELECT pg_advisory_xact_lock(hashtext('calendar-seed:' || $1))`, [street]);
      const before = await this.viewYear(street, year, t.manager);

      await t.manager.query(
        `DELETE FROM holiday WHERE street_code = $1 AND source = 'admin'
            AND date >= make_date($2::int, 1, 1) AND date < make_date($2::int + 1, 1, 1)`,
        [street, year],
      );
      if (input.entries.length > 0) {
        await t.manager.query(
          `INSERT INTO holiday (street_code, date, kind, name, source)
           SELECT $1, e.date::date, e.kind, e.name, 'admin' FROM unnest($2::text[], $3::text[], $4::text[]) AS e(date, kind, name)
           ON CONFLICT (street_code, date) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, source = 'admin'`,
          [street, input.entries.map((e) => e.date), input.entries.map((e) => e.kind), input.entries.map((e) => e.name)],
        );
      }
      if (input.markLoaded) {
        await t.manager.query(
          `INSERT INTO holiday_year (street_code, year, loaded_at, source) VALUES ($1, $2, $3, 'admin')
           ON CONFLICT (street_code, year) DO UPDATE SET loaded_at = EXCLUDED.loaded_at WHERE holiday_year.source = 'admin'`,
          [street, year, t.now],
        );
      } else {
        await t.manager.query(`DELETE FROM holiday_year WHERE street_code = $1 AND year = $2 AND source = 'admin'`, [street, year]);
      }
      await insertChineseDaysHolidays(t.manager, street, [year]);

      const after = await this.viewYear(street, year, t.manager);
      t.audit({ action: 'calendar.holidays.replace', entityType: 'holiday_year', entityId: String(year), before, after });
      // After the commit: a reader in between must not cache the old rows under the new version.
      t.afterCommit(() => this.calendars.changed(street));
      // Clocks already set with the Monday–Friday rule for this year are set again with the rows now stored.
      t.afterCommit(() => enqueueProvisionalRecompute(this.jobs, street, year, t.now));
      return after;
    });
  }
}
