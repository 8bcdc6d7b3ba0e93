import { isMondayToFriday } from './calendar-dates.js';
import { checkAssignments } from './assignment-check.js';
import { hourShortfalls, type HourShortfall } from './coverage-check.js';
import { placeShifts } from './placed-shift.js';
import { checkWorkingTime } from './working-time-check.js';
import { hardRuleLimits, RosterRule, type Roster, type RosterContext, type RosterViolation } from './roster.types.js';

/**
 * The judge of a roster's validity: recomputes every hard rule of DESIGN §7 from the assignments alone, whether
 * the roster was generated, edited by hand or changed by a swap. Uses no solver and trusts nothing the generator
 * says. Returns every violation, sorted by date, hour, rule and person; an empty list means the roster is valid.
 */
export function checkRoster(context: RosterContext, roster: Roster): RosterViolation[] {
  const isWorkingDay = context.calendar?.isWorkingDay ?? isMondayToFriday;
  const { placed, invalid } = placeShifts(context.month, context.staff, context.templates, roster, context.previousAssignments);
  const violations = [
    ...invalid,
    ...checkAssignments(placed, isWorkingDay),
    ...checkWorkingTime(placed, context.month, hardRuleLimits(context)),
    ...hourShortfalls(placed, context.month, context.demand).map(shortfallViolation),
  ];
  return violations.sort(compareViolations);
}

/** The hours of the month that lack seats or dispatch-qualified people, hour by hour. */
export function uncoveredHours(context: RosterContext, roster: Roster): HourShortfall[] {
  const { placed } = placeShifts(context.month, context.staff, context.templates, roster, context.previousAssignments);
  return hourShortfalls(placed, context.month, context.demand);
}

function shortfallViolation(shortfall: HourShortfall): RosterViolation {
  const slot = `${shortfall.date} ${hourText(shortfall.hour)}–${hourText(shortfall.hour + 1)}`;
  const isDispatch = shortfall.kind === 'dispatch';
  return {
    rule: isDispatch ? RosterRule.DispatchCoverage : RosterRule.Coverage,
    date: shortfall.date,
    hour: shortfall.hour,
    message: isDispatch
      ? `${slot} 具备派单资质人员在岗 ${shortfall.actual} 人，需 ${shortfall.required} 人`
      : `${slot} 在岗坐席 ${shortfall.actual} 人，需 ${shortfall.required} 人`,
    details: { required: shortfall.required, actual: shortfall.actual, missing: shortfall.missing, onDuty: shortfall.onDuty },
  };
}

export function hourText(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

function compareViolations(a: RosterViolation, b: RosterViolation): number {
  return (
    (a.date ?? '').localeCompare(b.date ?? '') ||
    (a.hour ?? -1) - (b.hour ?? -1) ||
    a.rule.localeCompare(b.rule) ||
    (a.staffId ?? '').localeCompare(b.staffId ?? '')
  );
}
