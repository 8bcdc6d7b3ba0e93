import type { LedgerSheet } from '../ledger-sheet.js';
import type { DutyFigures, DutyShift } from '../ledger-duty.source.js';
import type { ColumnFormat, LedgerColumn } from '../workbook-style.js';

export const DUTY_SHEET = '值班与考勤';

export const DUTY_COLUMNS: LedgerColumn[] = [
  { header: '', width: 16 },
  { header: '', width: 12 },
  { header: '', width: 16 },
  { header: '', width: 16 },
  { header: '', width: 16 },
  { header: '', width: 16 },
  { header: '', width: 40 },
];

const COVERAGE_FORMATS: ColumnFormat[] = ['text', 'integer', 'integer', 'percent', 'integer', 'integer', 'wrap'];

export interface StaffAttendance {
  staffCode: string;
  name: string;
  shifts: number;
  checkedIn: number;
  late: number;
  lateMinutes: number;
  earlyLeave: number;
  absent: number;
}

/** Each person's shifts of the period, tallied from the per-shift verdicts (libs/roster's attendanceVerdict). */
export function attendanceByStaff(shifts: readonly DutyShift[]): StaffAttendance[] {
  const byStaff = new Map<string, StaffAttendance>();
  for (const s of shifts) {
    const a = byStaff.get(s.staffCode) ?? { staffCode: s.staffCode, name: s.name, shifts: 0, checkedIn: 0, late: 0, lateMinutes: 0, earlyLeave: 0, absent: 0 };
    a.shifts += 1;
    if (s.checkInAt) a.checkedIn += 1;
    if (s.late) a.late += 1;
    a.lateMinutes += s.lateMinutes;
    if (s.earlyLeaveMinutes > 0) a.earlyLeave += 1;
    if (s.status === 'absent') a.absent += 1;
    byStaff.set(s.staffCode, a);
  }
  return [...byStaff.values()].sort((a, b) => a.staffCode.localeCompare(b.staffCode));
}

/** Adjacent hours as one range: ['03:00–04:00', '04:00–05:00', '09:00–10:00'] → '03:00–05:00、09:00–10:00'. */
export function joinHourRanges(hours: readonly string[]): string {
  const ranges: [string, string][] = [];
  for (const h of hours) {
    const [from, to] = h.split('–');
    const last = ranges[ranges.length - 1];
    if (last && last[1] === from) last[1] = to;
    else ranges.push([from, to]);
  }
  return ranges.map(([from, to]) => `${from}–${to}`).join('、');
}

/**
 * 值班与考勤: coverage delivered per day against the demand (hours met, seat-hours required and delivered, the hours
 * left uncovered), then attendance per person, then every absence, late arrival and early leave.
 */
export function writeDuty(sheet: LedgerSheet, duty: DutyFigures): void {
  sheet.section('一、席位覆盖（按签到签退实际在岗计算）');
  sheet.header(['日期', '需覆盖小时', '达标小时', '达标率', '应到席位·小时', '实到席位·小时', '未达标时段']);
  for (const d of duty.days) {
    sheet.row([d.date, d.demandHours, d.coveredHours, d.demandHours > 0 ? d.coveredHours / d.demandHours : null, d.seatHoursRequired, d.seatHoursDelivered, joinHourRanges(d.uncoveredHours)], COVERAGE_FORMATS);
  }
  const t = duty.monthTotals;
  if (t) {
    sheet.totals(['合计', t.demandHours, t.coveredHours, t.coverageRate, t.seatHoursRequired, t.seatHoursDelivered, ''], COVERAGE_FORMATS);
  } else {
    const sum = (k: 'demandHours' | 'coveredHours' | 'seatHoursRequired' | 'seatHoursDelivered') => duty.days.reduce((s, d) => s + d[k], 0);
    sheet.totals(['合计', sum('demandHours'), sum('coveredHours'), sum('demandHours') > 0 ? sum('coveredHours') / sum('demandHours') : null, sum('seatHoursRequired'), sum('seatHoursDelivered'), ''], COVERAGE_FORMATS);
  }
  sheet.note('一个小时内席位数和具备派单技能的人数都达到需求，才算该小时达标；尚未到来的小时不计。');

  sheet.section('二、考勤（按人员）');
  sheet.header(['人员', '排班次数', '已签到', '迟到次数', '迟到分钟', '早退次数', '缺勤次数']);
  const people = attendanceByStaff(duty.shifts);
  for (const p of people) {
    sheet.row([`${p.name}（${p.staffCode}）`, p.shifts, p.checkedIn, p.late, p.lateMinutes, p.earlyLeave, p.absent], ['text', 'integer', 'integer', 'integer', 'integer', 'integer', 'integer']);
  }
  if (people.length === 0) sheet.note('本期无已发布的排班。');

  sheet.section('三、缺勤、迟到与早退明细');
  sheet.header(['日期', '班次', '人员', '计划上班', '签到时间', '签退时间', '考勤结果']);
  const exceptions = duty.shifts.filter((s) => s.status === 'absent' || s.late || s.earlyLeaveMinutes > 0);
  for (const s of exceptions) {
    sheet.row([s.date, s.shiftCode, `${s.name}（${s.staffCode}）`, s.scheduledStart, s.checkInAt, s.checkOutAt, s.label], ['text', 'text', 'text', 'datetime', 'datetime', 'datetime', 'text']);
  }
  if (exceptions.length === 0) sheet.note('本期无缺勤、迟到或早退。');
}
