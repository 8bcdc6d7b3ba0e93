/**
 * Assessment periods (考核周期, DESIGN §8) in business time (Asia/Shanghai, UTC+8 all year, no DST).
 * A period is a half-open instant range [from, to). The district counts either by calendar month or from the 19th
 * of the previous month to the 18th — the 12345 centre's own monthly cut-off — so "2026-11" names
 * 2026-10-19 00:00 … 2026-11-19 00:00 in the latter mode.
 */
export type PeriodMode = 'calendar' | 'nineteenth';

export const PERIOD_MODE_LABELS: Record<PeriodMode, string> = {
  calendar: '自然月',
  nineteenth: '上月19日至本月18日',
};

export interface Period {
  /** 'YYYY-MM' for assessment months; 'YYYY-MM-DD~YYYY-MM-DD' for custom ranges. */
  key: string;
  from: Date;
  to: Date;
  mode: PeriodMode | 'custom';
  /** e.g. 2026年11月 (10月19日—11月18日). */
  label: string;
}

const OFFSET_MS = 8 * 3_600_000;

/** Midnight in Beijing of a civil date, as an instant. Month overflow is normalised (month 13 → next January). */
export function beijingMidnight(year: number, month1: number, day: number): Date {
  return new Date(Date.UTC(year, month1 - 1, day) - OFFSET_MS);
}

/** The Beijing civil date of an instant, 'YYYY-MM-DD'. */
export function beijingDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function parseDay(day: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`not a date: ${day}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Adds whole civil days to 'YYYY-MM-DD'. */
export function addDays(day: string, days: number): string {
  const { year, month, day: d } = parseDay(day);
  return new Date(Date.UTC(year, month - 1, d + days)).toISOString().slice(0, 10);
}

const cnDate = (at: Date) => {
  const { month, day } = parseDay(beijingDay(at));
  return `${month}月${day}日`;
};

/** The assessment month `YYYY-MM` under `mode`. */
export function assessmentMonth(month: string, mode: PeriodMode): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`not a month: ${month}`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const title = `${year}年${mon}月`;
  if (mode === 'calendar') {
    return { key: month, from: beijingMidnight(year, mon, 1), to: beijingMidnight(year, mon + 1, 1), mode, label: title };
  }
  const from = beijingMidnight(year, mon - 1, 19);
  const to = beijingMidnight(year, mon, 19);
  return { key: month, from, to, mode, label: `${title}（${cnDate(from)}—${cnDate(new Date(to.getTime() - 1))}）` };
}

/** The assessment month an instant falls in. */
export function monthContaining(at: Date, mode: PeriodMode): Period {
  const { year, month, day } = parseDay(beijingDay(at));
  const shifted = mode === 'nineteenth' && day >= 19 ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year, month - 1, 1));
  return assessmentMonth(shifted.toISOString().slice(0, 7), mode);
}

/** A custom range of whole Beijing days, both ends included. */
export function customRange(fromDay: string, toDay: string): Period {
  const start = parseDay(fromDay);
  const end = parseDay(toDay);
  const from = beijingMidnight(start.year, start.month, start.day);
  const to = beijingMidnight(end.year, end.month, end.day + 1);
  if (to <= from) throw new RangeError('结束日期须不早于开始日期');
  return { key: `${fromDay}~${toDay}`, from, to, mode: 'custom', label: `${fromDay} 至 ${toDay}` };
}

/** The same-length period just before (month-on-month 环比). */
export function previousPeriod(p: Period): Period {
  if (p.mode !== 'custom') return assessmentMonth(shiftMonth(p.key, -1), p.mode);
  const days = Math.round((p.to.getTime() - p.from.getTime()) / 86_400_000);
  const [fromDay] = p.key.split('~');
  return customRange(addDays(fromDay, -days), addDays(fromDay, -1));
}

/** The same period a year before (year-on-year 同比). */
export function samePeriodLastYear(p: Period): Period {
  if (p.mode !== 'custom') return assessmentMonth(shiftMonth(p.key, -12), p.mode);
  const [fromDay, toDay] = p.key.split('~');
  const back = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4) === '-02-29' ? '-02-28' : d.slice(4)}`;
  return customRange(back(fromDay), back(toDay));
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}

/** The Beijing days of a period, in order ('YYYY-MM-DD'). */
export function daysOf(p: Pick<Period, 'from' | 'to'>): string[] {
  const last = beijingDay(new Date(p.to.getTime() - 1));
  const days: string[] = [];
  for (let day = beijingDay(p.from); day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}
