import { checkRoster } from './roster-checker.js';
import { RosterRule, type Assignment, type Roster, type RosterContext, type RosterViolation } from './roster.types.js';

/** Any edit of a published roster: assignments taken out, assignments put in. */
export interface RosterChange {
  remove: readonly Assignment[];
  add: readonly Assignment[];
}

/** Two people exchange duties: `first.staffId` takes `second`'s shift and `second.staffId` takes `first`'s. */
export interface ShiftSwap {
  first: Assignment;
  second: Assignment;
}

export interface ChangeValidation {
  /** True when the change introduces no hard-rule violation. */
  accepted: boolean;
  /** Violations present after the change that were not there before. */
  introduced: RosterViolation[];
  /** Violations the change removes (e.g. a gap it covers). */
  resolved: RosterViolation[];
  roster: Assignment[];
}

export function sameAssignment(a: Assignment, b: Assignment): boolean {
  return a.staffId === b.staffId && a.date === b.date && a.shiftCode === b.shiftCode;
}

export function applyRosterChange(roster: Roster, change: RosterChange): Assignment[] {
  const kept = roster.filter((assignment) => !change.remove.some((removed) => sameAssignment(removed, assignment)));
  return [...kept, ...change.add.map((assignment) => ({ ...assignment }))];
}

/**
 * Judges a change by the checker: violations are matched by rule, person, date and hour, so a change is refused
 * only for what it causes, not for problems the roster already had.
 */
export function validateRosterChange(context: RosterContext, roster: Roster, change: RosterChange, before?: RosterViolation[]): ChangeValidation {
  const missing = change.remove.filter((removed) => !roster.some((assignment) => sameAssignment(assignment, removed)));
  const after = applyRosterChange(roster, change);
  if (missing.length > 0) {
    const introduced = missing.map<RosterViolation>((assignment) => ({
      rule: RosterRule.InvalidAssignment,
      staffId: assignment.staffId,
      date: assignment.date,
      message: `原排班不存在：${assignment.staffId} ${assignment.date} ${assignment.shiftCode}`,
      details: { assignment },
    }));
    return { accepted: false, introduced, resolved: [], roster: [...roster] };
  }
  const previous = before ?? checkRoster(context, roster);
  const current = checkRoster(context, after);
  const previousKeys = new Set(previous.map(violationKey));
  const currentKeys = new Set(current.map(violationKey));
  const introduced = current.filter((violation) => !previousKeys.has(violationKey(violation)));
  const resolved = previous.filter((violation) => !currentKeys.has(violationKey(violation)));
  return { accepted: introduced.length === 0, introduced, resolved, roster: after };
}

/** Checks a swap request (DESIGN §7 operations) before a supervisor approves it. */
export function validateSwap(context: RosterContext, roster: Roster, swap: ShiftSwap): ChangeValidation {
  return validateRosterChange(context, roster, {
    remove: [swap.first, swap.second],
    add: [
      { staffId: swap.first.staffId, date: swap.second.date, shiftCode: swap.second.shiftCode },
      { staffId: swap.second.staffId, date: swap.first.date, shiftCode: swap.first.shiftCode },
    ],
  });
}

export function violationKey(violation: RosterViolation): string {
  return [violation.rule, violation.staffId ?? '', violation.date ?? '', violation.hour ?? ''].join('|');
}
