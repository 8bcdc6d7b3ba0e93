import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import type { OrderList, OrderListQuery } from '../../api/order-types';
import { api } from '../../services';
import { useOrderEvents } from './use-order-events';

export interface OrderListState {
  list: OrderList | null;
  loading: boolean;
  error: string | null;
  /** When the list was last reloaded because of a realtime event (shown as "已自动更新"). */
  liveRefreshAt: number | null;
}

/**
 * One page of `GET /api/orders` for `query`, reloaded when the query changes and when an order event arrives
 * (a new order, a change, an overdue), so a queue stays current without the user pressing refresh.
 */
export function useOrderList(query: OrderListQuery): OrderListState & { reload: () => void } {
  const key = JSON.stringify(query);
  const [state, setState] = useState<OrderListState>({ list: null, loading: true, error: null, liveRefreshAt: null });
  const [generation, setGeneration] = useState(0);
  const byEvent = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    const live = byEvent.current;
    byEvent.current = false;
    setState((s) => ({ ...s, loading: true }));
    api.orders(JSON.parse(key) as OrderListQuery, controller.signal).then(
      (list) => setState((s) => ({ list, loading: false, error: null, liveRefreshAt: live ? Date.now() : s.liveRefreshAt })),
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((s) => ({ ...s, loading: false, error: error instanceof ApiError ? error.message : '工单列表加载失败' }));
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useOrderEvents(() => {
    byEvent.current = true;
    setGeneration((g) => g + 1);
  });

  return { ...state, reload };
}
