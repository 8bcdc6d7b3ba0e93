import { describe, expect, it } from '@jest/globals';
import { attendanceVerdict, type AttendanceStatus } from './attendance.js';

// 早班 of 2026-12-09, 08:00–16:00 Beijing = 00:00–08:00 UTC.
const start = new Date('2026-12-09T00:00:00Z');
const end = new Date('2026-12-09T08:00:00Z');
const at = (hhmm: string) => new Date(`2026-12-09T${hhmm}:00Z`);

describe('attendanceVerdict', () => {
  const cases: { name: string; checkIn: string | null; checkOut: string | null; now: string; status: AttendanceStatus; late: number; early: number; label: string }[] = [
    { name: 'before the start, not yet in', checkIn: null, checkOut: null, now: '23:59', status: 'scheduled', late: 0, early: 0, label: '待签到' },
    { name: 'within the 5-minute grace, not yet in', checkIn: null, checkOut: null, now: '00:05', status: 'scheduled', late: 0, early: 0, label: '待签到' },
    { name: 'past the grace without a check-in', checkIn: null, checkOut: null, now: '00:06', status: 'absent', late: 0, early: 0, label: '缺勤（未签到）' },
    { name: 'in 3 minutes late (grace)', checkIn: '00:03', checkOut: null, now: '01:00', status: 'on_duty', late: 0, early: 0, label: '在岗' },
    { name: 'in 12 minutes late', checkIn: '00:12', checkOut: null, now: '01:00', status: 'on_duty', late: 12, early: 0, label: '在岗（迟到 12 分钟）' },
    { name: 'late and left 30 minutes early', checkIn: '00:12', checkOut: '07:30', now: '09:00', status: 'checked_out', late: 12, early: 30, label: '已签退（迟到 12 分钟，早退 30 分钟）' },
    { name: 'on time, out after the end', checkIn: '23:55', checkOut: '08:10', now: '09:00', status: 'checked_out', late: 0, early: 0, label: '已签退' },
  ];
  it.each(cases)('when $name, then $status', ({ checkIn, checkOut, now, status, late, early, label }) => {
    const day = (hhmm: string) => (hhmm >= '12:00' ? new Date(`2026-12-08T${hhmm}:00Z`) : at(hhmm));
    const verdict = attendanceVerdict({ scheduledStart: start, scheduledEnd: end, checkInAt: checkIn ? day(checkIn) : null, checkOutAt: checkOut ? day(checkOut) : null }, day(now));
    expect(verdict).toMatchObject({ status, lateMinutes: late, earlyLeaveMinutes: early, label });
  });
});
