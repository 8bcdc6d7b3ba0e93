import { z } from 'zod';
import { CHANNELS, ORDER_TYPES } from '@app/orders';
import { civilDay, civilMonth, ValidationError } from '@app/errors';
import { assessmentMonth, beijingDay, customRange, monthContaining, type Period } from '../domain/assessment-period.js';
import { configInForce, type DatedRateConfig } from '../domain/rate-config.js';
import type { StatsFilters } from './stats-scope.js';

/** The query string every statistics endpoint takes: an assessment month or a range of days, and filters. */
export const StatsQuery = z.object({
  month: civilMonth().optional(),
  from: civilDay('日期应为有效的 YYYY-MM-DD').optional(),
  to: civilDay('日期应为有效的 YYYY-MM-DD').optional(),
  communityId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  type: z.enum(ORDER_TYPES).optional(),
  channel: z.enum(CHANNELS).optional(),
  category: z.string().min(1).max(200).optional(),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

export interface ResolvedRequest {
  period: Period;
  /** The scoring settings the period is scored with (in force on its first day). */
  config: DatedRateConfig;
  filters: StatsFilters;
}

/**
 * Statistics and reports cover the years 2000–2099, as the intake reads platform dates: the desk holds no orders
 * outside them, and a period's neighbours (环比, 同比, the day after) stay dates the period arithmetic can write
 * (issue 13 fuzzing: `month=9999-12` was a 500, `from=0001-01-01` silently meant 1901).
 */
const STATS_YEARS = /^20\d\d-/;

/**
 * The period a request asks for: `month` (cut by the street's period mode in force that month), or `from`/`to` days,
 * or else the current assessment month.
 */
export function resolveRequest(q: StatsQuery, configs: readonly DatedRateConfig[], now: Date): ResolvedRequest {
  let period: Period;
  for (const field of ['month', 'from', 'to'] as const) {
    const value = q[field];
    if (value !== undefined && !STATS_YEARS.test(value)) throw new ValidationError([{ field, message: '统计期间须在 2000 年至 2099 年之间' }]);
  }
  if (q.month && (q.from || q.to)) throw new ValidationError([{ field: 'month', message: '请指定月份或起止日期之一' }]);
  if (q.month) {
    period = assessmentMonth(q.month, configInForce(configs, `${q.month}-01`).periodMode);
  } else if (q.from || q.to) {
    if (!q.from || !q.to) throw new ValidationError([{ field: q.from ? 'to' : 'from', message: '起止日期须同时指定' }]);
    if (q.to < q.from) throw new ValidationError([{ field: 'to', message: '结束日期须不早于开始日期' }]);
    period = customRange(q.from, q.to);
  } else {
    period = monthContaining(now, configInForce(configs, beijingDay(now)).periodMode);
  }
  const { communityId, unitId, type, channel, category } = q;
  return { period, config: configInForce(configs, beijingDay(period.from)), filters: { communityId, unitId, type, channel, category } };
}
