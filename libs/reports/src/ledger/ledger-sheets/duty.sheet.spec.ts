import { describe, expect, it } from '@jest/globals';
import type { DutyShift } from '../ledger-duty.source.js';
import { attendanceByStaff, joinHourRanges } from './duty.sheet.js';

describe('joinHourRanges', () => {
  it.each([
    [[], ''],
    [['03:00–04:00'], '03:00–04:00'],
    [['00:00–01:00', '01:00–02:00', '02:00–03:00', '09:00–10:00', '23:00–24:00'], '00:00–03:00、09:00–10:00、23:00–24:00'],
  ])('when the uncovered hours are %j, then they read %j', (hours, expected) => {
    expect(joinHourRanges(hours)).toBe(expected);
  });
});

describe('attendanceByStaff', () => {
  const shift = (staffCode: string, v: Partial<DutyShift>): DutyShift => ({
    staffCode, name: staffCode === 'S01' ? '王晓燕' : '李强', date: '2026-11-02', shiftCode: 'early',
    scheduledStart: new Date('2026-11-02T00:00:00Z'), scheduledEnd: new Date('2026-11-02T08:00:00Z'),
    checkInAt: new Date('2026-11-02T00:00:00Z'), checkOutAt: null,
    status: 'checked_out', lateMinutes: 0, late: false, earlyLeaveMinutes: 0, label: '已签退', ...v,
  });

  it('when shifts were late, left early or missed, then each person gets their counts', () => {
    expect(attendanceByStaff([
      shift('S02', { status: 'absent', checkInAt: null, label: '缺勤（未签到）' }),
      shift('S01', { late: true, lateMinutes: 12 }),
      shift('S01', { late: true, lateMinutes: 7, earlyLeaveMinutes: 30 }),
      shift('S01', {}),
    ])).toEqual([
      { staffCode: 'S01', name: '王晓燕', shifts: 3, checkedIn: 3, late: 2, lateMinutes: 19, earlyLeave: 1, absent: 0 },
      { staffCode: 'S02', name: '李强', shifts: 1, checkedIn: 0, late: 0, lateMinutes: 0, earlyLeave: 0, absent: 1 },
    ]);
  });
});
