import type { EntityManager } from 'typeorm';
import {
  defaultCoverageDemand,
  type CoverageDemand,
  type CoverageOverride,
  type ShiftTemplate,
  type Skill,
  type StaffMember,
  type StaffPreferences,
  type Team,
} from '@app/roster';

interface TemplateRow {
  code: string;
  name: string;
  start_time: string;
  end_time: string;
  skills: string[];
  teams: string[] | null;
  workdays_only: boolean;
  night: boolean | null;
  active: boolean;
  version: number;
}

interface StaffRow {
  code: string;
  name: string;
  team: Team;
  skills: string[];
  contract_hours: string;
  max_hours: string;
  allowed_shifts: string[] | null;
  preferences: StaffPreferences;
  user_id: string | null;
  active: boolean;
  version: number;
}

interface AbsenceRow {
  id: string;
  staff_code: string;
  kind: 'leave' | 'unavailability';
  from_value: string;
  to_value: string;
  reason: string | null;
}

export type StoredTemplate = ShiftTemplate & { active: boolean; version: number };
export type StoredStaff = StaffMember & { userId: string | null; active: boolean; version: number; absences: StoredAbsence[] };
export interface StoredAbsence {
  id: string;
  kind: 'leave' | 'unavailability';
  from: string;
  to: string;
  reason: string | null;
}
export type StoredOverride = CoverageOverride & { id: string };

/** Shift templates, staff and their absences, and the coverage demand of a street, as the roster domain types. */
export const RosterSetupRepository = {
  async templates(m: EntityManager, street: string, activeOnly = true): Promise<StoredTemplate[]> {
    const rows = (await m.query(
      `SELECT * FROM shift_template WHERE street_code = $1 ${activeOnly ? 'AND active' : ''} ORDER BY start_time, code`,
      [street],
    )) as TemplateRow[];
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      start: row.start_time,
      end: row.end_time,
      skills: row.skills as Skill[],
      teams: (row.teams ?? undefined) as Team[] | undefined,
      workdaysOnly: row.workdays_only,
      night: row.night ?? undefined,
      active: row.active,
      version: row.version,
    }));
  },

  async staff(m: EntityManager, street: string, activeOnly = true): Promise<StoredStaff[]> {
    const rows = (await m.query(
      `SELECT * FROM roster_staff WHERE street_code = $1 ${activeOnly ? 'AND active' : ''} ORDER BY code`,
      [street],
    )) as StaffRow[];
    const absences = (await m.query(
      `SELECT id, staff_code, kind, from_value, to_value, reason FROM staff_absence WHERE street_code = $1 ORDER BY from_value`,
      [street],
    )) as AbsenceRow[];
    return rows.map((row) => {
      const own = absences.filter((absence) => absence.staff_code === row.code);
      return {
        id: row.code,
        code: row.code,
        name: row.name,
        team: row.team,
        skills: row.skills as Skill[],
        contractHoursPerMonth: Number(row.contract_hours),
        maxHoursPerMonth: Number(row.max_hours),
        allowedShifts: row.allowed_shifts ?? undefined,
        preferences: row.preferences,
        leave: own.filter((a) => a.kind === 'leave').map((a) => ({ from: a.from_value, to: a.to_value, kind: a.reason ?? '假' })),
        unavailability: own.filter((a) => a.kind === 'unavailability').map((a) => ({ from: a.from_value, to: a.to_value, reason: a.reason ?? undefined })),
        userId: row.user_id,
        active: row.active,
        version: row.version,
        absences: own.map((a) => ({ id: a.id, kind: a.kind, from: a.from_value, to: a.to_value, reason: a.reason })),
      };
    });
  },

  async staffCodeOfUser(m: EntityManager, street: string, userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const [row] = (await m.query('SELECT code FROM roster_staff WHERE street_code = $1 AND user_id = $2', [street, userId])) as { code: string }[];
    return row?.code ?? null;
  },

  async userIdsOf(m: EntityManager, street: string, staffCodes: readonly string[]): Promise<string[]> {
    if (!staffCodes.length) return [];
    const rows = (await m.query(
      'SELECT user_id FROM roster_staff WHERE street_code = $1 AND code = ANY($2) AND user_id IS NOT NULL',
      [street, [...staffCodes]],
    )) as { user_id: string }[];
    return rows.map((row) => row.user_id);
  },

  /** The weekly demand (the DESIGN §7 default until a supervisor sets one) with the overrides of the given dates. */
  async demand(m: EntityManager, street: string, fromDate?: string, toDate?: string): Promise<CoverageDemand & { version: number; overrides: StoredOverride[] }> {
    const [row] = (await m.query(
      'SELECT seats_by_hour_of_week, dispatch_by_hour_of_week, version FROM coverage_demand WHERE street_code = $1',
      [street],
    )) as { seats_by_hour_of_week: number[][]; dispatch_by_hour_of_week: number[][]; version: number }[];
    const base = row
      ? { seatsByHourOfWeek: row.seats_by_hour_of_week, dispatchByHourOfWeek: row.dispatch_by_hour_of_week, version: row.version }
      : { ...defaultCoverageDemand(), version: 0 };
    const overrides = (await m.query(
      `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, from_hour, to_hour, seats, extra_seats, dispatch, reason
       FROM coverage_override WHERE street_code = $1 AND ($2::date IS NULL OR date >= $2::date) AND ($3::date IS NULL OR date <= $3::date)
       ORDER BY date, created_at`,
      [street, fromDate ?? null, toDate ?? null],
    )) as { id: string; date: string; from_hour: number; to_hour: number; seats: number | null; extra_seats: number | null; dispatch: number | null; reason: string | null }[];
    return {
      seatsByHourOfWeek: base.seatsByHourOfWeek,
      dispatchByHourOfWeek: base.dispatchByHourOfWeek,
      version: base.version,
      overrides: overrides.map((o) => ({
        id: o.id,
        date: o.date,
        fromHour: o.from_hour,
        toHour: o.to_hour,
        seats: o.seats ?? undefined,
        extraSeats: o.extra_seats ?? undefined,
        dispatch: o.dispatch ?? undefined,
        reason: o.reason ?? undefined,
      })),
    };
  },

  async upsertTemplate(m: EntityManager, street: string, t: ShiftTemplate): Promise<void> {
    await m.query(
      `INSERT INTO shift_template (street_code, code, name, start_time, end_time, skills, teams, workdays_only, night)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (street_code, code) DO UPDATE SET name = EXCLUDED.name, start_time = EXCLUDED.start_time,
         end_time = EXCLUDED.end_time, skills = EXCLUDED.skills, teams = EXCLUDED.teams, workdays_only = EXCLUDED.workdays_only,
         night = EXCLUDED.night, active = true, version = shift_template.version + 1`,
      [street, t.code, t.name, t.start, t.end, t.skills ?? [], t.teams ?? null, t.workdaysOnly ?? false, t.night ?? null],
    );
  },

  async insertStaff(m: EntityManager, street: string, s: StaffMember, userId: string | null): Promise<void> {
    await m.query(
      `INSERT INTO roster_staff (street_code, code, name, team, skills, contract_hours, max_hours, allowed_shifts, preferences, user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)`,
      [street, s.code ?? s.id, s.name, s.team, s.skills, s.contractHoursPerMonth, s.maxHoursPerMonth, s.allowedShifts ?? null, JSON.stringify(s.preferences ?? {}), userId],
    );
  },

  async insertAbsence(m: EntityManager, street: string, staffCode: string, kind: 'leave' | 'unavailability', from: string, to: string, reason: string | null, now: Date): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO staff_absence (street_code, staff_code, kind, from_value, to_value, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [street, staffCode, kind, from, to, reason, now],
    )) as { id: string }[];
    return row.id;
  },

  async saveDemand(m: EntityManager, street: string, demand: Pick<CoverageDemand, 'seatsByHourOfWeek' | 'dispatchByHourOfWeek'>, now: Date): Promise<number> {
    const [row] = (await m.query(
      `INSERT INTO coverage_demand (street_code, seats_by_hour_of_week, dispatch_by_hour_of_week, updated_at) VALUES ($1, $2::jsonb, $3::jsonb, $4)
       ON CONFLICT (street_code) DO UPDATE SET seats_by_hour_of_week = EXCLUDED.seats_by_hour_of_week,
         dispatch_by_hour_of_week = EXCLUDED.dispatch_by_hour_of_week, updated_at = EXCLUDED.updated_at, version = coverage_demand.version + 1
       RETURNING version`,
      [street, JSON.stringify(demand.seatsByHourOfWeek), JSON.stringify(demand.dispatchByHourOfWeek), now],
    )) as { version: number }[];
    return row.version;
  },
};
