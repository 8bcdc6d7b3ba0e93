import { datesOfMonth, dayNumber, isMondayToFriday } from './calendar-dates.js';
import { groupByStaff, placeShifts, type PlacedShift } from './placed-shift.js';
import { hoursWithin, isNightShift, shiftInterval, type ShiftInterval } from './shift-timing.js';
import { canWorkShiftOn } from './staff-eligibility.js';
import type { HardRuleLimits, RosterContext, ShiftTemplate, StaffMember } from './roster.types.js';

/**
 * The decision space of the roster model: which x[person, day, shift] exist. A binary exists only where the
 * person may work that shift on that day (allowed shift, skills, workdays-only, leave, unavailability) and the
 * previous month's last shifts leave enough rest before it.
 */

/** One possible assignment: the binary x[person, day, shift] of the model. */
export interface ShiftCandidate {
  variable: string;
  staff: StaffMember;
  dateIndex: number;
  date: string;
  template: ShiftTemplate;
  interval: ShiftInterval;
  /** Hours of this shift inside the month. */
  monthHours: number;
}

export interface ModelFrame {
  context: RosterContext;
  dates: string[];
  /** [staff index][date index] → candidates */
  candidates: ShiftCandidate[][][];
  tail: Map<string, PlacedShift[]>;
  monthStartMinute: number;
  monthEndMinute: number;
}

export function allCandidates(frame: ModelFrame): ShiftCandidate[] {
  return frame.candidates.flat(2);
}

export function buildModelFrame(context: RosterContext, limits: HardRuleLimits): ModelFrame {
  const dates = datesOfMonth(context.month);
  const isWorkingDay = context.calendar?.isWorkingDay ?? isMondayToFriday;
  const tail = groupByStaff(placeShifts(context.month, context.staff, context.templates, [], context.previousAssignments).placed);
  const monthStartMinute = dayNumber(dates[0]) * 1440;
  const monthEndMinute = monthStartMinute + dates.length * 1440;
  const candidates = context.staff.map((person, staffIndex) =>
    dates.map((date, dateIndex) =>
      context.templates.flatMap((template, templateIndex) => {
        if (!canWorkShiftOn(person, template, date, isWorkingDay)) return [];
        const interval = shiftInterval(template, date);
        const previous = tail.get(person.id) ?? [];
        if (previous.some((shift) => restConflict(shift.template, shift.interval, interval, limits))) return [];
        return [{
          variable: `x${staffIndex}_${dateIndex}_${templateIndex}`,
          staff: person,
          dateIndex,
          date,
          template,
          interval,
          monthHours: hoursWithin(interval, monthStartMinute, monthEndMinute),
        }];
      }),
    ),
  );
  return { context, dates, candidates, tail, monthStartMinute, monthEndMinute };
}

/** The later shift starts too soon after the earlier one ends (overlap included). */
export function restConflict(earlierTemplate: ShiftTemplate, earlier: ShiftInterval, later: ShiftInterval, limits: HardRuleLimits): boolean {
  const requiredHours = isNightShift(earlierTemplate) ? limits.minRestAfterNightHours : limits.minRestHours;
  return later.startMinute - earlier.endMinute < requiredHours * 60;
}


export function tailHoursInMonth(frame: ModelFrame, person: StaffMember): number {
  return (frame.tail.get(person.id) ?? []).reduce((sum, shift) => sum + hoursWithin(shift.interval, frame.monthStartMinute, frame.monthEndMinute), 0);
}
