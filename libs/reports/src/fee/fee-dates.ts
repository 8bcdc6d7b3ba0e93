/** 2026-05-01 → 2026年5月1日 */
export function chineseDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/** 2026-05-01, 2026-07-31 → 2026年5月1日至2026年7月31日 */
export function chineseRange(from: string, to: string): string {
  return `${chineseDate(from)}至${chineseDate(to)}`;
}

/** An instant as Beijing wall-clock time, e.g. 2026-11-25 10:00 (生成时间). */
export function beijingStamp(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The last day of a YYYY-MM month. */
export function lastDayOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
