import type { SessionActor } from '@app/auth';
import { beijingDay, shiftMonth, type StatsQueries } from '@app/stats';
import type { ReportPeriodRequest } from '../../domain/report-run.js';
import type { TypicalCase } from './typical-case.js';

type Answer<K extends keyof StatsQueries> = StatsQueries[K] extends (...args: never[]) => Promise<infer R> ? R : never;

export type OverviewFigures = Answer<'overview'>;
/** Volumes by a dimension (type, category, community …): with total, share and change. */
export type DimensionVolumes = Extract<Answer<'volumes'>, { total: number }>;
/** Volumes by day, week or month. */
export type TimeVolumes = Exclude<Answer<'volumes'>, { total: number }>;
/** Rates by unit or community (with `items`). */
export type RateFigures = Extract<Answer<'rates'>, { items: unknown }>;
export type RankingFigures = Answer<'rankings'>;
export type TimelinessFigures = Answer<'timeliness'>;
export type HotspotFigures = Answer<'hotspots'>;
export type RiseFigures = Answer<'rises'>;

/** One assessment month of the 12-month trend, as `overview` answered for it. */
export interface MonthFigures {
  month: string;
  total: number;
  composite: number | null;
}

/**
 * Everything the analysis report says, as `libs/stats` answered it for the requester and the period. The sections
 * are pure functions of this; nothing in them computes a figure.
 */
export interface AnalysisFigures {
  streetName: string;
  overview: OverviewFigures;
  byDay: TimeVolumes;
  /** The 12 assessment months ending with the period's (oldest first). */
  months: MonthFigures[];
  byType: DimensionVolumes;
  cat1: DimensionVolumes;
  cat2: DimensionVolumes;
  byCommunity: DimensionVolumes;
  communityRates: RateFigures;
  unitRanking: RankingFigures;
  communityRanking: RankingFigures;
  timeliness: TimelinessFigures;
  hotspots: HotspotFigures;
  rises: RiseFigures;
  cases: TypicalCase[];
}

export type StatsFigures = Omit<AnalysisFigures, 'streetName' | 'cases'>;

/** The month a period's 12-month trend ends with: the assessment month itself, or the month of a range's last day. */
export function trendEndMonth(period: OverviewFigures['period']): string {
  if (period.mode !== 'custom') return period.key;
  return beijingDay(new Date(new Date(period.to).getTime() - 1)).slice(0, 7);
}

/**
 * Asks `libs/stats` every question of the report, one after another. Each call settles the pending rollups itself
 * (`StatsQueries.prepare` → `StatsRefresher.refreshPending`), so the first one folds in whatever changed and the rest
 * read the same settled figures; in sequence, not in parallel, so they do not queue on the refresher's lock.
 */
export async function readStatsFigures(
  stats: StatsQueries,
  actor: SessionActor,
  period: ReportPeriodRequest,
  step: (message: string) => Promise<void>,
): Promise<StatsFigures> {
  const overview = await stats.overview(actor, period);
  await step('读取总体情况');
  const byDay = (await stats.volumes(actor, period, 'day')) as TimeVolumes;
  const end = trendEndMonth(overview.period);
  const months: MonthFigures[] = [];
  for (let back = 11; back >= 0; back--) {
    const month = shiftMonth(end, -back);
    const o = await stats.overview(actor, { month });
    months.push({ month, total: o.total, composite: o.rates.composite });
  }
  await step('读取诉求量走势');
  const byType = (await stats.volumes(actor, period, 'type')) as DimensionVolumes;
  const cat1 = (await stats.volumes(actor, period, 'cat1')) as DimensionVolumes;
  const cat2 = (await stats.volumes(actor, period, 'cat2')) as DimensionVolumes;
  await step('读取诉求类型与分类');
  const hotspots = await stats.hotspots(actor, period);
  await step('读取热点地址与关键词');
  const byCommunity = (await stats.volumes(actor, period, 'community')) as DimensionVolumes;
  const communityRates = (await stats.rates(actor, period, 'community')) as RateFigures;
  await step('读取社区情况');
  const unitRanking = await stats.rankings(actor, period, 'unit');
  const communityRanking = await stats.rankings(actor, period, 'community');
  await step('读取三率与排名');
  const timeliness = await stats.timeliness(actor, period);
  await step('读取办理时效');
  const rises = await stats.rises(actor, period);
  await step('读取突增情况');
  return { overview, byDay, months, byType, cat1, cat2, byCommunity, communityRates, unitRanking, communityRanking, timeliness, hotspots, rises };
}
