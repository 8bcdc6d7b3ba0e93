import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@app/database';
import { attendanceVerdict } from '@app/roster';

export interface ShiftRow {
  staff_code: string;
  name: string;
  duty_date: string;
  shift_code: string;
  starts_at: Date;
  ends_at: Date;
  check_in_at: Date | null;
  check_out_at: Date | null;
}

/** A published shift with its check-in, check-out and verdict (late, early leave, absent) at a moment. */
export type ShiftAttendance = ReturnType<typeof viewOf>;

/**
 * Reading attendance: every published shift of a span of days with its verdict, for the roster page's day and the
 * monthly ledger's 值班与考勤 alike, so both judge a shift by the same rule.
 */
@Injectable()
export class AttendanceRecords {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Shifts on Beijing days `firstDay` … `lastDay` (both included), by day, start and staff. */
  async between(streetCode: string, firstDay: string, lastDay: string, now: Date): Promise<ShiftAttendance[]> {
    const rows = (await this.dataSource.query(
      `${SHIFTS_SQL} AND a.duty_date BETWEEN $2::date AND $3::date ORDER BY a.duty_date, a.starts_at, a.staff_code`,
      [streetCode, firstDay, lastDay],
    )) as ShiftRow[];
    return rows.map((row) => viewOf(row, now));
  }
}

export const SHIFTS_SQL = `
  SELECT a.staff_code, s.name, to_char(a.duty_date, 'YYYY-MM-DD') AS duty_date, a.shift_code, a.starts_at, a.ends_at,
         att.check_in_at, att.check_out_at
  FROM roster_assignment a
  JOIN roster r ON r.id = a.roster_id AND r.status = 'published'
  JOIN roster_staff s ON s.street_code = a.street_code AND s.code = a.staff_code
  LEFT JOIN roster_attendance att ON att.street_code = a.street_code AND att.staff_code = a.staff_code
       AND att.duty_date = a.duty_date AND att.shift_code = a.shift_code
  WHERE a.street_code = $1`;

export function viewOf(row: ShiftRow, now: Date) {
  const verdict = attendanceVerdict({ scheduledStart: row.starts_at, scheduledEnd: row.ends_at, checkInAt: row.check_in_at, checkOutAt: row.check_out_at }, now);
  return {
    staffCode: row.staff_code,
    name: row.name,
    date: row.duty_date,
    shiftCode: row.shift_code,
    scheduledStart: row.starts_at,
    scheduledEnd: row.ends_at,
    checkInAt: row.check_in_at,
    checkOutAt: row.check_out_at,
    ...verdict,
  };
}
