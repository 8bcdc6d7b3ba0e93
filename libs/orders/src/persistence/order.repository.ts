import type { EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';
import { ConflictError } from '@app/errors';
import type { OrderChanges } from '../domain/index.js';
import { CHANGE_COLUMNS, type OrderRow } from './order-row.js';

/** SQL for orders and their timeline; always called with the transaction's manager. */
export const OrderRepository = {
  async find(m: EntityManager, streetCode: string, id: string, lock = false): Promise<OrderRow | undefined> {
    const sql = `SELECT * FROM work_order WHERE id = $1 AND street_code = $2${lock ? ' FOR UPDATE' : ''}`;
    const [row] = (await m.query(sql, [id, streetCode])) as OrderRow[];
    return row;
  },

  /**
   * Writes a decision's changes if, and only if, the order is still at `expectedVersion`. Two supervisors acting at
   * once both pass the rules on the same version; the second UPDATE then matches no row and gets 409.
   */
  async applyChanges(
    m: EntityManager,
    id: string,
    expectedVersion: number,
    changes: OrderChanges,
    extra: Record<string, unknown>,
    now: Date,
  ): Promise<OrderRow> {
    const sets: string[] = [];
    const params: unknown[] = [id, expectedVersion, now];
    const set = (column: string, value: unknown, cast = '') => {
      params.push(value);
      sets.push(`${column} = $${params.length}${cast}`);
    };
    for (const [field, value] of Object.entries(changes)) {
      const spec = CHANGE_COLUMNS[field];
      if (!spec) throw new Error(`no column for order change "${field}"`);
      if (spec.json) set(spec.column, value === null ? null : JSON.stringify(value), '::jsonb');
      else if (spec.array) set(spec.column, value, '::uuid[]');
      else set(spec.column, value);
    }
    for (const [column, value] of Object.entries(extra)) {
      if (column === 'reply') set(column, value === null ? null : JSON.stringify(value), '::jsonb');
      else set(column, value);
    }
    const rows = returnedRows<OrderRow>(
      await m.query(
        `UPDATE work_order SET ${[...sets, 'updated_at = $3', 'version = version + 1'].join(', ')}
          WHERE id = $1 AND version = $2 RETURNING *`,
        params,
      ),
    );
    if (rows.length === 0) throw versionConflict(id, expectedVersion);
    return rows[0];
  },

  async appendEvent(m: EntityManager, streetCode: string, event: TimelineRecord): Promise<number> {
    const [row] = (await m.query(
      `INSERT INTO order_event (order_id, street_code, action, actor_id, actor_role, actor_unit_id, at, from_status, to_status, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb) RETURNING id`,
      [
        event.orderId, streetCode, event.action, event.actorId, event.actorRole, event.actorUnitId, event.at,
        event.fromStatus, event.toStatus, JSON.stringify(event.payload ?? {}),
      ],
    )) as { id: number }[];
    return Number(row.id);
  },

  /** Many timeline entries in one statement (an import batch's `create` entries), ids in the order given. */
  async appendEvents(m: EntityManager, streetCode: string, events: readonly TimelineRecord[]): Promise<void> {
    if (!events.length) return;
    await m.query(
      `INSERT INTO order_event (order_id, street_code, action, actor_id, actor_role, actor_unit_id, at, from_status, to_status, payload)
       SELECT order_id, $1, action, actor_id, actor_role, actor_unit_id, at, from_status, to_status, payload
         FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::uuid[], $7::timestamptz[], $8::text[], $9::text[], $10::jsonb[])
              WITH ORDINALITY AS e(order_id, action, actor_id, actor_role, actor_unit_id, at, from_status, to_status, payload, n)
        ORDER BY n`,
      [
        streetCode, ...(['orderId', 'action', 'actorId', 'actorRole', 'actorUnitId', 'at', 'fromStatus', 'toStatus'] as const).map((k) => events.map((e) => e[k])),
        events.map((e) => JSON.stringify(e.payload ?? {})),
      ],
    );
  },

  async timeline(m: EntityManager, orderId: string): Promise<Record<string, unknown>[]> {
    return (await m.query(
      `SELECT e.id, e.action, e.actor_id AS "actorId", u.display_name AS "actorName", e.actor_role AS "actorRole",
              e.actor_unit_id AS "actorUnitId", e.at, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.payload
         FROM order_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.order_id = $1 ORDER BY e.id`,
      [orderId],
    )) as Record<string, unknown>[];
  },
};

/** One timeline row: a lifecycle action (the domain's event), or a system fact such as intake or 超期. */
export interface TimelineRecord {
  orderId: string;
  action: string;
  actorId: string | null;
  actorRole: string;
  actorUnitId: string | null;
  at: Date;
  fromStatus: string | null;
  toStatus: string;
  payload: Readonly<Record<string, unknown>>;
}

export function versionConflict(id: string, expected: number): ConflictError {
  return new ConflictError('ORDER_VERSION_CONFLICT', '工单已被他人修改，请刷新后重试', { orderId: id, expectedVersion: expected });
}
