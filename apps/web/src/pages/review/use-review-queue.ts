import { reviewQueue } from '../../api/review-client';
import type { ReviewQueueList } from '../../api/review-types';
import { api } from '../../services';
import { useApiResource } from '../../ui-kit/use-api-resource';
import { useOrderEvents } from '../orders/use-order-events';

/** One screenful: a street's 待初审 backlog is tens of orders, and the reviewer works from the top. */
export const QUEUE_PAGE_SIZE = 100;

export interface ReviewQueueState {
  queue: ReviewQueueList | null;
  loading: boolean;
  error: string | null;
  /** When the queue last reloaded because of a realtime event (shown as "已自动更新"). */
  liveRefreshAt: number | null;
}

const load = (signal: AbortSignal) => reviewQueue(api, { pageSize: QUEUE_PAGE_SIZE }, signal);

/**
 * The reviewer's queue, reloaded when an order is created or changes (a unit replies, another reviewer decides), so
 * it stays current without a refresh button. Events come coalesced by `useOrderEvents`.
 */
export function useReviewQueue(): ReviewQueueState & { reload: () => void } {
  const queue = useApiResource('review-queue', load, { failure: '审核队列加载失败' });
  useOrderEvents((payloads) => {
    // Overdue sweeps do not change who is in the queue; creations and changes may.
    if (payloads.some((p) => !('clock' in p))) queue.refreshLive();
  });
  return { queue: queue.data, loading: queue.loading, error: queue.error, liveRefreshAt: queue.liveAt, reload: queue.reload };
}
