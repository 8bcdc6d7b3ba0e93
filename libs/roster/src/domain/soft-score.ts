import { addDays, dayNumber } from './calendar-dates.js';
import { placeShifts } from './placed-shift.js';
import { hoursWithin, isNightShift } from './shift-timing.js';
import { monthCoverage } from './coverage-check.js';
import { demandAt } from './coverage-demand.js';
import { fairnessGroups, hoursTarget, hoursTargetBasis, monthDays, resolveSoftWeights, type SoftScoreOptions } from './soft-rule-basis.js';
import { avoidsShift, isOnLeaveDate, isUnpreferredShift, wishesDayOff } from './staff-eligibility.js';
import { SoftRule, type Roster, type RosterContext, type SoftRuleId, type SoftScoreByRule, type StaffMember } from './roster.types.js';

export interface StaffLoad {
  staffId: string;
  shifts: number;
  hours: number;
  targetHours: number;
  nights: number;
  weekendShifts: number;
  holidayShifts: number;
}

export interface SoftScoreReport {
  /** Weighted penalty per rule (what the optimiser minimises). */
  byRule: SoftScoreByRule;
  /** Unweighted amount per rule: spreads in shifts, counts, hours. */
  units: SoftScoreByRule;
  total: number;
  perStaff: StaffLoad[];
}

/**
 * Scores the soft rules of DESIGN §7 on any roster, generated or not: fairness spreads (max − min among peers able to
 * take such shifts), preferences, isolated single days off and working days, hours away from target and seat-hours
 * beyond the demand.
 */
export function scoreRoster(context: RosterContext, roster: Roster, options: SoftScoreOptions = {}): SoftScoreReport {
  const weights = resolveSoftWeights(options.weights);
  const days = monthDays(context);
  const groups = fairnessGroups(context, days);
  const targetBasis = hoursTargetBasis(context, options.hoursTarget);
  const { placed } = placeShifts(context.month, context.staff, context.templates, roster, context.previousAssignments);
  const monthStart = dayNumber(days.dates[0]) * 1440;
  const monthEnd = (dayNumber(days.dates[days.dates.length - 1]) + 1) * 1440;

  const units = emptyScore();
  const loads = new Map<string, StaffLoad>();
  const workedDates = new Map<string, Set<string>>();
  for (const person of context.staff) {
    loads.set(person.id, { staffId: person.id, shifts: 0, hours: 0, targetHours: 0, nights: 0, weekendShifts: 0, holidayShifts: 0 });
    workedDates.set(person.id, new Set());
  }
  for (const shift of placed) {
    const load = loads.get(shift.staff.id)!;
    load.hours += hoursWithin(shift.interval, monthStart, monthEnd);
    workedDates.get(shift.staff.id)!.add(shift.assignment.date);
    if (shift.fromPreviousMonth) continue;
    const { date } = shift.assignment;
    load.shifts += 1;
    if (isNightShift(shift.template)) load.nights += 1;
    if (days.weekendDates.has(date)) load.weekendShifts += 1;
    if (days.holidayDates.has(date)) load.holidayShifts += 1;
    if (avoidsShift(shift.staff, shift.template)) units.avoided_shift += 1;
    if (isUnpreferredShift(shift.staff, shift.template)) units.unpreferred_shift += 1;
    if (wishesDayOff(shift.staff, date)) units.preferred_day_off += 1;
  }

  units.night_fairness = spread(groups.night, loads, (load) => load.nights);
  units.weekend_fairness = spread(groups.weekend, loads, (load) => load.weekendShifts);
  units.holiday_fairness = spread(groups.holiday, loads, (load) => load.holidayShifts);
  const seatTeamHours = context.staff.filter((person) => person.team === 'seat').reduce((sum, person) => sum + loads.get(person.id)!.hours, 0);
  for (const person of context.staff) {
    units.isolated_day_off += isolatedDaysOff(person, days.dates, workedDates.get(person.id)!);
    units.isolated_work_day += isolatedWorkDays(person, days.dates, workedDates.get(person.id)!);
    const load = loads.get(person.id)!;
    load.targetHours = hoursTarget(targetBasis, person.id, seatTeamHours);
    units.hours_balance += Math.abs(load.hours - load.targetHours);
  }
  const coverage = monthCoverage(placed, context.month);
  coverage.seatsOnDuty.forEach((onDuty, index) => {
    const required = demandAt(context.demand, coverage.dates[Math.floor(index / 24)], index % 24).seats;
    units.surplus_seat_hours += Math.max(0, onDuty.size - required);
  });

  const byRule = emptyScore();
  let total = 0;
  for (const rule of Object.values(SoftRule)) {
    byRule[rule] = units[rule] * weights[rule];
    total += byRule[rule];
  }
  return { byRule, units, total, perStaff: [...loads.values()] };
}

/** A day off (not leave) with a working day on both sides; the month's last day is not judged (next month unknown). */
export function isolatedDaysOff(person: StaffMember, dates: readonly string[], worked: ReadonlySet<string>): number {
  let count = 0;
  for (let index = 0; index < dates.length - 1; index++) {
    const date = dates[index];
    if (worked.has(date) || isOnLeaveDate(person, date)) continue;
    if (worked.has(addDays(date, -1)) && worked.has(dates[index + 1])) count += 1;
  }
  return count;
}

/**
 * A working day with a day off (not leave) on both sides; the day before the 1st comes from the previous month, the
 * month's last day is not judged (next month unknown).
 */
export function isolatedWorkDays(person: StaffMember, dates: readonly string[], worked: ReadonlySet<string>): number {
  let count = 0;
  for (let index = 0; index < dates.length - 1; index++) {
    const date = dates[index];
    const before = addDays(date, -1);
    const after = dates[index + 1];
    if (!worked.has(date) || worked.has(before) || worked.has(after)) continue;
    if (!isOnLeaveDate(person, before) && !isOnLeaveDate(person, after)) count += 1;
  }
  return count;
}

/** Σ over peer groups of (max − min). */
function spread(groups: readonly StaffMember[][], loads: Map<string, StaffLoad>, measure: (load: StaffLoad) => number): number {
  return groups.reduce((sum, group) => {
    if (group.length === 0) return sum;
    const values = group.map((person) => measure(loads.get(person.id)!));
    return sum + Math.max(...values) - Math.min(...values);
  }, 0);
}

export function emptyScore(): SoftScoreByRule {
  return Object.fromEntries(Object.values(SoftRule).map((rule) => [rule, 0])) as Record<SoftRuleId, number>;
}
