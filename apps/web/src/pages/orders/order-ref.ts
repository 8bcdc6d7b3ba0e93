import type { OrderSummary } from '../../api/order-types';

/**
 * How an order is named to people: the platform's 工单编号, or the desk's own number for orders entered by hand
 * (TRT-20261203-0007); the start of its id only for an order from before local numbers existed.
 */
export function orderRef(order: Pick<OrderSummary, 'upstreamNo' | 'id'> & { orderNo?: string | null }): string {
  return order.orderNo || order.upstreamNo || `内部-${order.id.slice(0, 8)}`;
}
