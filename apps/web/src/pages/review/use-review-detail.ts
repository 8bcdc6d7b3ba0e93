import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { reviewDetail } from '../../api/review-client';
import type { ReviewDetail } from '../../api/review-types';
import { api } from '../../services';
import { useOrderEvents } from '../orders/use-order-events';

export interface ReviewDetailState {
  detail: ReviewDetail | null;
  /** 404 (not in scope), 409 REVIEW_NOT_PENDING (already decided), or another failure. */
  error: ApiError | null;
  loading: boolean;
}

/**
 * `GET /api/review/queue/:id`, reloaded on demand and when a realtime event says the order moved past the version
 * on screen (the unit replied again, another reviewer decided). The decision form keeps the version it was opened
 * with, so such a reload never turns a decision on the old reply into one on the new.
 */
export function useReviewDetail(id: string): ReviewDetailState & { reload: () => Promise<ReviewDetail | null> } {
  const [state, setState] = useState<ReviewDetailState>({ detail: null, error: null, loading: true });
  const shownVersion = useRef<number | null>(null);

  const reload = useCallback(async () => {
    setState((s) => ({ ...s, loading: true }));
    try {
      const detail = await reviewDetail(api, id);
      shownVersion.current = detail.order.version;
      setState({ detail, error: null, loading: false });
      return detail;
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', '初审信息加载失败');
      setState({ detail: null, error: failure, loading: false });
      return null;
    }
  }, [id]);

  useEffect(() => {
    shownVersion.current = null;
    void reload();
  }, [reload]);

  useOrderEvents((payloads) => {
    if (payloads.some((p) => 'orderId' in p && p.orderId === id && shownVersion.current !== null && p.version > shownVersion.current)) void reload();
  });

  return { ...state, reload };
}
