import { SHANGHAI_UTC_OFFSET_MINUTES } from '@app/calendar';

/**
 * The roster domain counts Beijing wall-clock minutes since 1970-01-01 (no time zone inside it); the database and
 * the API speak instants. Beijing has no daylight saving time, so the offset is fixed.
 */
export function instantOfMinute(minute: number): Date {
  return new Date((minute - SHANGHAI_UTC_OFFSET_MINUTES) * 60_000);
}

export function minuteOfInstant(instant: Date): number {
  return Math.floor(instant.getTime() / 60_000) + SHANGHAI_UTC_OFFSET_MINUTES;
}

/** 'YYYY-MM' of the Beijing date of an instant. */
export function monthOfInstant(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 7);
}

/** 'YYYY-MM' → the month before / after. */
export function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1 + by, 1)).toISOString().slice(0, 7);
}
