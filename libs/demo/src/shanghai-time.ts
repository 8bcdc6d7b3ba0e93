/**
 * Business time in Asia/Shanghai for the demo generator. China has had no daylight saving since 1991, so a fixed
 * +08:00 offset is exact and keeps the generator free of Intl/time-zone data differences between machines.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface ShanghaiParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export function shanghaiParts(instant: Date): ShanghaiParts {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant of a Shanghai wall-clock time. */
export function shanghaiInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS);
}

/** Midnight (Shanghai) of the day that contains the instant. */
export function startOfShanghaiDay(instant: Date): Date {
  const p = shanghaiParts(instant);
  return shanghaiInstant(p.year, p.month, p.day);
}

/** 'YYYYMMDD' of the Shanghai day, as used in upstream order numbers. */
export function shanghaiDayKey(instant: Date): string {
  const p = shanghaiParts(instant);
  return `${p.year}${pad2(p.month)}${pad2(p.day)}`;
}

/** Hours since Shanghai midnight, with minutes as a fraction. */
export function shanghaiHourOfDay(instant: Date): number {
  const p = shanghaiParts(instant);
  return p.hour + p.minute / 60;
}

export function isShanghaiWeekend(instant: Date): boolean {
  const { weekday } = shanghaiParts(instant);
  return weekday === 0 || weekday === 6;
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + Math.round(minutes * MINUTE_MS));
}

export function addHours(instant: Date, hours: number): Date {
  return addMinutes(instant, hours * 60);
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

export function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

export function formatShanghaiMonthDayTime(instant: Date): string {
  const p = shanghaiParts(instant);
  return `${p.month}月${p.day}日${pad2(p.hour)}:${pad2(p.minute)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
