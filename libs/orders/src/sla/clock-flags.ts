import type { EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';
import { AT_DESK_STATUSES, UPSTREAM_LIMIT_ALARM } from '../domain/index.js';

/**
 * The orders' flags that follow their running clocks: headline 超期 (the running clocks whose overdue alarm has been
 * raised, plus `upstream` while the order waits at the desk past the platform's limit) and 暂定时限 (a running clock
 * computed without the year's holiday schedule). One statement for any number of orders; returns the new 超期
 * clocks of the orders whose flags changed (an order left out of the map did not change).
 */
export async function refreshClockFlags(m: EntityManager, orderIds: readonly string[], now: Date): Promise<Map<string, string[]>> {
  if (!orderIds.length) return new Map();
  const rows = returnedRows<{ id: string; overdue_clocks: string[] }>(
    await m.query(
      `WITH c AS (
         SELECT ids.id,
                coalesce(array_agg(oc.kind::text) FILTER (WHERE oc.stopped_at IS NULL AND oc.overdue_at IS NOT NULL), '{}') AS kinds,
                coalesce(bool_or(oc.provisional) FILTER (WHERE oc.stopped_at IS NULL), false) AS provisional
           FROM unnest($1::uuid[]) AS ids(id) LEFT JOIN order_clock oc ON oc.order_id = ids.id
          GROUP BY ids.id),
       k AS (
         SELECT c.id,
                ${overdueKindsSql({ lateClocks: 'c.kinds', status: 'w.status', upstreamDueAt: 'w.upstream_due_at', now: '$2', atDesk: '$3::text[]', upstreamKind: '$4::text' })} AS kinds,
                c.provisional
           FROM c JOIN work_order w ON w.id = c.id)
       UPDATE work_order o SET overdue_clocks = k.kinds, overdue = cardinality(k.kinds) > 0, deadline_provisional = k.provisional
         FROM k
        WHERE o.id = k.id
          AND (o.overdue_clocks::text[] IS DISTINCT FROM k.kinds OR o.overdue IS DISTINCT FROM (cardinality(k.kinds) > 0)
               OR o.deadline_provisional IS DISTINCT FROM k.provisional)
        RETURNING o.id, o.overdue_clocks`,
      [[...new Set(orderIds)], now, AT_DESK_STATUSES, UPSTREAM_LIMIT_ALARM],
    ),
  );
  return new Map(rows.map((r) => [r.id, r.overdue_clocks]));
}

/**
 * The rule of an order's 超期 clocks, as an SQL expression over the given expressions: its running clocks whose 超期
 * is recorded (`lateClocks`, text[]), plus the platform's limit while the order waits at the desk past it; sorted.
 * The refresh above and intake's insert of orders already late on arrival (`insertNewOrders`) both use it.
 */
export function overdueKindsSql(e: { lateClocks: string; status: string; upstreamDueAt: string; now: string; atDesk: string; upstreamKind: string }): string {
  return `ARRAY(SELECT x FROM unnest(${e.lateClocks} || CASE WHEN ${e.status} = ANY(${e.atDesk}) AND ${e.upstreamDueAt} <= ${e.now}
                                             THEN ARRAY[${e.upstreamKind}] ELSE '{}'::text[] END) x ORDER BY x)`;
}

/** The parameters `overdueKindsSql` compares with, for a statement that appends them to its own. */
export const OVERDUE_RULE_PARAMS = [AT_DESK_STATUSES, UPSTREAM_LIMIT_ALARM] as const;
