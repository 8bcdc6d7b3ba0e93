import { dayNumber } from './calendar-dates.js';
import type { ShortfallKind } from './coverage-check.js';
import { demandAt } from './coverage-demand.js';
import { LpModel, type LinearTerm } from './lp-model.js';
import { rosterNeighbourhoods, type RosterNeighbourhoods } from './roster-neighbourhoods.js';
import { addSoftObjective } from './roster-model-soft-terms.js';
import { addSymmetryBreaking, identicalStaffClasses, orderForSymmetry } from './roster-model-symmetry.js';
import { allCandidates, buildModelFrame, restConflict, tailHoursInMonth, type ModelFrame } from './roster-model-frame.js';
import { coveredHourNumbers } from './shift-timing.js';
import type { SoftScoreOptions } from './soft-rule-basis.js';
import { hardRuleLimits, type Assignment, type HardRuleLimits, type Roster, type RosterContext, type StaffMember } from './roster.types.js';

export interface CoverageRow {
  name: string;
  kind: ShortfallKind;
  dates: string[];
  hoursCount: number;
  /** People still needed after the previous month's overnight shifts. */
  required: number;
  slackVariable?: string;
}

export interface RosterModelOptions extends SoftScoreOptions {
  /** Relaxed model: coverage rows may fall short at this penalty per missing person-hour. */
  coverageSlackPenalty?: number;
}

export interface RosterModel {
  lp: LpModel;
  coverageRows: CoverageRow[];
  /** Strict model only: coverage rows nobody can fill (the month is infeasible before any solving). */
  unfillableRows: CoverageRow[];
  decode(values: ReadonlyMap<string, number>): Assignment[];
  /**
   * A roster as a MIP start: every binary (1 where assigned), after relabelling identical staff to the model's
   * symmetry ordering. Assignments the model has no binary for are dropped (the start is then not a solution).
   */
  encode(roster: Roster): Map<string, number>;
  /** What the search around the start frees, one set at a time (see roster-neighbourhoods.ts). */
  neighbourhoods: RosterNeighbourhoods;
}

/**
 * The month as a MIP (DESIGN §7): binaries x[person, day, shift] (see roster-model-frame.ts), hard rules as rows,
 * soft rules as the weighted objective (see roster-model-soft-terms.ts).
 */
export function buildRosterModel(context: RosterContext, options: RosterModelOptions = {}): RosterModel {
  const limits = hardRuleLimits(context);
  const frame = buildModelFrame(context, limits);
  const lp = new LpModel();
  for (const candidate of allCandidates(frame)) lp.addBinary(candidate.variable);

  addOneShiftPerDay(lp, frame);
  addRest(lp, frame, limits);
  addConsecutiveDays(lp, frame, limits.maxConsecutiveDays);
  addMaxHours(lp, frame);
  const classes = identicalStaffClasses(context);
  addSymmetryBreaking(lp, frame, classes);
  const { coverageRows, unfillableRows, seatHoursFloor } = addCoverage(lp, frame, options.coverageSlackPenalty);
  addSoftObjective(lp, frame, options, seatHoursFloor);

  return {
    lp,
    coverageRows,
    unfillableRows,
    decode: (values) =>
      allCandidates(frame)
        .filter((candidate) => (values.get(candidate.variable) ?? 0) > 0.5)
        .map((candidate) => ({ staffId: candidate.staff.id, date: candidate.date, shiftCode: candidate.template.code })),
    neighbourhoods: rosterNeighbourhoods(frame),
    encode: (roster) => {
      const assigned = new Set(orderForSymmetry(context, roster, classes).map((a) => `${a.staffId}|${a.date}|${a.shiftCode}`));
      return new Map(allCandidates(frame).map((c) => [c.variable, assigned.has(`${c.staff.id}|${c.date}|${c.template.code}`) ? 1 : 0]));
    },
  };
}

function addOneShiftPerDay(lp: LpModel, frame: ModelFrame): void {
  frame.candidates.forEach((days, staffIndex) =>
    days.forEach((sameDay, dateIndex) => {
      if (sameDay.length > 0) lp.addRow(`d${staffIndex}_${dateIndex}`, sameDay.map((c) => [1, c.variable] as const), '<=', 1);
    }),
  );
}

/**
 * Pairwise rest conflicts, grouped per later day: shifts of one day already exclude each other, so a shift and
 * all the next-day shifts it conflicts with form one clique row (tighter than pairs).
 */
function addRest(lp: LpModel, frame: ModelFrame, limits: HardRuleLimits): void {
  const lookAheadDays = Math.ceil((Math.max(limits.minRestHours, limits.minRestAfterNightHours) + 48) / 24);
  for (const days of frame.candidates) {
    for (const earlier of days.flat()) {
      for (let later = earlier.dateIndex + 1; later <= earlier.dateIndex + lookAheadDays && later < days.length; later++) {
        const conflicting = days[later].filter((candidate) => restConflict(earlier.template, earlier.interval, candidate.interval, limits));
        if (conflicting.length === 0) continue;
        lp.addRow(`r${earlier.variable.slice(1)}_${later}`, [[1, earlier.variable], ...conflicting.map((c) => [1, c.variable] as const)], '<=', 1);
      }
    }
  }
}

/** Every window of maxDays + 1 consecutive duty dates that touches the month holds at most maxDays working days. */
function addConsecutiveDays(lp: LpModel, frame: ModelFrame, maxDays: number): void {
  const firstDay = dayNumber(frame.dates[0]);
  frame.context.staff.forEach((person, staffIndex) => {
    const tailDays = new Set((frame.tail.get(person.id) ?? []).map((shift) => dayNumber(shift.assignment.date)));
    for (let windowStart = firstDay - maxDays; windowStart + maxDays < firstDay + frame.dates.length; windowStart++) {
      let fixedDays = 0;
      const terms: LinearTerm[] = [];
      let daysWithCandidates = 0;
      for (let day = windowStart; day <= windowStart + maxDays; day++) {
        if (day < firstDay) {
          if (tailDays.has(day)) fixedDays += 1;
          continue;
        }
        const sameDay = frame.candidates[staffIndex][day - firstDay];
        if (sameDay.length > 0) daysWithCandidates += 1;
        terms.push(...sameDay.map((c) => [1, c.variable] as const));
      }
      if (fixedDays + daysWithCandidates <= maxDays) continue;
      lp.addRow(`c${staffIndex}_${windowStart - firstDay + maxDays}`, terms, '<=', maxDays - fixedDays);
    }
  });
}

function addMaxHours(lp: LpModel, frame: ModelFrame): void {
  frame.context.staff.forEach((person, staffIndex) => {
    const candidates = frame.candidates[staffIndex].flat();
    const tailHours = tailHoursInMonth(frame, person);
    const possible = candidates.reduce((sum, c) => sum + c.monthHours, 0);
    if (candidates.length === 0 || tailHours + possible <= person.maxHoursPerMonth) return;
    lp.addRow(`h${staffIndex}`, candidates.map((c) => [c.monthHours, c.variable] as const), '<=', person.maxHoursPerMonth - tailHours);
  });
}

/**
 * Coverage rows. Hours with the same demand covered by exactly the same candidates (e.g. 08–16 of one date under
 * the default templates) share one row, so a row's slack × its hours is exactly the person-hours missing. Only the
 * seat team counts, and only whole hours.
 */
function addCoverage(
  lp: LpModel,
  frame: ModelFrame,
  slackPenalty: number | undefined,
): { coverageRows: CoverageRow[]; unfillableRows: CoverageRow[]; seatHoursFloor: number | undefined } {
  const firstHour = (frame.monthStartMinute / 60) | 0;
  const hourCount = frame.dates.length * 24;
  const coveringVariables: string[][] = Array.from({ length: hourCount }, () => []);
  const tailSeats = new Array<number>(hourCount).fill(0);
  const tailDispatch = new Array<number>(hourCount).fill(0);
  const isDispatcher = (person: StaffMember) => person.skills.includes('dispatch');

  for (const candidate of allCandidates(frame)) {
    if (candidate.staff.team !== 'seat') continue;
    for (const hour of coveredHourNumbers(candidate.interval)) {
      if (hour - firstHour >= 0 && hour - firstHour < hourCount) coveringVariables[hour - firstHour].push(candidate.variable);
    }
  }
  for (const shifts of frame.tail.values()) {
    for (const shift of shifts) {
      if (shift.staff.team !== 'seat') continue;
      for (const hour of coveredHourNumbers(shift.interval)) {
        if (hour - firstHour < 0 || hour - firstHour >= hourCount) continue;
        tailSeats[hour - firstHour] += 1;
        if (isDispatcher(shift.staff)) tailDispatch[hour - firstHour] += 1;
      }
    }
  }
  const dispatchVariables = new Set(allCandidates(frame).filter((c) => isDispatcher(c.staff)).map((c) => c.variable));

  type Group = { kind: ShortfallKind; variables: string[]; fixed: number; demand: number; dates: Set<string>; hours: number };
  const groups = new Map<string, Group>();
  const seatGroupOfHour: (Group | undefined)[] = new Array(hourCount);
  for (let index = 0; index < hourCount; index++) {
    const date = frame.dates[Math.floor(index / 24)];
    const demand = demandAt(frame.context.demand, date, index % 24);
    const entries: [ShortfallKind, string[], number, number][] = [
      ['seats', coveringVariables[index], tailSeats[index], demand.seats],
      ['dispatch', coveringVariables[index].filter((v) => dispatchVariables.has(v)), tailDispatch[index], demand.dispatch],
    ];
    for (const [kind, variables, fixed, required] of entries) {
      if (required - fixed <= 0) continue;
      // Strict model: hours covered by the same people need only the largest of their demands (16–20 needs 3
      // seats, 20–24 two, both from the 中班): one row instead of two. The relaxed model keeps them apart so that
      // slack × hours stays the person-hours missing.
      const key = slackPenalty === undefined ? `${kind}|${variables.join(',')}` : `${kind}|${required}|${fixed}|${variables.join(',')}`;
      const group = groups.get(key) ?? { kind, variables, fixed, demand: required, dates: new Set<string>(), hours: 0 };
      if (required - fixed > group.demand - group.fixed) [group.demand, group.fixed] = [required, fixed];
      group.dates.add(date);
      group.hours += 1;
      groups.set(key, group);
      if (kind === 'seats') seatGroupOfHour[index] = group;
    }
  }

  const coverageRows: CoverageRow[] = [];
  const unfillableRows: CoverageRow[] = [];
  let rowIndex = 0;
  for (const group of groups.values()) {
    const row: CoverageRow = {
      name: `v${rowIndex++}`,
      kind: group.kind,
      dates: [...group.dates],
      hoursCount: group.hours,
      required: group.demand - group.fixed,
    };
    const terms: LinearTerm[] = group.variables.map((variable) => [1, variable] as const);
    if (slackPenalty !== undefined) {
      row.slackVariable = lp.addContinuous(`u${row.name}`, 0, row.required);
      lp.addObjective(row.slackVariable, slackPenalty * group.hours);
      terms.push([1, row.slackVariable]);
    }
    coverageRows.push(row);
    if (terms.length === 0) {
      unfillableRows.push(row);
      continue;
    }
    lp.addRow(row.name, terms, '>=', row.required);
  }
  // The seat team's hours can be no fewer than its people on duty, hour by hour, that the strict rows force: an
  // hour of a group has at least the group's requirement on duty besides its own overnight tail.
  const required = (group: Group | undefined) => (group ? group.demand - group.fixed : 0);
  const seatHoursFloor = slackPenalty !== undefined ? undefined : tailSeats.reduce((sum, tail, index) => sum + tail + required(seatGroupOfHour[index]), 0);
  return { coverageRows, unfillableRows, seatHoursFloor };
}
