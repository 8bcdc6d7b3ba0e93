import type { EntityManager } from 'typeorm';
import {
  ORDER_TYPES,
  URGENCIES,
  type CalendarDate,
  type DeadlinePolicyRow,
  type HolidayEntry,
  type OrderType,
  type Urgency,
} from '@app/calendar';

/** A transaction's manager or the DataSource: inside a transaction always pass the transaction's (DESIGN §12). */
export type Queryable = Pick<EntityManager, 'query'>;

export type CalendarSource = 'chinese-days' | 'admin';

export interface StoredHolidayEntry extends HolidayEntry {
  source: CalendarSource;
}

export interface StoredHolidayYear {
  year: number;
  loadedAt: Date;
  source: CalendarSource;
}

export interface StoredPolicyRow extends DeadlinePolicyRow {
  updatedAt: Date;
  updatedBy: string | null;
}

// `date::text` keeps the column a plain 'YYYY-MM-DD': the pg driver would otherwise make it a Date at local midnight.
const HOLIDAY_COLUMNS = `date::text AS date, kind, name, source`;

export async function selectHolidays(db: Queryable, streetCode: string, year?: number): Promise<StoredHolidayEntry[]> {
  if (year === undefined) {
    return (await db.query(
      `SELECT ${HOLIDAY_COLUMNS} FROM holiday WHERE street_code = $1 ORDER BY date`,
      [streetCode],
    )) as StoredHolidayEntry[];
  }
  return (await db.query(
    `SELECT ${HOLIDAY_COLUMNS} FROM holiday
      WHERE street_code = $1 AND date >= make_date($2::int, 1, 1) AND date < make_date($2::int + 1, 1, 1) ORDER BY date`,
    [streetCode, year],
  )) as StoredHolidayEntry[];
}

export async function selectHolidayYears(db: Queryable, streetCode: string): Promise<StoredHolidayYear[]> {
  return (await db.query(
    `SELECT year, loaded_at AS "loadedAt", source FROM holiday_year WHERE street_code = $1 ORDER BY year`,
    [streetCode],
  )) as StoredHolidayYear[];
}

/** Inserts rows that do not exist yet; a date that already has a row (an admin's, say) is left as it is. */
export async function insertHolidaysIfAbsent(
  db: Queryable,
  streetCode: string,
  entries: readonly HolidayEntry[],
  source: CalendarSource,
): Promise<CalendarDate[]> {
  if (entries.length === 0) return [];
  const rows = (await db.query(
    `INSERT INTO holiday (street_code, date, kind, name, source)
     SELECT $1, e.date::date, e.kind, e.name, $5 FROM unnest($2::text[], $3::text[], $4::text[]) AS e(date, kind, name)
     ON CONFLICT (street_code, date) DO NOTHING
     RETURNING date::text AS date`,
    [streetCode, entries.map((e) => e.date), entries.map((e) => e.kind), entries.map((e) => e.name), source],
  )) as { date: CalendarDate }[];
  return rows.map((row) => row.date);
}

const POLICY_COLUMNS = `type, urgency, sign_within AS "signWithin", contact_within AS "contactWithin",
  unit_reply_buffer AS "unitReplyBuffer", unit_reply_without_upstream AS "unitReplyWithoutUpstream",
  review_within AS "reviewWithin", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

/** The street's policy rows in the order of the code's type and urgency lists (the admin screen's order). */
export async function selectPolicyRows(db: Queryable, streetCode: string): Promise<StoredPolicyRow[]> {
  const rows = (await db.query(`SELECT ${POLICY_COLUMNS} FROM deadline_policy WHERE street_code = $1`, [
    streetCode,
  ])) as StoredPolicyRow[];
  const rank = (row: DeadlinePolicyRow): number =>
    ORDER_TYPES.indexOf(row.type as OrderType) * URGENCIES.length + URGENCIES.indexOf(row.urgency as Urgency);
  return rows.sort((a, b) => rank(a) - rank(b));
}

/** Just the policy fields, without bookkeeping columns: what the calendar lib and the PUT body use. */
export function policyRowOf(row: DeadlinePolicyRow): DeadlinePolicyRow {
  const { type, urgency, signWithin, contactWithin, unitReplyBuffer, unitReplyWithoutUpstream, reviewWithin } = row;
  const duration = (d: DeadlinePolicyRow['signWithin']) => ({ unit: d.unit, amount: d.amount });
  return {
    type,
    urgency,
    signWithin: duration(signWithin),
    contactWithin: duration(contactWithin),
    unitReplyBuffer: duration(unitReplyBuffer),
    unitReplyWithoutUpstream: duration(unitReplyWithoutUpstream),
    reviewWithin: duration(reviewWithin),
  };
}

/**
 * Upserts policy rows. A row whose durations did not change keeps its updated_at/updated_by, so those columns say
 * when each rule really last changed. Returns how many rows were inserted or changed.
 */
export async function upsertPolicyRows(
  db: Queryable,
  streetCode: string,
  rows: readonly DeadlinePolicyRow[],
  at: Date,
  by: string | null,
  onConflict: 'update' | 'nothing',
): Promise<number> {
  if (rows.length === 0) return 0;
  const json = (pick: (row: DeadlinePolicyRow) => unknown) => rows.map((row) => JSON.stringify(pick(row)));
  const conflict =
    onConflict === 'nothing'
      ? 'DO NOTHING'
      : `DO UPDATE SET sign_within = EXCLUDED.sign_within, contact_within = EXCLUDED.contact_within,
           unit_reply_buffer = EXCLUDED.unit_reply_buffer, unit_reply_without_upstream = EXCLUDED.unit_reply_without_upstream,
           review_within = EXCLUDED.review_within, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
         WHERE (deadline_policy.sign_within, deadline_policy.contact_within, deadline_policy.unit_reply_buffer,
                deadline_policy.unit_reply_without_upstream, deadline_policy.review_within)
           IS DISTINCT FROM (EXCLUDED.sign_within, EXCLUDED.contact_within, EXCLUDED.unit_reply_buffer,
                EXCLUDED.unit_reply_without_upstream, EXCLUDED.review_within)`;
  const changed = (await db.query(
    `INSERT INTO deadline_policy (street_code, type, urgency, sign_within, contact_within, unit_reply_buffer,
                                  unit_reply_without_upstream, review_within, updated_at, updated_by)
     SELECT $1, r.type, r.urgency, r.sign::jsonb, r.contact::jsonb, r.buffer::jsonb, r.without::jsonb, r.review::jsonb, $9, $10
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS r(type, urgency, sign, contact, buffer, without, review)
     ON CONFLICT (street_code, type, urgency) ${conflict}
     RETURNING type`,
    [
      streetCode,
      rows.map((row) => row.type),
      rows.map((row) => row.urgency),
      json((row) => row.signWithin),
      json((row) => row.contactWithin),
      json((row) => row.unitReplyBuffer),
      json((row) => row.unitReplyWithoutUpstream),
      json((row) => row.reviewWithin),
      at,
      by,
    ],
  )) as unknown[];
  return changed.length;
}
