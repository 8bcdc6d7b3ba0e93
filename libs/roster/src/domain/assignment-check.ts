import { minuteOfDateTime } from './calendar-dates.js';
import { groupByStaff, staffLabel, type PlacedShift } from './placed-shift.js';
import { overlapMinutes, shiftMatchesAny } from './shift-timing.js';
import { RosterRule, type RosterViolation, type Skill } from './roster.types.js';

/**
 * Rules judged one assignment (or one person-day) at a time: one shift per day, leave, unavailability, skills,
 * allowed shifts, workdays-only shifts. Written independently of the model builder's eligibility code on purpose:
 * the checker must catch what the optimiser's model gets wrong.
 */

const SKILL_NAMES: Record<Skill, string> = {
  intake: '受理',
  dispatch: '派单',
  review: '审核',
  statistics: '统计',
  ledger: '台账',
};

export function skillName(skill: Skill): string {
  return SKILL_NAMES[skill] ?? skill;
}

export function checkAssignments(placed: readonly PlacedShift[], isWorkingDay: (date: string) => boolean): RosterViolation[] {
  const monthShifts = placed.filter((shift) => !shift.fromPreviousMonth);
  return [...checkOneShiftPerDay(monthShifts), ...monthShifts.flatMap((shift) => checkOne(shift, isWorkingDay))];
}

function checkOneShiftPerDay(monthShifts: readonly PlacedShift[]): RosterViolation[] {
  const violations: RosterViolation[] = [];
  for (const [staffId, shifts] of groupByStaff(monthShifts)) {
    const byDate = new Map<string, PlacedShift[]>();
    for (const shift of shifts) byDate.set(shift.assignment.date, [...(byDate.get(shift.assignment.date) ?? []), shift]);
    for (const [date, sameDay] of byDate) {
      if (sameDay.length < 2) continue;
      violations.push({
        rule: RosterRule.OneShiftPerDay,
        staffId,
        date,
        message: `${staffLabel(sameDay[0].staff)} ${date} 排了 ${sameDay.length} 个班次（${sameDay.map((s) => s.template.name).join('、')}），每人每天只能排一个班次`,
        details: { shiftCodes: sameDay.map((s) => s.template.code) },
      });
    }
  }
  return violations;
}

function checkOne(shift: PlacedShift, isWorkingDay: (date: string) => boolean): RosterViolation[] {
  const { staff, template, assignment, interval } = shift;
  const who = staffLabel(staff);
  const { date } = assignment;
  const base = { staffId: staff.id, date };
  const violations: RosterViolation[] = [];

  // Leave is by whole dates: a shift that merely runs into a leave day also breaks it.
  for (const leave of staff.leave ?? []) {
    const leaveWindow = { startMinute: minuteOfDateTime(leave.from), endMinute: minuteOfDateTime(leave.to, true) };
    if (overlapMinutes(interval, leaveWindow) > 0) {
      violations.push({
        ...base,
        rule: RosterRule.Leave,
        message: `${who} ${leave.from} 至 ${leave.to} 休${leave.kind}，不能排 ${date} ${template.name}`,
        details: { leave, shiftCode: template.code },
      });
    }
  }
  for (const window of staff.unavailability ?? []) {
    const blocked = { startMinute: minuteOfDateTime(window.from), endMinute: minuteOfDateTime(window.to, true) };
    if (overlapMinutes(interval, blocked) > 0) {
      violations.push({
        ...base,
        rule: RosterRule.Unavailability,
        message: `${who} ${window.from} 至 ${window.to} 不可排班${window.reason ? `（${window.reason}）` : ''}，与 ${date} ${template.name} 冲突`,
        details: { unavailability: window, shiftCode: template.code },
      });
    }
  }

  const missing = (template.skills ?? []).filter((skill) => !staff.skills.includes(skill));
  if (missing.length > 0) {
    violations.push({
      ...base,
      rule: RosterRule.Skill,
      message: `${who} 不具备 ${template.name} 所需技能：${missing.map(skillName).join('、')}`,
      details: { shiftCode: template.code, missingSkills: missing },
    });
  }

  // An explicit per-person list wins over the template's team list.
  const allowed = staff.allowedShifts
    ? shiftMatchesAny(template, staff.allowedShifts)
    : !template.teams || template.teams.includes(staff.team);
  if (!allowed) {
    const allowedText = staff.allowedShifts ? `允许班次：${staff.allowedShifts.join('、')}` : `${template.name} 不对本班组开放`;
    violations.push({
      ...base,
      rule: RosterRule.ShiftNotAllowed,
      message: `${who} 不可排 ${template.name}（${allowedText}）`,
      details: { shiftCode: template.code, team: staff.team, allowedShifts: staff.allowedShifts ?? null },
    });
  }

  if (template.workdaysOnly && !isWorkingDay(date)) {
    violations.push({
      ...base,
      rule: RosterRule.WorkdaysOnly,
      message: `${template.name} 仅限工作日，${date} 不是工作日（${who}）`,
      details: { shiftCode: template.code },
    });
  }
  return violations;
}
