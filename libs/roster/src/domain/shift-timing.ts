import { dayNumber, minutesOfClock } from './calendar-dates.js';
import type { ShiftTemplate } from './roster.types.js';

/** A shift placed on the time line: minutes since 1970-01-01 00:00 Beijing wall clock, end exclusive. */
export interface ShiftInterval {
  startMinute: number;
  endMinute: number;
}

/** Start and length in minutes; an end ≤ start (or '24:00') runs into the next calendar day. */
export function shiftSpan(template: ShiftTemplate): { startOfDay: number; durationMinutes: number } {
  const start = minutesOfClock(template.start);
  const end = minutesOfClock(template.end);
  if (start >= 1440) throw new RangeError(`Shift ${template.code} cannot start at 24:00`);
  const durationMinutes = end > start ? end - start : end + 1440 - start;
  return { startOfDay: start, durationMinutes };
}

export function shiftDurationHours(template: ShiftTemplate): number {
  return shiftSpan(template).durationMinutes / 60;
}

export function shiftInterval(template: ShiftTemplate, date: string): ShiftInterval {
  const { startOfDay, durationMinutes } = shiftSpan(template);
  const startMinute = dayNumber(date) * 1440 + startOfDay;
  return { startMinute, endMinute: startMinute + durationMinutes };
}

/**
 * A night shift needs 24 h of rest afterwards. Unless the template says otherwise, a shift is a night shift when
 * it overlaps 00:00–06:00 (the core of the legal 22:00–06:00 night period), so 中班 ending at 24:00 is not one.
 */
export function isNightShift(template: ShiftTemplate): boolean {
  if (template.night !== undefined) return template.night;
  const { startOfDay, durationMinutes } = shiftSpan(template);
  const end = startOfDay + durationMinutes;
  // Night windows of the start day and of the next day, in minutes from the start day's midnight.
  return (startOfDay < 360 && end > 0) || (startOfDay < 1440 + 360 && end > 1440);
}

export function overlapMinutes(a: ShiftInterval, b: ShiftInterval): number {
  return Math.max(0, Math.min(a.endMinute, b.endMinute) - Math.max(a.startMinute, b.startMinute));
}

/**
 * Clock hours fully inside the shift, as absolute hour numbers (minute / 60). A person counts toward an hour's
 * coverage only when present for the whole hour, so 09:00–17:30 covers 09–17 but not 17–18.
 */
export function coveredHourNumbers(interval: ShiftInterval): number[] {
  const hours: number[] = [];
  for (let hour = Math.ceil(interval.startMinute / 60); (hour + 1) * 60 <= interval.endMinute; hour++) hours.push(hour);
  return hours;
}

/** Hours of the shift that fall inside [fromMinute, toMinute): how a shift crossing a month boundary is split. */
export function hoursWithin(interval: ShiftInterval, fromMinute: number, toMinute: number): number {
  return overlapMinutes(interval, { startMinute: fromMinute, endMinute: toMinute }) / 60;
}

/** Staff preferences and allowed lists may name a shift by code or by name. */
export function shiftMatchesAny(template: ShiftTemplate, codesOrNames: readonly string[] | undefined): boolean {
  return (codesOrNames ?? []).some((value) => value === template.code || value === template.name);
}
