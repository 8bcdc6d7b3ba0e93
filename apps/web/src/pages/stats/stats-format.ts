import type { Change } from '../../api/stats-types';

/**
 * How the 统计 page writes its numbers. A missing figure (no base to compute it from) is "—", never 0: a unit with no
 * valid callback has no 满意率, which is not the same as a 满意率 of 0 %.
 */
export const NONE = '—';

/** A score with its unit for a link's name: 综合成绩 72.3 分, or 综合成绩 — without one. */
export function scoreWithUnit(value: number | null | undefined): string {
  return value === null || value === undefined ? NONE : `${value.toFixed(1)} 分`;
}

/** 0.9234 → 92.3% */
export function percent(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? NONE : `${(fraction * 100).toFixed(1)}%`;
}

/** 综合成绩 out of 100, one decimal as the server rounded it. */
export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? NONE : value.toFixed(1);
}

/** 125 → 2 小时 5 分; 3000 → 2 天 2 小时; the two largest units, rounded down; 0 → 不足 1 分. */
export function minutesInWords(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return NONE;
  const m = Math.max(0, Math.round(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  if (days > 0) return hours > 0 ? `${days} 天 ${hours} 小时` : `${days} 天`;
  if (hours > 0) return mins > 0 ? `${hours} 小时 ${mins} 分` : `${hours} 小时`;
  return mins > 0 ? `${mins} 分` : '不足 1 分';
}

export type Trend = 'up' | 'down' | 'flat' | 'none';

/** The direction of a change, for its arrow and colour. */
export function trendOf(change: Change | null | undefined): Trend {
  if (!change || change.delta === null) return 'none';
  return change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'flat';
}

/**
 * A count's 环比 / 同比 in words: ↑ 12.5%, ↓ 3.0%, 持平. From nothing there is no percentage: it says how many more
 * instead (上期 0 件 → ↑ 5 件).
 */
export function countChange(change: Change | null | undefined): string {
  const trend = trendOf(change);
  if (trend === 'none') return NONE;
  if (trend === 'flat') return '持平';
  const arrow = trend === 'up' ? '↑' : '↓';
  if (change!.ratio === null) return `${arrow} ${Math.abs(change!.delta!)} 件`;
  return `${arrow} ${(Math.abs(change!.ratio) * 100).toFixed(1)}%`;
}

/** A score's change in points: ↑ 1.2 分. */
export function scoreChange(change: Change | null | undefined): string {
  const trend = trendOf(change);
  if (trend === 'none') return NONE;
  if (trend === 'flat') return '持平';
  return `${trend === 'up' ? '↑' : '↓'} ${Math.abs(change!.delta!).toFixed(1)} 分`;
}

/** A rank's move: climbed 2 places is ↑2 (the server's rankChange is previous − current). */
export function rankMove(rankChange: number | null, previousRank: number | null, rank: number | null): string {
  if (rank === null) return NONE;
  if (previousRank === null) return '新上榜';
  if (rankChange === null || rankChange === 0) return '持平';
  return rankChange > 0 ? `↑${rankChange}` : `↓${-rankChange}`;
}

/** 2026-11 → 2026年11月 */
export function monthLabel(month: string): string {
  const [year, mon] = month.split('-');
  return `${year}年${Number(mon)}月`;
}

/** 2026-11-05 → 11月5日 */
export function dayLabel(day: string): string {
  const [, mon, d] = day.split('-');
  return `${Number(mon)}月${Number(d)}日`;
}
