import { OPEN_STATUSES } from '@app/orders/domain/order-status';
import type { StatsPeriod } from '../../api/stats-types';
import { emptyFilters, filtersToSearch, type OrderListFilters } from '../orders/order-list-filters';
import { periodDays, type StatsSelection } from './stats-selection';

/**
 * Every figure of the 统计 page opens the 工单 list filtered the way it was counted. The address is written by the
 * list's own `filtersToSearch`, so the list reads back exactly these filters.
 */
export type OrdersFilter = Partial<Pick<OrderListFilters, 'fromDay' | 'toDay' | 'communityId' | 'unitId' | 'type' | 'channel' | 'category' | 'status' | 'overdue' | 'q'>>;

export function ordersHref(filter: OrdersFilter): string {
  return '/orders' + filtersToSearch(emptyFilters(filter));
}

/** The page's community and unit filters, which every link carries. */
function scopeOf(selection: Pick<StatsSelection, 'communityId' | 'unitId'>): OrdersFilter {
  return { communityId: selection.communityId, unitId: selection.unitId };
}

/** Orders received in the period (Beijing days), in the page's scope, narrowed by `extra`. */
export function periodOrdersHref(period: Pick<StatsPeriod, 'from' | 'to'>, selection: Pick<StatsSelection, 'communityId' | 'unitId'>, extra: OrdersFilter = {}): string {
  return ordersHref({ ...periodDays(period), ...scopeOf(selection), ...extra });
}

/** Orders received on the given days, in the page's scope. */
export function daysOrdersHref(fromDay: string, toDay: string, selection: Pick<StatsSelection, 'communityId' | 'unitId'>, extra: OrdersFilter = {}): string {
  return ordersHref({ fromDay, toDay, ...scopeOf(selection), ...extra });
}

/**
 * Open orders now (在办, 超期): a state, not a period's figure, so no dates. `overdue` is 'true' for any clock past due
 * or a clock's name.
 */
export function openOrdersHref(selection: Pick<StatsSelection, 'communityId' | 'unitId'>, overdue: OrdersFilter['overdue'] = ''): string {
  return ordersHref({ status: [...OPEN_STATUSES], overdue, ...scopeOf(selection) });
}
