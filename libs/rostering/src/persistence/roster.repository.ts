import type { EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';
import { shiftInterval, type Assignment, type ShiftTemplate } from '@app/roster';
import { instantOfMinute } from '../beijing-minutes.js';

export type RosterStatus = 'draft' | 'published' | 'superseded';

export interface RosterRow {
  id: string;
  month: string;
  revision: number;
  status: RosterStatus;
  source: string;
  generation: Record<string, unknown> | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
}

/** Monthly rosters and their assignments (one row per person-shift, with its instants for "on duty now"). */
export const RosterRepository = {
  async find(m: EntityManager, street: string, id: string, lock = false): Promise<RosterRow | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const [row] = (await m.query(
      `SELECT id, month, revision, status, source, generation, version, created_at, updated_at, published_at
       FROM roster WHERE street_code = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [street, id],
    )) as RosterRow[];
    return row ?? null;
  },

  async published(m: EntityManager, street: string, month: string, lock = false): Promise<RosterRow | null> {
    const [row] = (await m.query(
      `SELECT id, month, revision, status, source, generation, version, created_at, updated_at, published_at
       FROM roster WHERE street_code = $1 AND month = $2 AND status = 'published' ${lock ? 'FOR UPDATE' : ''}`,
      [street, month],
    )) as RosterRow[];
    return row ?? null;
  },

  async list(m: EntityManager, street: string, month?: string): Promise<RosterRow[]> {
    return (await m.query(
      `SELECT id, month, revision, status, source, generation, version, created_at, updated_at, published_at
       FROM roster WHERE street_code = $1 AND ($2::text IS NULL OR month = $2) ORDER BY month DESC, revision DESC`,
      [street, month ?? null],
    )) as RosterRow[];
  },

  /** The draft still open that was copied from `sourceId`, if any. */
  async draftCopyOf(m: EntityManager, street: string, sourceId: string): Promise<{ id: string; revision: number } | null> {
    const [row] = (await m.query(
      `SELECT id, revision FROM roster WHERE street_code = $1 AND status = 'draft' AND source = 'copy' AND generation->>'copiedFrom' = $2
       ORDER BY revision LIMIT 1`,
      [street, sourceId],
    )) as { id: string; revision: number }[];
    return row ?? null;
  },

  async assignments(m: EntityManager, rosterId: string): Promise<Assignment[]> {
    const rows = (await m.query(
      `SELECT staff_code, to_char(duty_date, 'YYYY-MM-DD') AS date, shift_code FROM roster_assignment
       WHERE roster_id = $1 ORDER BY duty_date, shift_code, staff_code`,
      [rosterId],
    )) as { staff_code: string; date: string; shift_code: string }[];
    return rows.map((row) => ({ staffId: row.staff_code, date: row.date, shiftCode: row.shift_code }));
  },

  /** The previous month's published assignments from `fromDate` on: the tail the rest and 6-day rules look back at. */
  async publishedTail(m: EntityManager, street: string, month: string, fromDate: string): Promise<Assignment[]> {
    const rows = (await m.query(
      `SELECT a.staff_code, to_char(a.duty_date, 'YYYY-MM-DD') AS date, a.shift_code FROM roster_assignment a
       JOIN roster r ON r.id = a.roster_id WHERE r.street_code = $1 AND r.month = $2 AND r.status = 'published' AND a.duty_date >= $3::date`,
      [street, month, fromDate],
    )) as { staff_code: string; date: string; shift_code: string }[];
    return rows.map((row) => ({ staffId: row.staff_code, date: row.date, shiftCode: row.shift_code }));
  },

  async create(
    m: EntityManager,
    street: string,
    input: { month: string; source: string; generation: unknown; createdBy: string | null; now: Date; status?: RosterStatus },
  ): Promise<RosterRow> {
    // Revisions are numbered per month; the caller's transaction and the unique key keep them from colliding.
    const [{ next }] = (await m.query('SELECT coalesce(max(revision), 0) + 1 AS next FROM roster WHERE street_code = $1 AND month = $2', [street, input.month])) as { next: number }[];
    const [row] = (await m.query(
      `INSERT INTO roster (street_code, month, revision, status, source, generation, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $8)
       RETURNING id, month, revision, status, source, generation, version, created_at, updated_at, published_at`,
      [street, input.month, next, input.status ?? 'draft', input.source, JSON.stringify(input.generation ?? null), input.createdBy, input.now],
    )) as RosterRow[];
    return row;
  },

  async insertAssignments(m: EntityManager, street: string, rosterId: string, assignments: readonly Assignment[], templates: readonly ShiftTemplate[]): Promise<void> {
    const byCode = new Map(templates.map((template) => [template.code, template]));
    for (let offset = 0; offset < assignments.length; offset += 300) {
      const values: unknown[] = [];
      const rows = assignments.slice(offset, offset + 300).map((a, i) => {
        const template = byCode.get(a.shiftCode);
        // An unknown shift is kept (the checker reports it); it just has no place on the time line.
        const interval = template ? shiftInterval(template, a.date) : null;
        values.push(rosterId, street, a.staffId, a.date, a.shiftCode,
          interval ? instantOfMinute(interval.startMinute) : new Date(`${a.date}T00:00:00+08:00`),
          interval ? instantOfMinute(interval.endMinute) : new Date(`${a.date}T00:00:00+08:00`));
        const b = i * 7;
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}::date, $${b + 5}, $${b + 6}, $${b + 7})`;
      });
      await m.query(
        `INSERT INTO roster_assignment (roster_id, street_code, staff_code, duty_date, shift_code, starts_at, ends_at) VALUES ${rows.join(', ')}
         ON CONFLICT DO NOTHING`,
        values,
      );
    }
  },

  async removeAssignments(m: EntityManager, rosterId: string, assignments: readonly Assignment[]): Promise<void> {
    for (const a of assignments) {
      await m.query('DELETE FROM roster_assignment WHERE roster_id = $1 AND staff_code = $2 AND duty_date = $3::date AND shift_code = $4', [
        rosterId, a.staffId, a.date, a.shiftCode,
      ]);
    }
  },

  /** Bumps the version if it is still `expected`; false when someone else changed the roster first. */
  async touch(m: EntityManager, rosterId: string, expected: number, now: Date, changes: { status?: RosterStatus; publishedBy?: string | null } = {}): Promise<RosterRow | null> {
    const result = await m.query(
      `UPDATE roster SET version = version + 1, updated_at = $3,
         status = coalesce($4::varchar, status),
         published_at = CASE WHEN $4::varchar = 'published' THEN $3::timestamptz ELSE published_at END,
         published_by = CASE WHEN $4::varchar = 'published' THEN $5::uuid ELSE published_by END
       WHERE id = $1 AND version = $2
       RETURNING id, month, revision, status, source, generation, version, created_at, updated_at, published_at`,
      [rosterId, expected, now, changes.status ?? null, changes.publishedBy ?? null],
    );
    return returnedRows<RosterRow>(result)[0] ?? null;
  },
};
