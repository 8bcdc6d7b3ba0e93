import type { ApiClient } from './client';
import type {
  RankedOf,
  StatsHotspots,
  StatsOverview,
  StatsQuery,
  StatsRankings,
  StatsRises,
  StatsTimeliness,
  StatsVolumes,
  VolumeGrouping,
} from './stats-types';

/**
 * The 统计 endpoints (libs/stats/src/api/stats.controller.ts) as functions of the one `ApiClient`, so they share its
 * token renewal and error handling. Every figure of the page, the home card and the reports comes from these.
 */
function search(query: StatsQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...extra })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const statsOverview = (api: ApiClient, query: StatsQuery, signal?: AbortSignal) =>
  api.get<StatsOverview>('/stats/overview' + search(query), { signal });

export const statsVolumes = (api: ApiClient, query: StatsQuery, by: VolumeGrouping, signal?: AbortSignal) =>
  api.get<StatsVolumes>('/stats/volumes' + search(query, { by }), { signal });

export const statsRankings = (api: ApiClient, query: StatsQuery, of: RankedOf, signal?: AbortSignal) =>
  api.get<StatsRankings>('/stats/rankings' + search(query, { of }), { signal });

export const statsTimeliness = (api: ApiClient, query: StatsQuery, signal?: AbortSignal) =>
  api.get<StatsTimeliness>('/stats/timeliness' + search(query), { signal });

export const statsHotspots = (api: ApiClient, query: StatsQuery, signal?: AbortSignal) =>
  api.get<StatsHotspots>('/stats/hotspots' + search(query), { signal });

export const statsRises = (api: ApiClient, query: StatsQuery, signal?: AbortSignal) =>
  api.get<StatsRises>('/stats/rises' + search(query), { signal });
