/**
 * Check-in and check-out judged against the rostered shift (DESIGN §7): lateness, early leave and absence.
 * Instants are absolute (Date); nothing depends on the process time zone.
 */

export type AttendanceStatus = 'scheduled' | 'absent' | 'on_duty' | 'checked_out';

export interface AttendanceInput {
  scheduledStart: Date;
  scheduledEnd: Date;
  checkInAt: Date | null;
  checkOutAt: Date | null;
}

export interface AttendanceVerdict {
  status: AttendanceStatus;
  /** Minutes after the scheduled start, beyond the grace period counted in full; 0 when on time. */
  lateMinutes: number;
  late: boolean;
  earlyLeaveMinutes: number;
  /** 待签到, 缺勤, 在岗（迟到 12 分钟）, 已签退… */
  label: string;
}

/** Arriving within this many minutes of the start is on time (a turnstile queue, a slow login). */
export const DEFAULT_GRACE_MINUTES = 5;

export function attendanceVerdict(input: AttendanceInput, now: Date, graceMinutes = DEFAULT_GRACE_MINUTES): AttendanceVerdict {
  const minutes = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
  const lateBy = input.checkInAt ? minutes(input.scheduledStart, input.checkInAt) : 0;
  const late = lateBy > graceMinutes;
  const lateMinutes = late ? lateBy : 0;
  const earlyLeaveMinutes = input.checkOutAt ? minutes(input.checkOutAt, input.scheduledEnd) : 0;

  if (!input.checkInAt) {
    const graceEnds = input.scheduledStart.getTime() + graceMinutes * 60_000;
    if (now.getTime() <= graceEnds) return { status: 'scheduled', lateMinutes: 0, late: false, earlyLeaveMinutes: 0, label: '待签到' };
    return { status: 'absent', lateMinutes: 0, late: false, earlyLeaveMinutes: 0, label: '缺勤（未签到）' };
  }
  const lateText = late ? `迟到 ${lateMinutes} 分钟` : '';
  if (!input.checkOutAt) return { status: 'on_duty', lateMinutes, late, earlyLeaveMinutes: 0, label: lateText ? `在岗（${lateText}）` : '在岗' };
  const notes = [lateText, earlyLeaveMinutes > 0 ? `早退 ${earlyLeaveMinutes} 分钟` : ''].filter(Boolean).join('，');
  return { status: 'checked_out', lateMinutes, late, earlyLeaveMinutes, label: notes ? `已签退（${notes}）` : '已签退' };
}
