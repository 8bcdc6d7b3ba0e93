import { addDays, assessmentMonth, type PeriodMode } from '@app/stats';

/**
 * When the scheduled reports are due (DESIGN §9), as pure rules over the Beijing day the daily check runs on.
 * The ledger is due the day after an assessment period ends: on the 1st for a calendar month, on the 19th when the
 * street counts from the 19th to the 18th. Returns the assessment month ('YYYY-MM') that just ended, or null.
 */
export function ledgerMonthDue(today: string, mode: PeriodMode): string | null {
  const day = Number(today.slice(8, 10));
  if (mode === 'calendar') return day === 1 ? addDays(today, -1).slice(0, 7) : null;
  return day === 19 ? today.slice(0, 7) : null;
}

/** The Beijing days [from, to] an assessment month covers under `mode`. */
export function monthDays(month: string, mode: PeriodMode): { from: string; to: string } {
  const p = assessmentMonth(month, mode);
  const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return { from: day(p.from), to: addDays(day(p.to), -1) };
}
