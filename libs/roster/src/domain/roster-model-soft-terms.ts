import { addDays } from './calendar-dates.js';
import { demandAt } from './coverage-demand.js';
import type { LinearTerm, LpModel } from './lp-model.js';
import { allCandidates, tailHoursInMonth, type ModelFrame, type ShiftCandidate } from './roster-model-frame.js';
import { coveredHourNumbers, isNightShift } from './shift-timing.js';
import { chordFromAbove, chordFromBelow, hoursGrid, type HoursChord } from './hours-chord.js';
import { fairnessGroups, hoursTargetBasis, monthDays, resolveSoftWeights, type HoursTargetBasis, type SoftScoreOptions } from './soft-rule-basis.js';
import { avoidsShift, isOnLeaveDate, isUnpreferredShift, wishesDayOff } from './staff-eligibility.js';
import type { StaffMember } from './roster.types.js';

/**
 * The soft rules of DESIGN §7 as a weighted objective. Each term is the exact linearisation of what
 * soft-score.ts measures, so at an optimum the objective equals the roster's soft score.
 */
export function addSoftObjective(lp: LpModel, frame: ModelFrame, options: SoftScoreOptions, seatHoursFloor?: number): void {
  const weights = resolveSoftWeights(options.weights);
  const days = monthDays(frame.context);
  const groups = fairnessGroups(frame.context, days);
  const staffIndex = new Map(frame.context.staff.map((person, index) => [person.id, index]));
  const candidatesOf = (person: StaffMember) => frame.candidates[staffIndex.get(person.id)!].flat();

  // Preferences are per assignment, so they go straight onto the binaries.
  for (const candidate of allCandidates(frame)) {
    if (avoidsShift(candidate.staff, candidate.template)) lp.addObjective(candidate.variable, weights.avoided_shift);
    if (isUnpreferredShift(candidate.staff, candidate.template)) lp.addObjective(candidate.variable, weights.unpreferred_shift);
    if (wishesDayOff(candidate.staff, candidate.date)) lp.addObjective(candidate.variable, weights.preferred_day_off);
  }

  addSpread(lp, 'fn', groups.night, weights.night_fairness, (person) => candidatesOf(person).filter((c) => isNightShift(c.template)));
  addSpread(lp, 'fw', groups.weekend, weights.weekend_fairness, (person) => candidatesOf(person).filter((c) => days.weekendDates.has(c.date)));
  addSpread(lp, 'fh', groups.holiday, weights.holiday_fairness, (person) => candidatesOf(person).filter((c) => days.holidayDates.has(c.date)));

  if (weights.isolated_day_off !== 0) addIsolatedDaysOff(lp, frame, weights.isolated_day_off);
  if (weights.isolated_work_day !== 0) addIsolatedWorkDays(lp, frame, weights.isolated_work_day);
  if (weights.hours_balance !== 0) addHoursBalance(lp, frame, hoursTargetBasis(frame.context, options.hoursTarget), weights.hours_balance, seatHoursFloor);
  if (weights.surplus_seat_hours !== 0) addSurplusSeatHours(lp, frame, weights.surplus_seat_hours);
}

/** weight × (max − min) of a count within each peer group: max ≥ count_p ≥ min for every p, pushed apart. */
function addSpread(lp: LpModel, prefix: string, groups: readonly StaffMember[][], weight: number, counted: (person: StaffMember) => ShiftCandidate[]): void {
  if (weight === 0) return;
  groups.forEach((group, groupIndex) => {
    if (group.length < 2) return;
    // Integer: counts are integers anyway, and branching on the spread bounds tightens the proven bound.
    const max = lp.addInteger(`${prefix}${groupIndex}max`);
    const min = lp.addInteger(`${prefix}${groupIndex}min`);
    lp.addObjective(max, weight);
    lp.addObjective(min, -weight);
    group.forEach((person, index) => {
      const negated = counted(person).map((c) => [-1, c.variable] as const);
      lp.addRow(`${prefix}${groupIndex}a${index}`, [[1, max], ...negated], '>=', 0);
      lp.addRow(`${prefix}${groupIndex}b${index}`, [[1, min], ...negated], '<=', 0);
    });
  });
}

interface JudgedDay {
  person: StaffMember;
  staffIndex: number;
  dateIndex: number;
  date: string;
  /** The person's binaries of a date (none outside the month). */
  worked: (dateIndex: number) => LinearTerm[];
  /** The 1st only: the previous month's tail has the person working the day before. */
  tailWorkedBefore: boolean;
}

/** Each person's days the isolated-day rules judge: all but the month's last (the next month is unknown). */
function forEachJudgedDay(frame: ModelFrame, visit: (day: JudgedDay) => void): void {
  frame.context.staff.forEach((person, staffIndex) => {
    const days = frame.candidates[staffIndex];
    const tailDates = new Set((frame.tail.get(person.id) ?? []).map((shift) => shift.assignment.date));
    const worked = (dateIndex: number): LinearTerm[] => (days[dateIndex] ?? []).map((c) => [1, c.variable] as const);
    for (let dateIndex = 0; dateIndex < frame.dates.length - 1; dateIndex++) {
      const date = frame.dates[dateIndex];
      visit({ person, staffIndex, dateIndex, date, worked, tailWorkedBefore: dateIndex === 0 && tailDates.has(addDays(date, -1)) });
    }
  });
}

const negated = (terms: LinearTerm[]) => terms.map(([coefficient, variable]) => [-coefficient, variable] as const);

/**
 * isolated[p, d] ≥ worked(d−1) + worked(d+1) − worked(d) − 1 for a day d that is not leave; worked(d−1) of the
 * month's first day comes from the previous month's tail.
 */
function addIsolatedDaysOff(lp: LpModel, frame: ModelFrame, weight: number): void {
  forEachJudgedDay(frame, ({ person, staffIndex, dateIndex, date, worked, tailWorkedBefore }) => {
    if (isOnLeaveDate(person, date)) return;
    const previous = worked(dateIndex - 1);
    const next = worked(dateIndex + 1);
    if ((previous.length === 0 && !tailWorkedBefore) || next.length === 0) return;
    const isolated = lp.addContinuous(`i${staffIndex}_${dateIndex}`);
    lp.addObjective(isolated, weight);
    lp.addRow(`j${staffIndex}_${dateIndex}`, [[1, isolated], ...negated(previous), ...negated(next), ...worked(dateIndex)], '>=', Number(tailWorkedBefore) - 1);
  });
}

/**
 * lone[p, d] ≥ worked(d) − worked(d−1) − worked(d+1) for a day whose neighbours are not leave; a day after the
 * previous month's last working day cannot be lone (no row).
 */
function addIsolatedWorkDays(lp: LpModel, frame: ModelFrame, weight: number): void {
  forEachJudgedDay(frame, ({ person, staffIndex, dateIndex, date, worked, tailWorkedBefore }) => {
    const today = worked(dateIndex);
    if (today.length === 0 || tailWorkedBefore) return;
    if (isOnLeaveDate(person, addDays(date, -1)) || isOnLeaveDate(person, frame.dates[dateIndex + 1])) return;
    const lone = lp.addContinuous(`k${staffIndex}_${dateIndex}`);
    lp.addObjective(lone, weight);
    lp.addRow(`q${staffIndex}_${dateIndex}`, [[1, lone], ...negated(today), ...worked(dateIndex - 1), ...worked(dateIndex + 1)], '>=', 0);
  });
}

/**
 * over − under = hours − target, both penalised: the absolute deviation from the person's target. In proportional
 * mode a seat person's target is share × T, T being the seat team's total hours (a variable), which keeps it linear.
 * `seatHoursFloor` is a lower bound on T that every roster meets (the strict model's coverage), for the cuts below.
 */
function addHoursBalance(lp: LpModel, frame: ModelFrame, basis: HoursTargetBasis, weight: number, seatHoursFloor?: number): void {
  const seatStaff = frame.context.staff.map((person, index) => ({ person, index })).filter(({ person }) => basis.seatShares.has(person.id));
  let teamHours: string | undefined;
  if (seatStaff.length > 0) {
    teamHours = lp.addContinuous('tseat');
    const terms = seatStaff.flatMap(({ index }) => frame.candidates[index].flat().map((c) => [-c.monthHours, c.variable] as const));
    const fixed = seatStaff.reduce((sum, { person }) => sum + tailHoursInMonth(frame, person), 0);
    lp.addRow('tseatdef', [[1, teamHours], ...terms], '=', fixed);
  }
  frame.context.staff.forEach((person, staffIndex) => {
    const shifts: LinearTerm[] = frame.candidates[staffIndex].flat().map((c) => [c.monthHours, c.variable] as const);
    const fixed = tailHoursInMonth(frame, person);
    const share = basis.seatShares.get(person.id);
    const proportional = share !== undefined && teamHours !== undefined;
    const target: LinearTerm[] = proportional ? [[share, teamHours!]] : [];
    const fixedTarget = proportional ? 0 : (basis.contractTargets.get(person.id) ?? 0);
    const over = lp.addContinuous(`o${staffIndex}`);
    const under = lp.addContinuous(`w${staffIndex}`);
    lp.addObjective(over, weight);
    lp.addObjective(under, weight);
    lp.addRow(`b${staffIndex}`, [...shifts, ...negated(target), [-1, over], [1, under]], '=', fixedTarget - fixed);

    const grid = hoursGrid(frame.candidates[staffIndex].flat());
    if (!grid) return;
    const deviation: LinearTerm[] = [[1, over], [1, under]];
    const cut = (name: string, c: HoursChord) =>
      lp.addRow(name, [...deviation, ...target.map(([k, v]) => [c.target * k, v] as const), ...shifts.map(([k, v]) => [c.hours * k, v] as const)], '>=', c.rhs);
    if (proportional) {
      if (seatHoursFloor !== undefined) cut(`bl${staffIndex}`, chordFromBelow(share! * seatHoursFloor, fixed, 0, grid));
    } else {
      cut(`bl${staffIndex}`, chordFromBelow(fixedTarget, fixed, fixedTarget, grid));
      cut(`bh${staffIndex}`, chordFromAbove(fixedTarget, fixed, fixedTarget, grid));
    }
  });
}

/**
 * Σ over hours of max(0, seats on duty − demand). Coverage is a hard rule, so on every feasible roster this is
 * Σ (seats on duty) − Σ demand: linear, a cost per covered hour on each seat binary plus a constant.
 */
function addSurplusSeatHours(lp: LpModel, frame: ModelFrame, weight: number): void {
  const firstHour = frame.monthStartMinute / 60;
  const hourCount = frame.dates.length * 24;
  const inMonth = (hours: number[]) => hours.filter((hour) => hour >= firstHour && hour < firstHour + hourCount).length;
  let constant = 0;
  frame.dates.forEach((date) => {
    for (let hour = 0; hour < 24; hour++) constant -= demandAt(frame.context.demand, date, hour).seats;
  });
  for (const shifts of frame.tail.values()) {
    for (const shift of shifts) if (shift.staff.team === 'seat') constant += inMonth(coveredHourNumbers(shift.interval));
  }
  for (const candidate of allCandidates(frame)) {
    if (candidate.staff.team === 'seat') lp.addObjective(candidate.variable, weight * inMonth(coveredHourNumbers(candidate.interval)));
  }
  lp.addObjectiveConstant(weight * constant);
}
