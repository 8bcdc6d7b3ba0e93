import { z } from 'zod';

/**
 * Calendar days and months as the API accepts them. A bare `\d{4}-\d{2}-\d{2}` lets `2026-02-30` or month 13 through
 * to `new Date()` or PostgreSQL, which answer with an Invalid Date or error 22008 (a 500); these check that the day
 * exists (leap years included) and keep years to four digits.
 */
export function isCivilDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 ? (isLeap(year) ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isCivilMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match !== null && Number(match[1]) >= 1 && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `YYYY-MM-DD`, a day that exists. */
export const civilDay = (message = '日期应为有效的 YYYY-MM-DD') => z.string().refine(isCivilDay, message);

/** `YYYY-MM`, months 01–12. */
export const civilMonth = (message = '月份格式应为 YYYY-MM') => z.string().refine(isCivilMonth, message);
