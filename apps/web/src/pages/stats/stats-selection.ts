import type { StatsPeriod, StatsQuery } from '../../api/stats-types';
import { toBeijingInput } from '../../lib/beijing-input';

/**
 * What the 统计 page shows: an assessment month or a range of Beijing days, and the community and unit filters. Kept
 * in the URL's query string like the order list's filters, so a view can be bookmarked and the back button undoes a
 * change. No month and no range means the current assessment month, which the server decides (it knows whether
 * months are cut on the 19th).
 */
export interface StatsSelection {
  /** `YYYY-MM`, or '' */
  month: string;
  /** Beijing days, both included; both set or both ''. */
  fromDay: string;
  toDay: string;
  communityId: string;
  unitId: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function selectionFromSearch(search: string): StatsSelection {
  const params = new URLSearchParams(search);
  const month = params.get('month') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range = DAY.test(from) && DAY.test(to) && from <= to;
  return {
    month: !range && MONTH.test(month) ? month : '',
    fromDay: range ? from : '',
    toDay: range ? to : '',
    communityId: params.get('communityId') ?? '',
    unitId: params.get('unitId') ?? '',
  };
}

export function selectionToSearch(s: StatsSelection): string {
  const params = new URLSearchParams();
  if (s.fromDay && s.toDay) {
    params.set('from', s.fromDay);
    params.set('to', s.toDay);
  } else if (s.month) params.set('month', s.month);
  if (s.communityId) params.set('communityId', s.communityId);
  if (s.unitId) params.set('unitId', s.unitId);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function selectionToQuery(s: StatsSelection): StatsQuery {
  const period: StatsQuery = s.fromDay && s.toDay ? { from: s.fromDay, to: s.toDay } : s.month ? { month: s.month } : {};
  return { ...period, communityId: s.communityId || undefined, unitId: s.unitId || undefined };
}

/** The Beijing day an instant falls on. */
export function beijingDayOf(iso: string): string {
  return toBeijingInput(new Date(iso)).slice(0, 10);
}

/** A period's first and last Beijing day (its `to` is the exclusive instant after the last one). */
export function periodDays(period: Pick<StatsPeriod, 'from' | 'to'>): { fromDay: string; toDay: string } {
  return { fromDay: beijingDayOf(period.from), toDay: beijingDayOf(new Date(new Date(period.to).getTime() - 1).toISOString()) };
}

/** `2026-11` plus `n` months. */
export function shiftMonth(month: string, n: number): string {
  const [year, mon] = month.split('-').map(Number);
  const d = new Date(Date.UTC(year, mon - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** The last day of a calendar month. */
export function lastDayOfMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  return new Date(Date.UTC(year, mon, 0)).toISOString().slice(0, 10);
}

/**
 * The trend's twelve calendar months: the month the period ends in and the eleven before it, whole months, so each
 * bar is a month the 工单 list can show exactly.
 */
export function trendRange(period: Pick<StatsPeriod, 'from' | 'to'>): { from: string; to: string } {
  const lastMonth = periodDays(period).toDay.slice(0, 7);
  return { from: `${shiftMonth(lastMonth, -11)}-01`, to: lastDayOfMonth(lastMonth) };
}
