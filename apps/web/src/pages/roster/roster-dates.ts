/**
 * Months and dates of the roster are Beijing facts (DESIGN §7: a duty date is the date its shift starts in
 * Asia/Shanghai), whatever zone the workstation is set to.
 */
const beijingDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** 'YYYY-MM-DD' in Beijing. */
export function beijingToday(now = Date.now()): string {
  return beijingDate.format(new Date(now));
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** 'YYYY-MM' moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number);
  const index = year * 12 + (mon - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function isMonth(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** Every date of the month, 'YYYY-MM-DD'. */
export function datesOfMonth(month: string): string[] {
  const [year, mon] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 一 … 日 for a calendar date (computed in UTC: the date string is already Beijing's). */
export function weekdayOf(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** 2026年11月 */
export function monthLabel(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  return `${year}年${mon}月`;
}

/** 11-26（四） */
export function shortDate(date: string): string {
  return `${date.slice(5)}（${weekdayOf(date)}）`;
}

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 08:00–16:00 in Beijing; a shift ending at midnight ends at 24:00 (as its template says), not 00:00. */
export function shiftHours(startsAt: string | null, endsAt: string | null): string {
  if (!startsAt || !endsAt) return '';
  const end = clock.format(new Date(endsAt));
  return `${clock.format(new Date(startsAt))}–${end === '00:00' ? '24:00' : end}`;
}
