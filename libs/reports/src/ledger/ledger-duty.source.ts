import { Injectable } from '@nestjs/common';
import type { DeliveredDay } from '@app/roster';
import { AttendanceRecords, CoverageReport, type ShiftAttendance } from '@app/rostering';
import { beijingDay } from '@app/stats';
import type { LedgerScope } from './ledger-scope.js';

export type DutyShift = ShiftAttendance;

export interface DutyFigures {
  /** Coverage delivered per day of the period (from check-ins), as `CoverageReport` computes it. */
  days: DeliveredDay[];
  /** The month's own totals when the period is exactly one calendar month; else null (the sheet adds the days). */
  monthTotals: { demandHours: number; coveredHours: number; seatHoursRequired: number; seatHoursDelivered: number; coverageRate: number | null } | null;
  /** Every published shift of the period with its attendance verdict at `now`. */
  shifts: DutyShift[];
}

/**
 * The 值班与考勤 figures (DESIGN §7, §11: the contract is 7×24): coverage delivered hour by hour against the demand,
 * from `libs/rostering`'s CoverageReport, and each rostered shift judged by `libs/roster`'s attendanceVerdict — the
 * same rules the roster pages apply, none restated here.
 */
@Injectable()
export class LedgerDutySource {
  constructor(
    private readonly coverage: CoverageReport,
    private readonly attendance: AttendanceRecords,
  ) {}

  async figures(scope: LedgerScope): Promise<DutyFigures> {
    const firstDay = beijingDay(scope.from);
    const lastDay = beijingDay(new Date(scope.to.getTime() - 1));
    const months = monthsBetween(firstDay, lastDay);
    const delivered = [];
    for (const month of months) delivered.push(await this.coverage.deliveredOf(scope.streetCode, month));
    const days = delivered.flatMap((d) => d.days).filter((d) => d.date >= firstDay && d.date <= lastDay);
    const wholeMonth = months.length === 1 && days.length === delivered[0].days.length;
    const shifts = await this.attendance.between(scope.streetCode, firstDay, lastDay, scope.now);
    return { days, monthTotals: wholeMonth ? delivered[0].totals : null, shifts };
  }
}

/** 'YYYY-MM' of every month from the first day's to the last day's. */
export function monthsBetween(firstDay: string, lastDay: string): string[] {
  const months: string[] = [];
  let [y, m] = firstDay.slice(0, 7).split('-').map(Number);
  const end = lastDay.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= end) return months;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}
