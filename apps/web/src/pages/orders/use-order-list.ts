import type { OrderList, OrderListQuery } from '../../api/order-types';
import { api } from '../../services';
import { useApiResource } from '../../ui-kit/use-api-resource';
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
  const list = useApiResource(key, (signal) => api.orders(JSON.parse(key) as OrderListQuery, signal), { failure: '工单列表加载失败' });
  useOrderEvents(() => list.refreshLive());
  return { list: list.data, loading: list.loading, error: list.error, liveRefreshAt: list.liveAt, reload: list.reload };
}
