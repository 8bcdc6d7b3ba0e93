import { useApiResource, type ApiResource } from '../../ui-kit/use-api-resource';

export type StatsLoad<T> = ApiResource<T>;

/**
 * One statistics answer for the page's current selection. `key` names the request (its query string): a new key
 * reloads, and the previous answer stays on screen under a spinner until the new one arrives, so the layout does
 * not jump when the month changes; a failed answer clears it (a figure that may be wrong must not stay). `null` as
 * key waits (e.g. for the period another answer names).
 */
export function useStats<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): StatsLoad<T> {
  return useApiResource(key, load, { failure: '统计数据加载失败，请稍后重试', clearOnError: true });
}
