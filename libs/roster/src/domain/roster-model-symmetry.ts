import type { LpModel } from './lp-model.js';
import type { ModelFrame } from './roster-model-frame.js';
import type { Assignment, Roster, RosterContext } from './roster.types.js';

/**
 * Symmetry breaking. Staff the model cannot tell apart (same team, skills, hours, leave, wishes, previous-month tail)
 * can swap whole rows of the roster without changing any rule or score, so branch and bound would explore every
 * permutation of them. Ordering them by days worked keeps one roster of each permutation class.
 */

/** Staff indices grouped by everything the model sees of a person; only groups of two or more. */
export function identicalStaffClasses(context: RosterContext): number[][] {
  const tailOf = new Map<string, string[]>();
  for (const a of context.previousAssignments ?? []) tailOf.set(a.staffId, [...(tailOf.get(a.staffId) ?? []), `${a.date}/${a.shiftCode}`]);
  const classes = new Map<string, number[]>();
  context.staff.forEach((person, index) => {
    const { id: _id, code: _code, name: _name, ...rules } = person;
    const key = JSON.stringify({ ...rules, skills: [...person.skills].sort(), tail: (tailOf.get(person.id) ?? []).sort() });
    classes.set(key, [...(classes.get(key) ?? []), index]);
  });
  return [...classes.values()].filter((members) => members.length > 1);
}

/** days worked(p) ≥ days worked(next p) within each class. */
export function addSymmetryBreaking(lp: LpModel, frame: ModelFrame, classes: readonly number[][]): void {
  const days = (staffIndex: number) => frame.candidates[staffIndex].flat().map((c) => c.variable);
  for (const members of classes) {
    for (let index = 0; index + 1 < members.length; index++) {
      const terms = [...days(members[index]).map((v) => [1, v] as const), ...days(members[index + 1]).map((v) => [-1, v] as const)];
      if (terms.length > 0) lp.addRow(`y${members[index]}_${members[index + 1]}`, terms, '>=', 0);
    }
  }
}

/**
 * The same roster with identical staff relabelled so that it keeps the ordering above (a warm start must): within a
 * class, the rows of the people who work most go to the first members. Same rules, same score.
 */
export function orderForSymmetry(context: RosterContext, roster: Roster, classes: readonly number[][]): Assignment[] {
  const rename = new Map<string, string>();
  for (const members of classes) {
    const ids = members.map((index) => context.staff[index].id);
    const daysWorked = (id: string) => new Set(roster.filter((a) => a.staffId === id).map((a) => a.date)).size;
    const busiestFirst = [...ids].sort((a, b) => daysWorked(b) - daysWorked(a));
    busiestFirst.forEach((from, position) => rename.set(from, ids[position]));
  }
  return roster.map((a) => ({ ...a, staffId: rename.get(a.staffId) ?? a.staffId }));
}
