import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import type { OrderDetail } from '../../api/order-types';
import { api } from '../../services';
import { useOrderEvents } from './use-order-events';

export interface OrderDetailState {
  order: OrderDetail | null;
  /** 404 (not found or not in the user's scope — the server does not say which) or another failure. */
  error: ApiError | null;
  loading: boolean;
}

/**
 * `GET /api/orders/:id`, reloaded on demand (after an action, after a conflict) and when a realtime event says
 * the order moved past the version on screen — so buttons always reflect the server's current `allowedActions`.
 */
export function useOrderDetail(id: string): OrderDetailState & { reload: () => Promise<OrderDetail | null> } {
  const [state, setState] = useState<OrderDetailState>({ order: null, error: null, loading: true });
  const shownVersion = useRef<number | null>(null);

  const reload = useCallback(async () => {
    setState((s) => ({ ...s, loading: true }));
    try {
      const order = await api.order(id);
      shownVersion.current = order.version;
      setState({ order, error: null, loading: false });
      return order;
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', '工单加载失败');
      setState((s) => ({ ...s, error: failure, loading: false }));
      return null;
    }
  }, [id]);

  useEffect(() => {
    shownVersion.current = null;
    setState({ order: null, error: null, loading: true });
    void reload();
  }, [reload]);

  useOrderEvents((payloads) => {
    // An import's batch (`orders.created`) names only new orders: never the one shown.
    const newer = payloads.some((p) => 'orderId' in p && p.orderId === id && (shownVersion.current === null || p.version > shownVersion.current || 'clock' in p));
    if (newer) void reload();
  });

  return { ...state, reload };
}
