import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  defaultDeadlinePolicy,
  validateDeadlinePolicy,
  WorkCalendar,
  type DeadlinePolicy,
  type DeadlinePolicyRow,
} from '@app/calendar';
import { CacheBus } from '@app/cache-bus';
import { DATA_SOURCE } from '@app/database';
import { categoryOverrideOf, OVERRIDES_FINGERPRINT_PART, selectCategoryOverrides } from './category-deadline-override.queries.js';
import { policyRowOf, selectHolidays, selectHolidayYears, selectPolicyRows, type Queryable } from './calendar.queries.js';

/**
 * How long a cached calendar or policy is trusted before a cheap fingerprint query checks it against the
 * database. Changes made through the admin API are seen at once in every process (`changed`, over the cache bus);
 * this bounds how long a process that missed the message, or a change written past the API, goes on with the old one.
 */
export const REVALIDATE_AFTER_MS = 5_000;

/** The cache's name on the cache bus. */
export const CALENDAR_CACHE = 'deadline-calendar';

interface Cached<T> {
  value: T;
  fingerprint: string;
  /** The service's version when the value was read: a later `invalidate` makes it stale at once. */
  version: number;
  /** performance.now() of the last database check (real elapsed time, not the business clock). */
  checkedAt: number;
}

// md5 of every row the value is built from: exact (a renamed holiday or a changed amount changes it) and cheap,
// a few hundred short rows aggregated inside PostgreSQL; no updated_at bookkeeping needed on the holiday rows.
const CALENDAR_FINGERPRINT = `
  SELECT md5(
    coalesce((SELECT string_agg(date::text || kind || name, '|' ORDER BY date) FROM holiday WHERE street_code = $1), '')
    || '#' ||
    coalesce((SELECT string_agg(year::text, ',' ORDER BY year) FROM holiday_year WHERE street_code = $1), '')
  ) AS fingerprint`;
// The category overrides are part of the policy: one fingerprint, one cache entry, one invalidation.
const POLICY_FINGERPRINT = `
  SELECT md5(coalesce(string_agg(type || ':' || urgency || sign_within::text || contact_within::text
    || unit_reply_buffer::text || unit_reply_without_upstream::text || review_within::text, '|' ORDER BY type, urgency), '')
    || '#' || ${OVERRIDES_FINGERPRINT_PART})
    AS fingerprint
  FROM deadline_policy WHERE street_code = $1`;

/**
 * The street's working calendar and deadline policy as stored in the database, cached in process.
 * Cache consistency: writes through the admin API call `changed()` after commit, which drops the cache here and, over
 * the cache bus, in every other api and worker process; as a fallback every process also notices within
 * REVALIDATE_AFTER_MS through the fingerprint check, one small query per street every few seconds.
 * Inside a transaction pass the transaction's manager as `db`: with the embedded pool of one connection the global
 * one would wait forever (DESIGN §12).
 */
@Injectable()
export class CalendarService {
  private readonly logger = new Logger(CalendarService.name);
  private version = 0;
  private readonly calendars = new Map<string, Cached<WorkCalendar>>();
  private readonly policies = new Map<string, Cached<DeadlinePolicy>>();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly bus: CacheBus,
  ) {
    bus.on(CALENDAR_CACHE, () => this.invalidate());
  }

  calendarFor(streetCode: string, db: Queryable = this.dataSource): Promise<WorkCalendar> {
    return this.cached(this.calendars, streetCode, db, CALENDAR_FINGERPRINT, () => this.loadCalendar(streetCode, db));
  }

  policyFor(streetCode: string, db: Queryable = this.dataSource): Promise<DeadlinePolicy> {
    return this.cached(this.policies, streetCode, db, POLICY_FINGERPRINT, () => this.loadPolicy(streetCode, db));
  }

  /** After committing a change to the street's holidays, holiday years, policies or category overrides: every process forgets its copy. */
  changed(streetCode: string): Promise<void> {
    return this.bus.publish(CALENDAR_CACHE, streetCode);
  }

  /** Forget every value cached in this process (to read afresh, or after a change only this process can have seen). */
  invalidate(): void {
    this.version += 1;
  }

  private async cached<T>(
    cache: Map<string, Cached<T>>,
    streetCode: string,
    db: Queryable,
    fingerprintSql: string,
    load: () => Promise<T>,
  ): Promise<T> {
    const version = this.version;
    const hit = cache.get(streetCode);
    const now = performance.now();
    if (hit && hit.version === version && now - hit.checkedAt < REVALIDATE_AFTER_MS) return hit.value;

    const [{ fingerprint }] = (await db.query(fingerprintSql, [streetCode])) as { fingerprint: string }[];
    if (hit && hit.version === version && hit.fingerprint === fingerprint) {
      hit.checkedAt = now;
      return hit.value;
    }
    // Fingerprint first, rows second: a change committed in between only causes one extra reload later.
    const value = await load();
    cache.set(streetCode, { value, fingerprint, version, checkedAt: now });
    return value;
  }

  private async loadCalendar(streetCode: string, db: Queryable): Promise<WorkCalendar> {
    const [entries, years] = [await selectHolidays(db, streetCode), await selectHolidayYears(db, streetCode)];
    return new WorkCalendar(
      entries.map(({ date, kind, name }) => ({ date, kind, name })),
      years.map((row) => row.year),
    );
  }

  private async loadPolicy(streetCode: string, db: Queryable): Promise<DeadlinePolicy> {
    const stored = (await selectPolicyRows(db, streetCode)).map(policyRowOf);
    // A pair without a row can only come from a newer code version (a new order type) before the seeder has run:
    // its default is exactly what the seeder will insert, so use it rather than fail every order of that type.
    const missing = defaultDeadlinePolicy().filter(
      (fallback) => !stored.some((row) => row.type === fallback.type && row.urgency === fallback.urgency),
    );
    if (missing.length > 0) {
      const pairs = missing.map((row) => `${row.type}×${row.urgency}`).join(', ');
      this.logger.warn(`deadline policy of ${streetCode} lacks ${pairs}; using the defaults for them`);
    }
    const policy: DeadlinePolicyRow[] = [...stored, ...missing];
    const problems = validateDeadlinePolicy(policy);
    if (problems.length > 0) {
      // Only hand-edited SQL can get here (the API validates every write); computing clocks from it would be a guess.
      throw new Error(`Stored deadline policy of ${streetCode} is invalid: ${JSON.stringify(problems)}`);
    }
    const categoryOverrides = (await selectCategoryOverrides(db, streetCode)).map(categoryOverrideOf);
    return Object.freeze({
      rows: Object.freeze(policy.map((row) => Object.freeze(row))),
      categoryOverrides: Object.freeze(categoryOverrides.map((override) => Object.freeze(override))),
    });
  }
}
