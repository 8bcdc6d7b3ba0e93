import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SHIFT_ORDERS, type ShiftOrdersPort } from '@app/rostering';
import { OPEN_STATUSES, type OrderStatus } from '../domain/index.js';

/** Waiting at the desk itself: whoever is on shift holds them, whether or not they touched them. */
const DESK_STATUSES: readonly OrderStatus[] = ['new', 'signed', 'return_pending'];
const HANDOVER_LIMIT = 200;

/**
 * The orders lib's read port for other modules: what they need to know about orders, asked here so the tables and
 * the rules behind "open" or "overdue" are read one way. Writes go through `OrderWriter`.
 */
@Injectable()
export class OrderReads implements ShiftOrdersPort {
  async openOrdersOfShift(m: EntityManager, street: string, from: Date, to: Date): Promise<Record<string, unknown>[]> {
    const rows = (await m.query(
      `SELECT w.id, w.upstream_no, w.status, w.urgency, w.type, w.category_path, w.received_at, w.unit_due_at, w.upstream_due_at,
              w.overdue_clocks
       FROM work_order w
       WHERE w.street_code = $1 AND w.status = ANY($4) AND w.received_at < $3
         AND (w.status = ANY($5) OR EXISTS (SELECT 1 FROM order_event e WHERE e.order_id = w.id AND e.at >= $2 AND e.at < $3))
       ORDER BY w.urgency = 'normal', w.received_at LIMIT ${HANDOVER_LIMIT}`,
      [street, from, to, OPEN_STATUSES, DESK_STATUSES],
    )) as {
      id: string; upstream_no: string | null; status: string; urgency: string; type: string; category_path: string | null;
      received_at: Date; unit_due_at: Date | null; upstream_due_at: Date | null; overdue_clocks: string[];
    }[];
    return rows.map((row) => ({
      orderId: row.id,
      upstreamNo: row.upstream_no,
      status: row.status,
      urgency: row.urgency,
      type: row.type,
      category: row.category_path,
      receivedAt: row.received_at,
      unitDueAt: row.unit_due_at,
      upstreamDueAt: row.upstream_due_at,
      overdueClocks: row.overdue_clocks,
    }));
  }

  async nearDueClocks(m: EntityManager, street: string, until: Date): Promise<Record<string, unknown>[]> {
    const rows = (await m.query(
      `SELECT c.order_id, w.upstream_no, w.status, c.kind, c.due_at, c.overdue_at IS NOT NULL AS overdue
       FROM order_clock c JOIN work_order w ON w.id = c.order_id
       WHERE c.street_code = $1 AND c.stopped_at IS NULL AND c.due_at <= $2
       ORDER BY c.due_at LIMIT ${HANDOVER_LIMIT}`,
      [street, until],
    )) as { order_id: string; upstream_no: string | null; status: string; kind: string; due_at: Date; overdue: boolean }[];
    return rows.map((row) => ({ orderId: row.order_id, upstreamNo: row.upstream_no, status: row.status, clock: row.kind, dueAt: row.due_at, overdue: row.overdue }));
  }
}

/** Offers the read port app-wide: rostering (below orders in the import graph) injects it by its token. */
@Global()
@Module({
  providers: [OrderReads, { provide: SHIFT_ORDERS, useExisting: OrderReads }],
  exports: [OrderReads, SHIFT_ORDERS],
})
export class OrderReadsModule {}
