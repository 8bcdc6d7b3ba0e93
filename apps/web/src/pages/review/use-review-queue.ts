import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { reviewQueue } from '../../api/review-client';
import type { ReviewQueueList } from '../../api/review-types';
import { api } from '../../services';
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

/**
 * The reviewer's queue, reloaded when an order is created or changes (a unit replies, another reviewer decides), so
 * it stays current without a refresh button. Events come coalesced by `useOrderEvents`.
 */
export function useReviewQueue(): ReviewQueueState & { reload: () => void } {
  const [state, setState] = useState<ReviewQueueState>({ queue: null, loading: true, error: null, liveRefreshAt: null });
  const [generation, setGeneration] = useState(0);
  const byEvent = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    const live = byEvent.current;
    byEvent.current = false;
    setState((s) => ({ ...s, loading: true }));
    reviewQueue(api, { pageSize: QUEUE_PAGE_SIZE }, controller.signal).then(
      (queue) => setState((s) => ({ queue, loading: false, error: null, liveRefreshAt: live ? Date.now() : s.liveRefreshAt })),
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((s) => ({ ...s, loading: false, error: error instanceof ApiError ? error.message : '审核队列加载失败' }));
      },
    );
    return () => controller.abort();
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useOrderEvents((payloads) => {
    // Overdue sweeps do not change who is in the queue; creations and changes may.
    if (!payloads.some((p) => !('clock' in p))) return;
    byEvent.current = true;
    setGeneration((g) => g + 1);
  });

  return { ...state, reload };
}
