import { dateOfDayNumber, dayNumber, formatMinute } from './calendar-dates.js';
import { groupByStaff, staffLabel, type PlacedShift } from './placed-shift.js';
import { hoursWithin, isNightShift } from './shift-timing.js';
import { RosterRule, type HardRuleLimits, type RosterViolation } from './roster.types.js';

/**
 * Rules judged over a person's sequence of shifts: rest between shifts, consecutive working days, monthly hours.
 * The previous month's tail takes part so that the month's first days are judged against what came before.
 */
export function checkWorkingTime(placed: readonly PlacedShift[], month: string, limits: HardRuleLimits): RosterViolation[] {
  const monthStartMinute = dayNumber(`${month}-01`) * 1440;
  const monthEndMinute = nextMonthStartDay(month) * 1440;
  const violations: RosterViolation[] = [];
  for (const shifts of groupByStaff(placed).values()) {
    const ordered = [...shifts].sort((a, b) => a.interval.startMinute - b.interval.startMinute);
    violations.push(...checkRest(ordered, limits));
    violations.push(...checkConsecutiveDays(ordered, month, limits.maxConsecutiveDays));
    const maxHours = checkMonthlyHours(ordered, monthStartMinute, monthEndMinute);
    if (maxHours) violations.push(maxHours);
  }
  return violations;
}

function nextMonthStartDay(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return Math.round(Date.UTC(year, monthNumber, 1) / 86_400_000);
}

function checkRest(ordered: readonly PlacedShift[], limits: HardRuleLimits): RosterViolation[] {
  const violations: RosterViolation[] = [];
  // Compare each shift with the earlier shift that ends last (normally simply the one before).
  let latest: PlacedShift | undefined;
  for (const shift of ordered) {
    if (latest && !shift.fromPreviousMonth) {
      const restHours = (shift.interval.startMinute - latest.interval.endMinute) / 60;
      const afterNight = isNightShift(latest.template);
      const required = afterNight ? limits.minRestAfterNightHours : limits.minRestHours;
      if (restHours < required) {
        const who = staffLabel(shift.staff);
        const previous = `${latest.template.name}（${formatMinute(latest.interval.startMinute)}–${formatMinute(latest.interval.endMinute).slice(11)}）`;
        const next = `${shift.template.name}（${formatMinute(shift.interval.startMinute)}）`;
        const restText = restHours < 0 ? '时间重叠' : `仅休息 ${formatHours(restHours)} 小时`;
        violations.push({
          rule: afterNight ? RosterRule.RestAfterNight : RosterRule.MinRest,
          staffId: shift.staff.id,
          date: shift.assignment.date,
          message: `${who} ${previous}与${next}之间${restText}，${afterNight ? '夜班后' : '两班之间'}应至少休息 ${required} 小时`,
          details: {
            restHours,
            requiredHours: required,
            previous: latest.assignment,
            next: shift.assignment,
          },
        });
      }
    }
    if (!latest || shift.interval.endMinute >= latest.interval.endMinute) latest = shift;
  }
  return violations;
}

/** A working day is a duty date (the date a shift starts); a shift crossing midnight is one duty day. */
function checkConsecutiveDays(ordered: readonly PlacedShift[], month: string, maxDays: number): RosterViolation[] {
  const days = [...new Set(ordered.map((shift) => dayNumber(shift.assignment.date)))].sort((a, b) => a - b);
  const monthStart = dayNumber(`${month}-01`);
  const staff = ordered[0]?.staff;
  const violations: RosterViolation[] = [];
  let runStart = 0;
  for (let index = 1; index <= days.length; index++) {
    if (index < days.length && days[index] === days[index - 1] + 1) continue;
    const length = index - runStart;
    const first = days[runStart];
    const last = days[index - 1];
    if (staff && length > maxDays && last >= monthStart) {
      const firstExceeding = Math.max(first + maxDays, monthStart);
      violations.push({
        rule: RosterRule.MaxConsecutiveDays,
        staffId: staff.id,
        date: dateOfDayNumber(firstExceeding),
        message: `${staffLabel(staff)} ${dateOfDayNumber(first)} 至 ${dateOfDayNumber(last)} 连续工作 ${length} 天，超过 ${maxDays} 天`,
        details: { from: dateOfDayNumber(first), to: dateOfDayNumber(last), days: length, maxDays },
      });
    }
    runStart = index;
  }
  return violations;
}

/** Hours are counted where they fall: the part of a shift after midnight on the 1st belongs to this month. */
function checkMonthlyHours(ordered: readonly PlacedShift[], monthStartMinute: number, monthEndMinute: number): RosterViolation | undefined {
  const staff = ordered[0]?.staff;
  if (!staff) return undefined;
  const hours = ordered.reduce((sum, shift) => sum + hoursWithin(shift.interval, monthStartMinute, monthEndMinute), 0);
  if (hours <= staff.maxHoursPerMonth + 1e-9) return undefined;
  return {
    rule: RosterRule.MaxHours,
    staffId: staff.id,
    message: `${staffLabel(staff)} 本月排班 ${formatHours(hours)} 小时，超过上限 ${staff.maxHoursPerMonth} 小时`,
    details: { hours, maxHoursPerMonth: staff.maxHoursPerMonth, contractHoursPerMonth: staff.contractHoursPerMonth },
  };
}

export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}
