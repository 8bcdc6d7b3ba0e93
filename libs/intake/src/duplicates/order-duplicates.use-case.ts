import { Inject, Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/database';
import { ConflictError } from '@app/errors';
import { ActOnOrder, CitizenPii, isRowInScope, OrderWriter, type OrderRow } from '@app/orders';
import { candidateViews } from './candidate-views.js';
import type { DuplicateCandidate } from './duplicate-rules.js';

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
  private readonly pii: CitizenPii;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly act: ActOnOrder,
    private readonly writer: OrderWriter,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  async show(actor: SessionActor, orderId: string) {
    return this.tx.run(actor, async (t) => {
      const order = await this.writer.load(t, orderId);
      const [check] = (await t.manager.query('SELECT * FROM order_duplicate_check WHERE order_id = $1', [orderId])) as CheckRow[];
      // Only the merged orders the reader may open, by the detail view's scope (issue 13).
      const merged = ((await t.manager.query('SELECT * FROM work_order WHERE duplicate_of_id = $1 ORDER BY received_at', [orderId])) as OrderRow[])
        .filter((row) => isRowInScope(row, actor))
        .map((row) => ({ id: row.id, upstreamNo: row.upstream_no, receivedAt: row.received_at }));
      return {
        orderId,
        suspected: check?.status === 'suspected',
        status: check?.status ?? null,
        method: check?.method ?? null,
        foundAt: check?.found_at ?? null,
        resolution: check?.resolution ?? null,
        candidates: await candidateViews(t.manager, actor, this.pii, check?.candidates ?? []),
        /** For a master: the orders merged into it. */
        mergedDuplicates: merged,
        duplicateOfId: order.duplicate_of_id,
      };
    });
  }

  /**
   * Merge through the state machine (rules, version, sign clock), record it on the master and close the check, in
   * one transaction: a merge is never left without its record. The UI picks the master from the candidates, but any
   * order the state machine accepts may be the master: a repeat the rules missed is still the operator's call.
   */
  async merge(actor: SessionActor, orderId: string, body: { version: number; masterId: string; note?: string }) {
    return this.tx.run(actor, async (t) => {
      const result = await this.act.executeIn(t, actor, orderId, 'merge', { version: body.version, masterId: body.masterId, ...(body.note ? { note: body.note } : {}) });
      const duplicate = await this.writer.load(t, orderId);
      const master = await this.writer.load(t, body.masterId);
      await this.writer.record(t, master, 'duplicate_merged', { duplicateId: duplicate.id, duplicateUpstreamNo: duplicate.upstream_no, note: body.note ?? null });
      await t.manager.query(
        `UPDATE order_duplicate_check SET status = 'merged', resolved_at = $2, resolved_by = $3, resolution = $4::jsonb WHERE order_id = $1`,
        [orderId, t.now, actor.id, JSON.stringify({ masterId: master.id, note: body.note ?? null })],
      );
      return result;
    });
  }

  /** Not a duplicate after all: the suspicion is closed with the operator's reason. */
  async dismiss(actor: SessionActor, orderId: string, reason: string) {
    return this.tx.run(actor, async (t) => {
      const order = await this.writer.load(t, orderId);
      const [check] = (await t.manager.query('SELECT status FROM order_duplicate_check WHERE order_id = $1 FOR UPDATE', [orderId])) as { status: string }[];
      if (check?.status !== 'suspected') throw new ConflictError('DUPLICATE_NOT_SUSPECTED', '该工单没有待处理的疑似重复提示', { orderId, status: check?.status ?? null });
      await t.manager.query(
        `UPDATE order_duplicate_check SET status = 'dismissed', resolved_at = $2, resolved_by = $3, resolution = $4::jsonb WHERE order_id = $1`,
        [orderId, t.now, actor.id, JSON.stringify({ reason })],
      );
      await this.writer.record(t, order, 'duplicate_dismissed', { reason });
      return { orderId, status: 'dismissed' };
    });
  }
}
