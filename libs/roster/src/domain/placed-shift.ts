import { dayNumber, isDateInMonth, isValidDate } from './calendar-dates.js';
import { shiftInterval, type ShiftInterval } from './shift-timing.js';
import type { Assignment, Roster, RosterViolation, ShiftTemplate, StaffMember } from './roster.types.js';
import { RosterRule } from './roster.types.js';

/** An assignment resolved to its person, its template and its place on the time line. */
export interface PlacedShift {
  assignment: Assignment;
  staff: StaffMember;
  template: ShiftTemplate;
  interval: ShiftInterval;
  /** True for the previous month's tail: context for boundary rules, never judged itself. */
  fromPreviousMonth: boolean;
}

export function staffLabel(staff: StaffMember): string {
  return `${staff.name}（${staff.code ?? staff.id}）`;
}

/**
 * Resolves the month's assignments and the previous month's tail. Month assignments that name an unknown person
 * or shift, or a date outside the month, become `invalid_assignment` violations and take no further part.
 */
export function placeShifts(
  month: string,
  staff: readonly StaffMember[],
  templates: readonly ShiftTemplate[],
  roster: Roster,
  previousAssignments: Roster = [],
): { placed: PlacedShift[]; invalid: RosterViolation[] } {
  const staffById = new Map(staff.map((person) => [person.id, person]));
  const templateByCode = new Map(templates.map((template) => [template.code, template]));
  const monthStartDay = dayNumber(`${month}-01`);
  const placed: PlacedShift[] = [];
  const invalid: RosterViolation[] = [];

  for (const assignment of previousAssignments) {
    const person = staffById.get(assignment.staffId);
    const template = templateByCode.get(assignment.shiftCode);
    // The tail is context only: anything unusable or not actually before the month is ignored.
    if (!person || !template || !isValidDate(assignment.date) || dayNumber(assignment.date) >= monthStartDay) continue;
    placed.push({ assignment, staff: person, template, interval: shiftInterval(template, assignment.date), fromPreviousMonth: true });
  }

  for (const assignment of roster) {
    const person = staffById.get(assignment.staffId);
    const template = templateByCode.get(assignment.shiftCode);
    const problems: string[] = [];
    if (!person) problems.push(`人员 ${assignment.staffId} 不存在`);
    if (!template) problems.push(`班次 ${assignment.shiftCode} 不存在`);
    if (!isDateInMonth(assignment.date, month)) problems.push(`日期 ${assignment.date} 不在 ${month} 月内`);
    if (problems.length > 0 || !person || !template) {
      invalid.push({
        rule: RosterRule.InvalidAssignment,
        staffId: assignment.staffId,
        date: assignment.date,
        message: `无效排班：${problems.join('；')}`,
        details: { assignment },
      });
      continue;
    }
    placed.push({ assignment, staff: person, template, interval: shiftInterval(template, assignment.date), fromPreviousMonth: false });
  }
  return { placed, invalid };
}

export function groupByStaff(placed: readonly PlacedShift[]): Map<string, PlacedShift[]> {
  const groups = new Map<string, PlacedShift[]>();
  for (const shift of placed) {
    const list = groups.get(shift.staff.id) ?? [];
    list.push(shift);
    groups.set(shift.staff.id, list);
  }
  return groups;
}
