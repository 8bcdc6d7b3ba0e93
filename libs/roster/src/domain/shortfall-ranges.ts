import type { HourShortfall, ShortfallKind } from './coverage-check.js';

/** Consecutive hours of one date lacking the same number of the same kind of people. */
export interface ShortfallRange {
  kind: ShortfallKind;
  date: string;
  /** 0–23 */
  fromHour: number;
  /** 1–24, exclusive */
  toHour: number;
  missing: number;
  /** e.g. "2026-12-24 00:00–08:00 缺 1 名具备派单资质人员" */
  message: string;
}

const KIND_NOUN: Record<ShortfallKind, string> = { seats: '坐席', dispatch: '具备派单资质人员' };

export function shortfallMessage(kind: ShortfallKind, date: string, fromHour: number, toHour: number, missing: number): string {
  return `${date} ${clock(fromHour)}–${clock(toHour)} 缺 ${missing} 名${KIND_NOUN[kind]}`;
}

/** Merges hour-by-hour shortfalls into ranges (same date, kind and number missing), ordered by date, hour, kind. */
export function mergeShortfalls(shortfalls: readonly Pick<HourShortfall, 'kind' | 'date' | 'hour' | 'missing'>[]): ShortfallRange[] {
  const ordered = [...shortfalls].sort((a, b) => a.kind.localeCompare(b.kind) || a.date.localeCompare(b.date) || a.hour - b.hour);
  const ranges: Omit<ShortfallRange, 'message'>[] = [];
  for (const item of ordered) {
    const last = ranges[ranges.length - 1];
    if (last && last.kind === item.kind && last.date === item.date && last.toHour === item.hour && last.missing === item.missing) {
      last.toHour = item.hour + 1;
    } else {
      ranges.push({ kind: item.kind, date: item.date, fromHour: item.hour, toHour: item.hour + 1, missing: item.missing });
    }
  }
  return ranges
    .sort((a, b) => a.date.localeCompare(b.date) || a.fromHour - b.fromHour || a.kind.localeCompare(b.kind))
    .map((range) => ({ ...range, message: shortfallMessage(range.kind, range.date, range.fromHour, range.toHour, range.missing) }));
}

/** Person-hours missing in total, by kind. */
export function missingHours(shortfalls: readonly Pick<HourShortfall, 'kind' | 'missing'>[]): Record<ShortfallKind, number> {
  const totals: Record<ShortfallKind, number> = { seats: 0, dispatch: 0 };
  for (const item of shortfalls) totals[item.kind] += item.missing;
  return totals;
}

function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
