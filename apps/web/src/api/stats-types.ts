/**
 * Response shapes of `GET /api/stats/*` (libs/stats/src/query/stats-queries.ts), as the browser receives them.
 * Rates are fractions 0–1 and 综合成绩 is out of 100 with one decimal; null means "no base to compute it from" and is
 * shown as "—", never as 0.
 */
import type { Keyword as StatsKeyword } from '@app/stats/domain/keywords';
import type { Rise as SuddenRise } from '@app/stats/domain/sudden-rises';
import type { ThreeRates } from '@app/stats/domain/three-rates';

/** The statistics layer's own types, as the page reads them. */
export type { StatsKeyword, SuddenRise, ThreeRates };

/** The query every statistics endpoint takes: an assessment month, or Beijing days (both ends included). */
export interface StatsQuery {
  month?: string;
  from?: string;
  to?: string;
  communityId?: string;
  unitId?: string;
  type?: string;
  channel?: string;
  /** A category path or a prefix of it, by whole segments. */
  category?: string;
}

export interface StatsPeriod {
  /** `2026-11`, or `2026-11-01~2026-11-20` for a custom range. */
  key: string;
  /** What the page shows, e.g. 2026年11月（10月19日—11月18日） when months are cut on the 19th. */
  label: string;
  mode: 'calendar' | 'nineteenth' | 'custom';
  /** ISO instants; `to` is exclusive. */
  from: string;
  to: string;
}

export interface StatsScoring {
  /** `YYYY-MM-DD`: the day these settings took effect. */
  effectiveFrom: string;
  weights: { response: number; resolution: number; satisfaction: number };
  basicallySatisfiedWeight: number;
  periodMode: 'calendar' | 'nineteenth';
  /** e.g. 响应率×0.1 + 解决率×0.5 + 满意率×0.4（基本满意按 0.9 计）. */
  description: string;
}

/** What every answer starts with. */
export interface StatsHeader {
  period: StatsPeriod;
  filters: Omit<StatsQuery, 'month' | 'from' | 'to'>;
  scoring: StatsScoring;
}

/** 环比 / 同比. */
export interface Change {
  previous: number | null;
  delta: number | null;
  /** null when the previous figure is 0 or missing. */
  ratio: number | null;
}


export interface StatsOverview extends StatsHeader {
  total: number;
  change: { monthOnMonth: Change; yearOnYear: Change };
  openNow: number;
  overdueNow: number;
  /** Open orders past due now, by clock (`sign`, `contact`, `unitReply`, `review`, `upstream`). */
  overdueByClock: Record<string, number>;
  rates: ThreeRates & { change: { monthOnMonth: Change } };
}

export type VolumeGrouping = 'day' | 'week' | 'month' | 'type' | 'channel' | 'cat1' | 'cat2' | 'cat3' | 'community' | 'unit';

export interface VolumeItem {
  key: string;
  label: string;
  count: number;
  /** Dimensions only (not day/week/month). */
  share?: number | null;
  change?: Change;
}

export interface StatsVolumes extends StatsHeader {
  by: VolumeGrouping;
  total?: number;
  items: VolumeItem[];
}

export type RankedOf = 'unit' | 'community';

export interface RankingItem extends ThreeRates {
  key: string;
  label: string;
  name: string;
  score: number | null;
  volume: number;
  /** null: no score this period (no valid callback), listed last. */
  rank: number | null;
  previousRank: number | null;
  /** previousRank − rank: positive means climbed. */
  rankChange: number | null;
}

export interface StatsRankings extends StatsHeader {
  of: RankedOf;
  items: RankingItem[];
}

export interface ClockTimeliness {
  clock: 'sign' | 'contact' | 'reply' | 'review';
  label: string;
  done: number;
  late: number;
  onTime: number;
  onTimeRate: number | null;
  averageMinutes: number | null;
  p90Minutes: number | null;
}

export interface StatsTimeliness extends StatsHeader {
  received: number;
  clocks: ClockTimeliness[];
  unitReturns: number;
  unitReturnRate: number | null;
  returnRequests: number;
  returnRequestRate: number | null;
  firstReviews: number;
  firstPassRate: number | null;
  reworks: number;
  reworkRate: number | null;
  urges: number;
  duplicates: number;
  duplicateShare: number | null;
}

export interface HotspotPlace {
  place: string;
  count: number;
  callers: number;
}

export interface MonthlyTopic extends ThreeRates {
  key: string;
  label: string;
  volume: number;
  /** Expected dissatisfied callers: volume × (1 − 满意率). */
  weight: number;
}

export interface RepeatCaller {
  /** Masked, e.g. 139****1234. */
  phone: string;
  count: number;
  lastReceivedAt: string;
  latestOrderId: string;
}

export interface StatsHotspots extends StatsHeader {
  places: HotspotPlace[];
  categories: { key: string; label: string; count: number; share: number | null }[];
  monthlyTopics: MonthlyTopic[];
  repeatCallers: RepeatCaller[];
  /** The period's words by TF-IDF, strongest first (at most 30). */
  keywords: StatsKeyword[];
}

export interface StatsRises extends StatsHeader {
  /** The week under test, Beijing days, both included. */
  week: { from: string; to: string };
  items: SuddenRise[];
}
