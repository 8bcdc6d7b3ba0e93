import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, TransactionRunner, type Tx } from '@app/database';
import { attendanceVerdict } from '@app/roster';
import { RosterErrors } from '../rostering.errors.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';

export const CheckInBody = z.object({ staffCode: z.string().trim().min(1).max(16).optional() });

/** Check-in opens this long before the shift starts. */
const EARLY_CHECK_IN_MINUTES = 60;

interface ShiftRow {
  staff_code: string;
  name: string;
  duty_date: string;
  shift_code: string;
  starts_at: Date;
  ends_at: Date;
  check_in_at: Date | null;
  check_out_at: Date | null;
}

/** Check-in and check-out against the published roster (DESIGN §7), with lateness, early leave and absence. */
@Injectable()
export class Attendance {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
  ) {}

  async checkIn(actor: Actor, staffCode?: string) {
    return this.tx.run(actor, async (t) => {
      const code = await this.whoFor(t, staffCode);
      const [shift] = (await t.manager.query(
        `${SHIFTS_SQL} AND a.staff_code = $2 AND a.starts_at - interval '${EARLY_CHECK_IN_MINUTES} minutes' <= $3 AND a.ends_at > $3
         ORDER BY a.starts_at LIMIT 1`,
        [t.actor.streetCode, code, t.now],
      )) as ShiftRow[];
      if (!shift) throw RosterErrors.noShiftNow(code);
      if (shift.check_in_at) throw RosterErrors.alreadyCheckedIn(code);
      const verdict = attendanceVerdict({ scheduledStart: shift.starts_at, scheduledEnd: shift.ends_at, checkInAt: t.now, checkOutAt: null }, t.now);
      await t.manager.query(
        `INSERT INTO roster_attendance (street_code, staff_code, duty_date, shift_code, scheduled_start, scheduled_end, check_in_at, late_minutes)
         VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8)`,
        [t.actor.streetCode, code, shift.duty_date, shift.shift_code, shift.starts_at, shift.ends_at, t.now, verdict.lateMinutes],
      );
      t.audit({ action: 'roster.check_in', entityType: 'roster_attendance', entityId: `${code}/${shift.duty_date}/${shift.shift_code}`, after: { at: t.now, lateMinutes: verdict.lateMinutes } });
      return viewOf({ ...shift, check_in_at: t.now }, t.now);
    });
  }

  async checkOut(actor: Actor, staffCode?: string) {
    return this.tx.run(actor, async (t) => {
      const code = await this.whoFor(t, staffCode);
      const [shift] = (await t.manager.query(
        `${SHIFTS_SQL} AND a.staff_code = $2 AND att.check_in_at IS NOT NULL AND att.check_out_at IS NULL ORDER BY a.starts_at DESC LIMIT 1`,
        [t.actor.streetCode, code],
      )) as ShiftRow[];
      if (!shift) throw RosterErrors.notCheckedIn(code);
      const verdict = attendanceVerdict({ scheduledStart: shift.starts_at, scheduledEnd: shift.ends_at, checkInAt: shift.check_in_at, checkOutAt: t.now }, t.now);
      await t.manager.query(
        `UPDATE roster_attendance SET check_out_at = $5, early_leave_minutes = $6 WHERE street_code = $1 AND staff_code = $2 AND duty_date = $3::date AND shift_code = $4`,
        [t.actor.streetCode, code, shift.duty_date, shift.shift_code, t.now, verdict.earlyLeaveMinutes],
      );
      t.audit({ action: 'roster.check_out', entityType: 'roster_attendance', entityId: `${code}/${shift.duty_date}/${shift.shift_code}`, after: { at: t.now, earlyLeaveMinutes: verdict.earlyLeaveMinutes } });
      return viewOf({ ...shift, check_out_at: t.now }, t.now);
    });
  }

  /** Every published shift of a date with its attendance verdict (absent = not checked in past the grace period). */
  async ofDate(actor: Actor, date: string) {
    const rows = (await this.dataSource.query(`${SHIFTS_SQL} AND a.duty_date = $2::date ORDER BY a.starts_at, a.staff_code`, [actor.streetCode, date])) as ShiftRow[];
    const now = this.clock.now();
    return { date, items: rows.map((row) => viewOf(row, now)) };
  }

  private async whoFor(t: Tx, staffCode?: string): Promise<string> {
    const own = await RosterSetupRepository.staffCodeOfUser(t.manager, t.actor.streetCode, t.actor.id);
    if (staffCode && staffCode !== own) {
      if (t.actor.role !== 'supervisor') throw RosterErrors.notYourShift();
      return staffCode;
    }
    if (!own) throw RosterErrors.notLinkedToStaff();
    return own;
  }
}

const SHIFTS_SQL = `
  SELECT a.staff_code, s.name, to_char(a.duty_date, 'YYYY-MM-DD') AS duty_date, a.shift_code, a.starts_at, a.ends_at,
         att.check_in_at, att.check_out_at
  FROM roster_assignment a
  JOIN roster r ON r.id = a.roster_id AND r.status = 'published'
  JOIN roster_staff s ON s.street_code = a.street_code AND s.code = a.staff_code
  LEFT JOIN roster_attendance att ON att.street_code = a.street_code AND att.staff_code = a.staff_code
       AND att.duty_date = a.duty_date AND att.shift_code = a.shift_code
  WHERE a.street_code = $1`;

function viewOf(row: ShiftRow, now: Date) {
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
