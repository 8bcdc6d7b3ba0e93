import { useCallback, useEffect, useState } from 'react';
import { OPEN_STATUSES } from '@app/orders/domain/order-status';
import type { OrderListQuery } from '../../api/order-types';
import { api } from '../../services';
import { useOrderEvents } from '../orders/use-order-events';

export interface QueueDefinition {
  key: string;
  label: string;
  /** What the count means, for the link's accessible description. */
  hint: string;
  query: OrderListQuery;
  /** The 工单 list filtered the same way (its query string). */
  href: string;
}

/** The desk's four queues; each links to the 工单 list with the same filter, so the number and the list agree. */
export const QUEUES: readonly QueueDefinition[] = [
  { key: 'new', label: '待签收', hint: '状态为待签收的工单', query: { status: ['new'] }, href: '/orders?status=new' },
  { key: 'signed', label: '待派单', hint: '已签收、尚未派出的工单', query: { status: ['signed'] }, href: '/orders?status=signed' },
  // Open orders only: a closed order that once ran late is history, not work to do.
  {
    key: 'overdue', label: '超期', hint: '尚未办结、已超过时限的工单',
    query: { status: [...OPEN_STATUSES], overdue: true }, href: `/orders?status=${OPEN_STATUSES.join(',')}&overdue=true`,
  },
  { key: 'replied', label: '待初审', hint: '承办单位已回复、等待初审的工单', query: { status: ['replied'] }, href: '/orders?status=replied' },
];

export interface QueueCounts {
  /** By queue key; null while loading or when that count failed. */
  counts: Record<string, number | null>;
  error: string | null;
  updatedAt: number | null;
}

/**
 * Each queue's size from `GET /api/orders?…&pageSize=1` (`total` is what matters), read again on order events
 * (coalesced by `useOrderEvents`, so an import of fifty orders costs one round of four requests).
 */
export function useQueueCounts(): QueueCounts {
  const [state, setState] = useState<QueueCounts>({ counts: {}, error: null, updatedAt: null });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    Promise.allSettled(QUEUES.map((queue) => api.orders({ ...queue.query, pageSize: 1 }, controller.signal))).then((results) => {
      if (controller.signal.aborted) return;
      const counts = Object.fromEntries(QUEUES.map((queue, i) => [queue.key, results[i].status === 'fulfilled' ? results[i].value.total : null]));
      const failed = results.some((result) => result.status === 'rejected');
      setState({ counts, error: failed ? '部分队列数量获取失败' : null, updatedAt: Date.now() });
    });
    return () => controller.abort();
  }, [generation]);

  useOrderEvents(reload);
  return state;
}
