import type { EntityManager } from 'typeorm';
import { roundsOf, type OrderRound, type TimelineEntry } from '../domain/index.js';

/** The actions that make up rounds; everything else on the timeline is irrelevant to them. */
export const ROUND_ACTIONS = ['reply', 'answer', 'approve', 'reject', 'callback', 'reopen'] as const;

/** Rounds of one or more orders, from their timelines (DESIGN §2: the timeline is the source). */
export async function loadRounds(m: EntityManager, orderIds: readonly string[]): Promise<Map<string, OrderRound[]>> {
  const rows = (await m.query(
    `SELECT order_id AS "orderId", action, at, actor_id AS "actorId", payload FROM order_event
      WHERE order_id = ANY($1::uuid[]) AND action = ANY($2) ORDER BY order_id, id`,
    [orderIds, ROUND_ACTIONS],
  )) as (TimelineEntry & { orderId: string })[];
  const byOrder = new Map<string, TimelineEntry[]>();
  for (const r of rows) byOrder.set(r.orderId, [...(byOrder.get(r.orderId) ?? []), r]);
  return new Map(orderIds.map((id) => [id, roundsOf(byOrder.get(id) ?? [])]));
}
