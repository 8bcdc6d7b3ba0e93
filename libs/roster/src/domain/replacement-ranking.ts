import { datesOfMonth, dayNumber } from './calendar-dates.js';
import { placeShifts, staffLabel } from './placed-shift.js';
import { checkRoster } from './roster-checker.js';
import { hoursWithin } from './shift-timing.js';
import { avoidsShift, isUnpreferredShift, wishesDayOff } from './staff-eligibility.js';
import { sameAssignment, validateRosterChange } from './swap-validation.js';
import type { Assignment, Roster, RosterContext } from './roster.types.js';

export interface ReplacementCandidate {
  staffId: string;
  /** e.g. 王晓燕（S01） */
  label: string;
  /** Hours already rostered this month, before taking the shift. */
  monthHours: number;
  /** Asked to avoid this shift, wished the day off, or it is outside a stated preference list. */
  preferenceConflict: boolean;
  /** Chinese notes for the supervisor, e.g. "本月已排 120 小时". */
  notes: string[];
}

/**
 * Sick call → gap → who can take the shift. Every other person is tried in the absent person's place; only those
 * with whom the roster is as valid as it was with the absent person (the checker finds nothing new: the gap is
 * closed, dispatch included, and the replacement's own rules hold) are returned, ranked: no preference conflict
 * first, then fewest hours this month, then staff id.
 */
export function rankReplacements(context: RosterContext, roster: Roster, absent: Assignment): ReplacementCandidate[] {
  const withoutAbsent = roster.filter((assignment) => !sameAssignment(assignment, absent));
  const baseline = checkRoster(context, roster);
  const template = context.templates.find((candidate) => candidate.code === absent.shiftCode);
  if (!template) return [];
  const hours = monthHoursByStaff(context, withoutAbsent);

  const candidates: ReplacementCandidate[] = [];
  for (const person of context.staff) {
    if (person.id === absent.staffId) continue;
    const change = { remove: [absent], add: [{ staffId: person.id, date: absent.date, shiftCode: absent.shiftCode }] };
    if (!validateRosterChange(context, roster, change, baseline).accepted) continue;
    const notes: string[] = [`本月已排 ${Math.round(hours.get(person.id) ?? 0)} 小时`];
    if (avoidsShift(person, template)) notes.push(`希望避免${template.name}`);
    if (isUnpreferredShift(person, template)) notes.push(`${template.name}不在其偏好班次内`);
    if (wishesDayOff(person, absent.date)) notes.push(`${absent.date} 希望休息`);
    candidates.push({
      staffId: person.id,
      label: staffLabel(person),
      monthHours: hours.get(person.id) ?? 0,
      preferenceConflict: notes.length > 1,
      notes,
    });
  }
  return candidates.sort(
    (a, b) => Number(a.preferenceConflict) - Number(b.preferenceConflict) || a.monthHours - b.monthHours || a.staffId.localeCompare(b.staffId),
  );
}

function monthHoursByStaff(context: RosterContext, roster: Roster): Map<string, number> {
  const dates = datesOfMonth(context.month);
  const start = dayNumber(dates[0]) * 1440;
  const end = start + dates.length * 1440;
  const { placed } = placeShifts(context.month, context.staff, context.templates, roster, context.previousAssignments);
  const hours = new Map<string, number>();
  for (const shift of placed) hours.set(shift.staff.id, (hours.get(shift.staff.id) ?? 0) + hoursWithin(shift.interval, start, end));
  return hours;
}
