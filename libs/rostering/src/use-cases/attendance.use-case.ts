import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { TransactionRunner, type Tx } from '@app/database';
import { attendanceVerdict } from '@app/roster';
import { RosterErrors } from '../rostering.errors.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';
import { AttendanceRecords, SHIFTS_SQL, viewOf, type ShiftRow } from './attendance-records.js';

export const CheckInBody = z.object({ staffCode: z.string().trim().min(1).max(16).optional() });

/** Check-in opens this long before the shift starts. */
const EARLY_CHECK_IN_MINUTES = 60;

/** Check-in and check-out against the published roster (DESIGN §7), with lateness, early leave and absence. */
@Injectable()
export class Attendance {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly records: AttendanceRecords,
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
    return { date, items: await this.records.between(actor.streetCode, date, date, this.clock.now()) };
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
