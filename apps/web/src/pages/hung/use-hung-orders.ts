import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { hungOrders } from '../../api/review-client';
import type { HungOrderList, HungOrdersQuery } from '../../api/review-types';
import { api } from '../../services';
import { useOrderEvents } from '../orders/use-order-events';

export interface HungOrdersState {
  list: HungOrderList | null;
  loading: boolean;
  error: string | null;
}

/**
 * One page of `GET /api/hung-orders`, reloaded when the query changes and on order events — a progress report moves
 * the date, an overdue sweep (`order.overdue`, clock hangProgress) marks an order late.
 */
export function useHungOrders(query: HungOrdersQuery): HungOrdersState {
  const key = JSON.stringify(query);
  const [state, setState] = useState<HungOrdersState>({ list: null, loading: true, error: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    hungOrders(api, JSON.parse(key) as HungOrdersQuery, controller.signal).then(
      (list) => setState({ list, loading: false, error: null }),
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((s) => ({ ...s, loading: false, error: error instanceof ApiError ? error.message : '挂账工单加载失败' }));
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  useOrderEvents(() => setGeneration((g) => g + 1));
  return state;
}
