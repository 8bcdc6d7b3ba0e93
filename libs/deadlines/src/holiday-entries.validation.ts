import { isCalendarDate, validateHolidayEntries, yearOf, type HolidayEntry } from '@app/calendar';
import type { FieldError } from '@app/errors';

/** Longest festival name we accept; the real ones are a few characters (国庆节, 劳动节, 中秋节). */
export const HOLIDAY_NAME_MAX = 32;

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * Every problem of one year's holiday list as the admin typed it, as Chinese field errors (`entries.3.date`).
 * The rules are the calendar lib's (`validateHolidayEntries`: real dates, no duplicates, kinds, make-up workdays
 * only on weekends); here they are worded for people, plus the rules of this form: every date lies in `year`.
 */
export function holidayEntriesFieldErrors(year: number, entries: readonly unknown[]): FieldError[] {
  const fields: FieldError[] = [];
  const at = (index: number, field: string, message: string) => fields.push({ field: `entries.${index}.${field}`, message });

  for (const problem of validateHolidayEntries(entries)) {
    const entry = asRecord(entries[problem.index]);
    if (!entry) {
      fields.push({ field: `entries.${problem.index}`, message: '每一行应为 { date, kind, name } 对象' });
      continue;
    }
    const { date, kind } = entry;
    if (problem.field === 'date') {
      if (!isCalendarDate(date)) at(problem.index, 'date', `不是有效日期（应为 YYYY-MM-DD）：${JSON.stringify(date ?? null)}`);
      else at(problem.index, 'date', `日期 ${date} 重复`);
    } else if (problem.field === 'kind') {
      if (kind !== 'holiday' && kind !== 'workday') at(problem.index, 'kind', '类型应为 holiday（放假）或 workday（调休上班）');
      else at(problem.index, 'kind', `${String(date)} 是周一至周五，调休上班日只能是周六或周日`);
    } else {
      at(problem.index, 'name', '请填写节日名称');
    }
  }
  entries.forEach((value, index) => {
    const entry = asRecord(value);
    if (!entry) return;
    if (isCalendarDate(entry.date) && yearOf(entry.date) !== year) at(index, 'date', `日期 ${entry.date} 不在 ${year} 年内`);
    if (typeof entry.name === 'string' && entry.name.trim().length > HOLIDAY_NAME_MAX) {
      at(index, 'name', `名称不能超过 ${HOLIDAY_NAME_MAX} 个字符`);
    }
  });
  // One line per row and field, in row order: the form highlights them in place.
  const order = (field: string) => Number(field.split('.')[1]);
  return fields.sort((a, b) => order(a.field) - order(b.field));
}

/** The list as stored: only the three fields, the name trimmed (call after `holidayEntriesFieldErrors` found nothing). */
export function normalizedHolidayEntries(entries: readonly unknown[]): HolidayEntry[] {
  return entries.map((value) => {
    const { date, kind, name } = value as HolidayEntry;
    return { date, kind, name: name.trim() };
  });
}
