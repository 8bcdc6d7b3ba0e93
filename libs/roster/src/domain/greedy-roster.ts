import { addDays, datesOfMonth, dayNumber, isMondayToFriday } from './calendar-dates.js';
import { demandAt } from './coverage-demand.js';
import { groupByStaff, placeShifts } from './placed-shift.js';
import { coveredHourNumbers, hoursWithin, isNightShift, shiftInterval, type ShiftInterval } from './shift-timing.js';
import { canWorkShiftOn } from './staff-eligibility.js';
import { hardRuleLimits, type Assignment, type RosterContext, type ShiftTemplate, type StaffMember } from './roster.types.js';

interface PersonState {
  person: StaffMember;
  hours: number;
  last?: { template: ShiftTemplate; interval: ShiftInterval };
  workedDates: Set<string>;
}

export interface GreedyRosterOptions {
  /**
   * Fill plain seats with people who cannot dispatch first, keeping the scarce dispatch-qualified staff rested for
   * the hours that need them. Off by default: the benchmark's baseline is the naive rota.
   */
  spareDispatchers?: boolean;
  /**
   * Work and rest in blocks: prefer whoever worked yesterday and has worked fewer than `BLOCK_DAYS` in a row, and
   * avoid ending a single day off; fewest hours only breaks ties. The optimiser's warm start uses it, so that HiGHS
   * starts from a rota without the every-other-day pattern the isolated-day rules penalise.
   */
  blocks?: boolean;
}

/** Preferred length of a block of work when the rota is built in blocks. */
const BLOCK_DAYS = 3;

/**
 * A baseline to measure the optimiser against, of the kind a spreadsheet rota produces: day by day, shift by
 * shift, fill the open seats (dispatch-qualified first while the dispatch demand is open) with whoever has the
 * fewest hours so far and may legally take the shift. No look-ahead, no soft rules; it can leave gaps, so the
 * checker judges it like any other roster.
 */
export function buildGreedyRoster(context: RosterContext, options: GreedyRosterOptions = {}): Assignment[] {
  const dates = datesOfMonth(context.month);
  const limits = hardRuleLimits(context);
  const isWorkingDay = context.calendar?.isWorkingDay ?? isMondayToFriday;
  const monthStart = dayNumber(dates[0]) * 1440;
  const monthEnd = monthStart + dates.length * 1440;
  const firstHour = monthStart / 60;
  const seats = new Array<number>(dates.length * 24).fill(0);
  const dispatch = new Array<number>(dates.length * 24).fill(0);
  const tail = groupByStaff(placeShifts(context.month, context.staff, context.templates, [], context.previousAssignments).placed);

  const states: PersonState[] = context.staff.map((person) => {
    const previous = (tail.get(person.id) ?? []).sort((a, b) => a.interval.endMinute - b.interval.endMinute);
    const last = previous[previous.length - 1];
    return {
      person,
      hours: previous.reduce((sum, shift) => sum + hoursWithin(shift.interval, monthStart, monthEnd), 0),
      last: last ? { template: last.template, interval: last.interval } : undefined,
      workedDates: new Set(previous.map((shift) => shift.assignment.date)),
    };
  });
  const dispatchRank = (state: PersonState) => Number(state.person.skills.includes('dispatch'));
  const runBefore = (state: PersonState, date: string) => {
    let run = 0;
    while (state.workedDates.has(addDays(date, -(run + 1)))) run += 1;
    return run;
  };
  // 0: continues a short block; 1: starts a block after ≥ 2 days off, or lengthens a long one; 2: ends a single day off.
  const blockRank = (state: PersonState, date: string) => {
    if (!options.blocks) return 0;
    const run = runBefore(state, date);
    if (run > 0) return run < BLOCK_DAYS ? 0 : 1;
    return state.workedDates.has(addDays(date, -2)) ? 2 : 1;
  };
  const templates = [...context.templates].sort((a, b) => a.start.localeCompare(b.start));
  const roster: Assignment[] = [];

  const mayTake = (state: PersonState, template: ShiftTemplate, date: string, interval: ShiftInterval): boolean => {
    if (state.workedDates.has(date) || !canWorkShiftOn(state.person, template, date, isWorkingDay)) return false;
    if (state.hours + hoursWithin(interval, monthStart, monthEnd) > state.person.maxHoursPerMonth) return false;
    if (state.last) {
      const required = isNightShift(state.last.template) ? limits.minRestAfterNightHours : limits.minRestHours;
      if (interval.startMinute - state.last.interval.endMinute < required * 60) return false;
    }
    return runBefore(state, date) < limits.maxConsecutiveDays;
  };
  const assign = (state: PersonState, template: ShiftTemplate, date: string, interval: ShiftInterval) => {
    roster.push({ staffId: state.person.id, date, shiftCode: template.code });
    state.hours += hoursWithin(interval, monthStart, monthEnd);
    state.last = { template, interval };
    state.workedDates.add(date);
    if (state.person.team !== 'seat') return;
    for (const hour of coveredHourNumbers(interval)) {
      const index = hour - firstHour;
      if (index < 0 || index >= seats.length) continue;
      seats[index] += 1;
      if (state.person.skills.includes('dispatch')) dispatch[index] += 1;
    }
  };

  for (const date of dates) {
    for (const template of templates) {
      const interval = shiftInterval(template, date);
      const hours = coveredHourNumbers(interval).map((hour) => hour - firstHour).filter((index) => index >= 0 && index < seats.length);
      const open = (counts: number[], kind: 'seats' | 'dispatch') =>
        Math.max(0, ...hours.map((index) => demandAt(context.demand, dates[Math.floor(index / 24)], index % 24)[kind] - counts[index]));
      while (open(seats, 'seats') > 0 || open(dispatch, 'dispatch') > 0) {
        const fewestHours = (dispatchOnly: boolean) =>
          states
            .filter((state) => state.person.team === 'seat' && (!dispatchOnly || state.person.skills.includes('dispatch')))
            .filter((state) => mayTake(state, template, date, interval))
            .sort(
              (a, b) =>
                (options.spareDispatchers && !dispatchOnly ? dispatchRank(a) - dispatchRank(b) : 0) ||
                blockRank(a, date) - blockRank(b, date) ||
                a.hours - b.hours,
            )[0];
        let pick = open(dispatch, 'dispatch') > 0 ? fewestHours(true) : undefined;
        if (!pick && open(seats, 'seats') > 0) pick = fewestHours(false);
        if (!pick) break;
        assign(pick, template, date, interval);
      }
    }
    // Office staff work their own shifts (行政班) up to their contract; they never count as seats.
    for (const state of states.filter((candidate) => candidate.person.team !== 'seat')) {
      for (const template of templates) {
        const interval = shiftInterval(template, date);
        const hours = hoursWithin(interval, monthStart, monthEnd);
        if (state.hours + hours <= state.person.contractHoursPerMonth && mayTake(state, template, date, interval)) {
          assign(state, template, date, interval);
          break;
        }
      }
    }
  }
  return roster;
}
