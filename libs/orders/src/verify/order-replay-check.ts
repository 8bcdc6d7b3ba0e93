import type { DataSource } from 'typeorm';
import { replayDifferences, replayTimeline, type ReplayField, type ReplayedOrder, type TimelineEntry } from '../domain/timeline-replay.js';
import type { OrderStatus } from '../domain/order-status.js';

/** The first order whose row does not equal the replay of its timeline, or none. */
export interface OrderReplayVerdict {
  orders: number;
  ok: boolean;
  firstMismatch?: {
    orderId: string;
    orderNo: string | null;
    /** A timeline that cannot be replayed (a broken status chain), or the fields the row holds differently. */
    reason: string;
    fields?: { field: ReplayField; stored: unknown; replayed: unknown }[];
  };
}

interface StoredOrderRow {
  id: string;
  order_no: string | null;
  status: OrderStatus;
  lead_unit_id: string | null;
  co_unit_ids: string[];
  former_unit_ids: string[];
  urge_count: number;
  rework_count: number;
  duplicate_of_id: string | null;
  hung: boolean;
  extension_pending: boolean;
}

interface EventRow {
  id: string;
  order_id: string;
  action: string;
  actor_id: string | null;
  actor_role: string;
  actor_unit_id: string | null;
  at: Date;
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  payload: Record<string, unknown>;
}

/**
 * `npm run audit:verify`, second half (issue 13 item 7): every order's status, units, counters and flags must equal
 * the replay of its append-only timeline, so an order row edited behind the desk's back is named. Reads a page of
 * orders and their events at a time, in id order, and stops at the first mismatch.
 */
export async function verifyOrderReplay(dataSource: DataSource, pageSize = 500): Promise<OrderReplayVerdict> {
  let after = '00000000-0000-0000-0000-000000000000';
  let orders = 0;
  for (;;) {
    const rows = (await dataSource.query(
      `SELECT id, COALESCE(upstream_no, local_no) AS order_no, status, lead_unit_id, co_unit_ids, former_unit_ids, urge_count, rework_count,
              duplicate_of_id, hang IS NOT NULL AS hung, pending_extension IS NOT NULL AS extension_pending
         FROM work_order WHERE id > $1 ORDER BY id LIMIT $2`,
      [after, pageSize],
    )) as StoredOrderRow[];
    if (!rows.length) return { orders, ok: true };
    const events = (await dataSource.query(
      `SELECT id, order_id, action, actor_id, actor_role, actor_unit_id, at, from_status, to_status, payload
         FROM order_event WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, id`,
      [rows.map((r) => r.id)],
    )) as EventRow[];
    const byOrder = new Map<string, TimelineEntry[]>();
    for (const e of events) {
      const list = byOrder.get(e.order_id) ?? [];
      list.push({
        id: Number(e.id), action: e.action, actorId: e.actor_id, actorRole: e.actor_role, actorUnitId: e.actor_unit_id,
        at: new Date(e.at), fromStatus: e.from_status, toStatus: e.to_status, payload: e.payload ?? {},
      });
      byOrder.set(e.order_id, list);
    }
    for (const row of rows) {
      const mismatch = checkOrder(row, byOrder.get(row.id) ?? []);
      if (mismatch) return { orders, ok: false, firstMismatch: mismatch };
      orders++;
    }
    after = rows[rows.length - 1].id;
  }
}

function checkOrder(row: StoredOrderRow, events: TimelineEntry[]): OrderReplayVerdict['firstMismatch'] | null {
  const replay = replayTimeline(row.id, events);
  if (!replay.ok) return { orderId: row.id, orderNo: row.order_no, reason: `event ${replay.eventId}: ${replay.reason}` };
  const stored = storedFields(row);
  const differences = replayDifferences(replay.state, stored);
  if (!differences.length) return null;
  return {
    orderId: row.id,
    orderNo: row.order_no,
    reason: `the row differs from its timeline in ${differences.join(', ')}`,
    fields: differences.map((field) => ({ field, stored: stored[field], replayed: replay.state[field] })),
  };
}

function storedFields(row: StoredOrderRow): ReplayedOrder {
  return {
    status: row.status,
    leadUnitId: row.lead_unit_id,
    coUnitIds: row.co_unit_ids ?? [],
    formerUnitIds: row.former_unit_ids ?? [],
    urgeCount: row.urge_count,
    reworkCount: row.rework_count,
    duplicateOfId: row.duplicate_of_id,
    hung: row.hung,
    extensionPending: row.extension_pending,
  };
}
