import { useEffect, useSyncExternalStore } from 'react';
import type { OrderListQuery } from '../api/order-types';
import { api, deskSocket, session } from '../services';
import { LiveCounts, queryKey, type LiveCount } from './live-counts';

/** The page's one set of live queue sizes: the home page and the side nav share reads and refreshes. */
export const liveCounts = new LiveCounts((query) => api.orders({ ...query, page: 1, pageSize: 1 }).then((list) => list.total), deskSocket);
session.subscribe(() => {
  if (session.getSnapshot().status === 'signed-out') liveCounts.reset();
});

/** The sizes of `queries`, kept current by order events while the component is shown. */
export function useLiveCounts(queries: readonly OrderListQuery[]): LiveCount[] {
  useSyncExternalStore(liveCounts.subscribe, liveCounts.getVersion);
  const key = queries.map(queryKey).join('|');
  useEffect(() => {
    const stops = queries.map((query) => liveCounts.watch(query));
    return () => stops.forEach((stop) => stop());
    // `key` stands for the queries: a new array with the same filters must not re-subscribe.
  }, [key]);
  return queries.map((query) => liveCounts.get(query));
}
