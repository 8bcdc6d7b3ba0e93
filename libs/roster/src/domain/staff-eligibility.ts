import { minuteOfDateTime } from './calendar-dates.js';
import { overlapMinutes, shiftInterval, shiftMatchesAny, type ShiftInterval } from './shift-timing.js';
import type { ShiftTemplate, StaffMember } from './roster.types.js';

/**
 * Who may be put on which shift, for the builders (optimiser model, greedy baseline, pre-solve checks). The
 * checker has its own implementation of the same rules, so a mistake here shows up as a checker violation
 * instead of passing silently.
 */

/** Allowed list (explicit per person, else the template's teams) and required skills. */
export function mayWorkTemplate(staff: StaffMember, template: ShiftTemplate): boolean {
  const allowed = staff.allowedShifts
    ? shiftMatchesAny(template, staff.allowedShifts)
    : template.teams === undefined || template.teams.includes(staff.team);
  return allowed && (template.skills ?? []).every((skill) => staff.skills.includes(skill));
}

/** True when leave (whole dates) or an unavailability window overlaps the interval. */
export function isAbsentDuring(staff: StaffMember, interval: ShiftInterval): boolean {
  const onLeave = (staff.leave ?? []).some(
    (leave) => overlapMinutes(interval, { startMinute: minuteOfDateTime(leave.from), endMinute: minuteOfDateTime(leave.to, true) }) > 0,
  );
  if (onLeave) return true;
  return (staff.unavailability ?? []).some(
    (window) => overlapMinutes(interval, { startMinute: minuteOfDateTime(window.from), endMinute: minuteOfDateTime(window.to, true) }) > 0,
  );
}

export function isOnLeaveDate(staff: StaffMember, date: string): boolean {
  return (staff.leave ?? []).some((leave) => leave.from <= date && date <= leave.to);
}

export function canWorkShiftOn(
  staff: StaffMember,
  template: ShiftTemplate,
  date: string,
  isWorkingDay: (date: string) => boolean,
): boolean {
  if (!mayWorkTemplate(staff, template)) return false;
  if (template.workdaysOnly && !isWorkingDay(date)) return false;
  return !isAbsentDuring(staff, shiftInterval(template, date));
}

export function avoidsShift(staff: StaffMember, template: ShiftTemplate): boolean {
  return shiftMatchesAny(template, staff.preferences?.avoid);
}

/** A stated preference list exists and this shift is not on it. */
export function isUnpreferredShift(staff: StaffMember, template: ShiftTemplate): boolean {
  const prefer = staff.preferences?.prefer;
  return prefer !== undefined && prefer.length > 0 && !shiftMatchesAny(template, prefer);
}

export function wishesDayOff(staff: StaffMember, date: string): boolean {
  return (staff.preferences?.preferDaysOff ?? []).includes(date);
}
