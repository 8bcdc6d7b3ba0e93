import { shiftInterval, type Assignment, type ShiftTemplate, type StaffMember } from '@app/roster';
import { minuteOfInstant } from '../beijing-minutes.js';

export interface DispatcherChoice {
  /** People linked to other demo accounts already: never chosen. */
  taken?: readonly string[];
  /** People chosen only when no one else on duty dispatches (the supervisor's own person). */
  preferNot?: readonly string[];
}

/**
 * A dispatch-qualified seat person for a demo account to play (DESIGN §1: operators dispatch when the shift grants
 * it): one on a shift at `at` if any, earliest shift start first, then staff code, `preferNot` last; otherwise the
 * first free dispatch-qualified person by code, whose right then comes with their shifts. Null when none is free.
 */
export function pickDemoDispatcher(
  staff: readonly StaffMember[],
  templates: readonly ShiftTemplate[],
  roster: readonly Assignment[],
  at: Date,
  { taken = [], preferNot = [] }: DispatcherChoice = {},
): StaffMember | null {
  const free = staff
    .filter((person) => person.team === 'seat' && person.skills.includes('dispatch') && !taken.includes(person.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  const minute = minuteOfInstant(at);
  const onDuty = roster
    .flatMap((a) => {
      const template = templates.find((t) => t.code === a.shiftCode);
      const person = free.find((p) => p.id === a.staffId);
      if (!template || !person) return [];
      const { startMinute, endMinute } = shiftInterval(template, a.date);
      return startMinute <= minute && minute < endMinute ? [{ person, start: startMinute, avoided: preferNot.includes(person.id) }] : [];
    })
    .sort((a, b) => Number(a.avoided) - Number(b.avoided) || a.start - b.start || a.person.id.localeCompare(b.person.id));
  return onDuty[0]?.person ?? free.find((p) => !preferNot.includes(p.id)) ?? free[0] ?? null;
}
