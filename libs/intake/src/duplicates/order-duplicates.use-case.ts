import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SessionActor } from '@app/auth';
import { TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError } from '@app/errors';
import {
  ActOnOrder, isOrderInScope, ORDER_STATUS_LABELS, OrderRepository, orderActorOf, roomsForOrder, snapshotOf, type OrderRow, type OrderStatus,
} from '@app/orders';
import { DUPLICATE_REASON_LABELS, type DuplicateCandidate } from './duplicate-rules.js';

interface CheckRow {
  status: 'suspected' | 'merged' | 'dismissed';
  candidates: DuplicateCandidate[];
  method: string;
  found_at: Date;
  resolved_at: Date | null;
  resolution: Record<string, unknown> | null;
}

/**
 * Suspected duplicates of an order (DESIGN §5): show them with scores and reasons, then merge (the state
 * machine's `merge`, DESIGN §3) or dismiss. Both are recorded on the timeline and in the audit trail.
 */
@Injectable()
export class OrderDuplicates {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly act: ActOnOrder,
  ) {}

  async show(actor: SessionActor, orderId: string) {
    return this.tx.run(actor, async (t) => {
      const order = await this.load(t.manager, actor, orderId);
      const [check] = (await t.manager.query('SELECT * FROM order_duplicate_check WHERE order_id = $1', [orderId])) as CheckRow[];
      const ids = (check?.candidates ?? []).map((c) => c.orderId);
      const current = ids.length
        ? new Map(((await t.manager.query('SELECT id, status FROM work_order WHERE id = ANY($1::uuid[])', [ids])) as { id: string; status: OrderStatus }[]).map((r) => [r.id, r.status]))
        : new Map<string, OrderStatus>();
      const merged = (await t.manager.query(
        'SELECT id, upstream_no AS "upstreamNo", received_at AS "receivedAt" FROM work_order WHERE duplicate_of_id = $1 ORDER BY received_at',
        [orderId],
      )) as Record<string, unknown>[];
      return {
        orderId,
        suspected: check?.status === 'suspected',
        status: check?.status ?? null,
        method: check?.method ?? null,
        foundAt: check?.found_at ?? null,
        resolution: check?.resolution ?? null,
        candidates: (check?.candidates ?? []).map((c) => {
          const status = current.get(c.orderId) ?? (c.status as OrderStatus);
          return { ...c, status, statusLabel: ORDER_STATUS_LABELS[status], reasonLabels: c.reasons.map((r) => DUPLICATE_REASON_LABELS[r]) };
        }),
        /** For a master: the orders merged into it. */
        mergedDuplicates: merged,
        duplicateOfId: order.duplicate_of_id,
      };
    });
  }

  /** Merge through the state machine (rules, version, sign clock), then record it on the master and close the check. */
  async merge(actor: SessionActor, orderId: string, body: { version: number; masterId: string; note?: string }) {
    const result = await this.act.execute(actor, orderId, 'merge', { version: body.version, masterId: body.masterId, ...(body.note ? { note: body.note } : {}) });
    await this.tx.run(actor, async (t) => {
      const duplicate = await this.load(t.manager, actor, orderId);
      const master = (await OrderRepository.find(t.manager, actor.streetCode, body.masterId))!;
      await OrderRepository.appendEvent(t.manager, actor.streetCode, {
        orderId: master.id, action: 'duplicate_merged', actorId: actor.id, actorRole: actor.role, actorUnitId: actor.unitId,
        at: t.now, fromStatus: master.status, toStatus: master.status,
        payload: { duplicateId: duplicate.id, duplicateUpstreamNo: duplicate.upstream_no, note: body.note ?? null },
      });
      await t.manager.query(
        `UPDATE order_duplicate_check SET status = 'merged', resolved_at = $2, resolved_by = $3, resolution = $4::jsonb WHERE order_id = $1`,
        [orderId, t.now, actor.id, JSON.stringify({ masterId: master.id, note: body.note ?? null })],
      );
      t.audit({ action: 'order.duplicate_merged', entityType: 'order', entityId: master.id, after: { duplicateId: duplicate.id } });
      t.emit('order.changed', roomsForOrder(master), { orderId: master.id, version: master.version, status: master.status, upstreamNo: master.upstream_no, action: 'duplicate_merged' });
    });
    return result;
  }

  /** Not a duplicate after all: the suspicion is closed with the operator's reason. */
  async dismiss(actor: SessionActor, orderId: string, reason: string) {
    return this.tx.run(actor, async (t) => {
      const order = await this.load(t.manager, actor, orderId);
      const [check] = (await t.manager.query('SELECT status FROM order_duplicate_check WHERE order_id = $1 FOR UPDATE', [orderId])) as { status: string }[];
      if (check?.status !== 'suspected') throw new ConflictError('DUPLICATE_NOT_SUSPECTED', '该工单没有待处理的疑似重复提示', { orderId, status: check?.status ?? null });
      await t.manager.query(
        `UPDATE order_duplicate_check SET status = 'dismissed', resolved_at = $2, resolved_by = $3, resolution = $4::jsonb WHERE order_id = $1`,
        [orderId, t.now, actor.id, JSON.stringify({ reason })],
      );
      await OrderRepository.appendEvent(t.manager, actor.streetCode, {
        orderId, action: 'duplicate_dismissed', actorId: actor.id, actorRole: actor.role, actorUnitId: actor.unitId,
        at: t.now, fromStatus: order.status, toStatus: order.status, payload: { reason },
      });
      t.audit({ action: 'order.duplicate_dismissed', entityType: 'order', entityId: orderId, after: { reason } });
      t.emit('order.changed', roomsForOrder(order), { orderId, version: order.version, status: order.status, upstreamNo: order.upstream_no, action: 'duplicate_dismissed' });
      return { orderId, status: 'dismissed' };
    });
  }

  private async load(m: EntityManager, actor: SessionActor, orderId: string): Promise<OrderRow> {
    const row = await OrderRepository.find(m, actor.streetCode, orderId);
    if (!row || !isOrderInScope(snapshotOf(row), orderActorOf(actor))) throw new NotFoundError('ORDER_NOT_FOUND', '工单不存在', { orderId });
    return row;
  }
}
