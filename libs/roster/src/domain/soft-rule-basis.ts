import { datesOfMonth, isMondayToFriday, isWeekend } from './calendar-dates.js';
import { isNightShift } from './shift-timing.js';
import { canWorkShiftOn, isOnLeaveDate } from './staff-eligibility.js';
import { DEFAULT_SOFT_WEIGHTS, type RosterContext, type SoftWeights, type StaffMember } from './roster.types.js';

/**
 * What the soft rules are measured against, shared by the optimiser's model and the independent scorer so that
 * the solver's objective and the reported soft score mean the same thing.
 */

/**
 * 'proportional' (default): the seat team's rostered hours are shared in proportion to contract hours (less leave
 * days), whatever the month's total — so a month that needs fewer hours than contracted is spread evenly instead
 * of being padded with surplus seats (surplus seat-hours are a soft rule of their own).
 * 'contract': every person's target is their contract hours (less leave days).
 * Office staff (not in the seat pool) are always measured against their contract hours.
 */
export type HoursTargetMode = 'proportional' | 'contract';

export interface SoftScoreOptions {
  weights?: Partial<SoftWeights>;
  hoursTarget?: HoursTargetMode;
}

export function resolveSoftWeights(weights?: Partial<SoftWeights>): SoftWeights {
  return { ...DEFAULT_SOFT_WEIGHTS, ...weights };
}

export interface MonthDays {
  dates: string[];
  /** Saturdays and Sundays that are not holidays (holidays are counted on their own). */
  weekendDates: Set<string>;
  holidayDates: Set<string>;
}

export function monthDays(context: RosterContext): MonthDays {
  const dates = datesOfMonth(context.month);
  const isHoliday = context.calendar?.isHoliday ?? (() => false);
  const holidayDates = new Set(dates.filter((date) => isHoliday(date)));
  const weekendDates = new Set(dates.filter((date) => isWeekend(date) && !holidayDates.has(date)));
  return { dates, weekendDates, holidayDates };
}

/**
 * Who is compared with whom by each fairness rule: seat staff who could work such a shift at least once this
 * month, compared among peers of the same qualification (dispatch-qualified or not). Peers, because the demand
 * itself treats them differently: when every night seat must be dispatch-qualified, comparing night counts with
 * colleagues who may not take the seat alone would only measure the demand, not fairness.
 */
export interface FairnessGroups {
  night: StaffMember[][];
  weekend: StaffMember[][];
  holiday: StaffMember[][];
}

export function fairnessGroups(context: RosterContext, days: MonthDays = monthDays(context)): FairnessGroups {
  const isWorkingDay = context.calendar?.isWorkingDay ?? isMondayToFriday;
  const seatStaff = context.staff.filter((person) => person.team === 'seat');
  const canWorkAny = (person: StaffMember, dates: Iterable<string>, nightOnly: boolean): boolean => {
    for (const date of dates) {
      for (const template of context.templates) {
        if (nightOnly && !isNightShift(template)) continue;
        if (canWorkShiftOn(person, template, date, isWorkingDay)) return true;
      }
    }
    return false;
  };
  const byQualification = (people: StaffMember[]): StaffMember[][] =>
    [people.filter((person) => person.skills.includes('dispatch')), people.filter((person) => !person.skills.includes('dispatch'))].filter(
      (group) => group.length > 0,
    );
  return {
    night: byQualification(seatStaff.filter((person) => canWorkAny(person, days.dates, true))),
    weekend: byQualification(seatStaff.filter((person) => canWorkAny(person, days.weekendDates, false))),
    holiday: byQualification(seatStaff.filter((person) => canWorkAny(person, days.holidayDates, false))),
  };
}

export interface HoursTargetBasis {
  mode: HoursTargetMode;
  /** Contract hours less leave days, per person. */
  contractTargets: Map<string, number>;
  /** Proportional mode: each seat person's share of the seat team's hours (shares add up to 1). */
  seatShares: Map<string, number>;
}

export function hoursTargetBasis(context: RosterContext, mode: HoursTargetMode = 'proportional'): HoursTargetBasis {
  const dates = datesOfMonth(context.month);
  const contractTargets = new Map<string, number>();
  for (const person of context.staff) {
    const availableDays = dates.filter((date) => !isOnLeaveDate(person, date)).length;
    contractTargets.set(person.id, (person.contractHoursPerMonth * availableDays) / dates.length);
  }
  const seatShares = new Map<string, number>();
  if (mode === 'proportional') {
    const seatStaff = context.staff.filter((person) => person.team === 'seat');
    const pool = seatStaff.reduce((sum, person) => sum + contractTargets.get(person.id)!, 0);
    for (const person of seatStaff) seatShares.set(person.id, pool > 0 ? contractTargets.get(person.id)! / pool : 0);
  }
  return { mode, contractTargets, seatShares };
}

/** Target hours once the seat team's total rostered hours are known. */
export function hoursTarget(basis: HoursTargetBasis, staffId: string, seatTeamHours: number): number {
  const share = basis.seatShares.get(staffId);
  return share === undefined ? (basis.contractTargets.get(staffId) ?? 0) : share * seatTeamHours;
}
