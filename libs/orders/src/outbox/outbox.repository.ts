import type { EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';
import type { OutboxKind, OutboxState, OutboxStatus, OutboxTopic } from './outbox-status.js';

/** An `outbox_message` row as PostgreSQL returns it. */
export interface OutboxRow {
  id: string;
  street_code: string;
  order_id: string;
  kind: OutboxKind;
  topic: OutboxTopic;
  payload: Record<string, unknown>;
  status: OutboxStatus;
  round: number;
  attempts: number;
  last_error: string | null;
  last_attempt_at: Date | null;
  next_attempt_at: Date | null;
  claimed_until: Date | null;
  delivered_at: Date | null;
  exported_at: Date | null;
  exported_by: string | null;
  done_at: Date | null;
  done_by: string | null;
  done_note: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface NewOutboxMessage {
  streetCode: string;
  orderId: string;
  kind: OutboxKind;
  topic: OutboxTopic;
  payload: Record<string, unknown>;
  status: 'pending' | 'manual';
  createdBy: string | null;
  at: Date;
}

export function outboxState(row: OutboxRow): OutboxState {
  return {
    kind: row.kind,
    status: row.status,
    claimedUntil: row.claimed_until ? new Date(row.claimed_until) : null,
    updatedAt: new Date(row.updated_at),
    nextAttemptAt: row.next_attempt_at ? new Date(row.next_attempt_at) : null,
  };
}

/** The statuses a delivery may still send from. */
const SENDABLE = `status IN ('pending', 'failed')`;

/** SQL of the outbox; writes inside an action use the action's transaction manager. */
export const OutboxRepository = {
  async insert(m: EntityManager, msg: NewOutboxMessage): Promise<OutboxRow> {
    const [row] = (await m.query(
      `INSERT INTO outbox_message (street_code, order_id, kind, topic, payload, status, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $8) RETURNING *`,
      [msg.streetCode, msg.orderId, msg.kind, msg.topic, JSON.stringify(msg.payload), msg.status, msg.createdBy, msg.at],
    )) as OutboxRow[];
    return row;
  },

  async find(m: EntityManager, id: string, options: { streetCode?: string; lock?: boolean } = {}): Promise<OutboxRow | undefined> {
    const [row] = (await m.query(
      `SELECT * FROM outbox_message WHERE id = $1 AND ($2::varchar IS NULL OR street_code = $2)${options.lock ? ' FOR UPDATE' : ''}`,
      [id, options.streetCode ?? null],
    )) as OutboxRow[];
    return row;
  },

  /**
   * Takes the message for one delivery until `until`, if it may still be sent and nobody else holds it. A second
   * job for the same message (a redelivery, a sweep) finds it taken or settled and sends nothing.
   */
  async claim(m: EntityManager, id: string, now: Date, until: Date): Promise<OutboxRow | undefined> {
    const rows = returnedRows<OutboxRow>(
      await m.query(
        `UPDATE outbox_message SET claimed_until = $3
          WHERE id = $1 AND ${SENDABLE} AND (claimed_until IS NULL OR claimed_until <= $2) RETURNING *`,
        [id, now, until],
      ),
    );
    return rows[0];
  },

  /** Delivered is final: the message went out, whatever a person did with it meanwhile. */
  async markDelivered(m: EntityManager, id: string, now: Date): Promise<void> {
    await m.query(
      `UPDATE outbox_message SET status = 'delivered', delivered_at = $2, attempts = attempts + 1, last_attempt_at = $2,
              last_error = NULL, next_attempt_at = NULL, claimed_until = NULL, updated_at = $2
        WHERE id = $1`,
      [id, now],
    );
  },

  async markFailed(m: EntityManager, id: string, now: Date, error: string, nextAttemptAt: Date | null): Promise<void> {
    await m.query(
      `UPDATE outbox_message SET status = 'failed', attempts = attempts + 1, last_attempt_at = $2, last_error = $3,
              next_attempt_at = $4, claimed_until = NULL, updated_at = $2
        WHERE id = $1 AND ${SENDABLE}`,
      [id, now, error, nextAttemptAt],
    );
  },

  /** No channel is configured (any more): the message waits for a person. */
  async markManual(m: EntityManager, id: string, now: Date): Promise<void> {
    await m.query(
      `UPDATE outbox_message SET status = 'manual', next_attempt_at = NULL, claimed_until = NULL, updated_at = $2
        WHERE id = $1 AND ${SENDABLE}`,
      [id, now],
    );
  },

  /** Back to the queue in a new round (a new job id, since the last round's job may still be kept by the queue). */
  async requeue(m: EntityManager, id: string, fromStatuses: readonly OutboxStatus[], now: Date): Promise<number | null> {
    const rows = returnedRows<{ round: number }>(
      await m.query(
        `UPDATE outbox_message SET status = 'pending', round = round + 1, next_attempt_at = NULL, updated_at = $3
          WHERE id = $1 AND status = ANY($2) RETURNING round`,
        [id, fromStatuses, now],
      ),
    );
    return rows[0]?.round ?? null;
  },

  /** Messages the sweep may have to hand to the queue again. */
  async sweepCandidates(m: EntityManager, configuredKinds: readonly OutboxKind[], limit: number): Promise<OutboxRow[]> {
    return (await m.query(
      `SELECT * FROM outbox_message
        WHERE ${SENDABLE} OR (status = 'manual' AND kind = ANY($1))
        ORDER BY updated_at LIMIT $2`,
      [configuredKinds, limit],
    )) as OutboxRow[];
  },

  async forOrder(m: EntityManager, orderId: string): Promise<OutboxRow[]> {
    return (await m.query('SELECT * FROM outbox_message WHERE order_id = $1 ORDER BY created_at, id', [orderId])) as OutboxRow[];
  },
};
