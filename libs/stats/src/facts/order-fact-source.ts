import type { EntityManager } from 'typeorm';
import type { OrderStatus } from '@app/orders';
import type { Assessment, Satisfaction } from '../domain/three-rates.js';
import { FACT_CLOCK_SOURCE, FACT_CLOCKS, type ClockSource, type FactClock, type OrderFactSource } from './order-fact.js';

/**
 * Reads what the facts are made of in one statement: the order row, its latest callback, its first review verdict,
 * its returns, and the clocks that stopped done — for a batch of orders (`$1`), or for every order with its content
 * (a rebuild). Read-only over the order tables (they are written by libs/orders alone).
 */
const sourceSql = (scope: 'batch' | 'all') => {
  const batch = scope === 'batch';
  return `
  WITH ev AS (
    SELECT e.order_id,
           count(*) FILTER (WHERE e.action = 'unit_return')::int AS unit_returns,
           coalesce(bool_or(e.action = 'request_return'), false) AS return_requested,
           (array_agg(e.at ORDER BY e.id DESC) FILTER (WHERE e.action = 'callback'))[1] AS cb_at,
           (array_agg(e.payload ORDER BY e.id DESC) FILTER (WHERE e.action = 'callback'))[1] AS cb_payload,
           (array_agg(e.at ORDER BY e.id) FILTER (WHERE e.action IN ('approve', 'reject')))[1] AS rv_at,
           (array_agg(e.action ORDER BY e.id) FILTER (WHERE e.action IN ('approve', 'reject')))[1] AS rv_action
      FROM order_event e
     WHERE ${batch ? 'e.order_id = ANY($1::uuid[]) AND' : ''} e.action IN ('unit_return', 'request_return', 'callback', 'approve', 'reject')
     GROUP BY e.order_id),
  ck AS (
    SELECT c.order_id, json_agg(json_build_object('kind', c.kind, 'startedAt', c.started_at, 'stoppedAt', c.stopped_at, 'late', c.late)) AS clocks
      FROM order_clock c
     WHERE ${batch ? 'c.order_id = ANY($1::uuid[]) AND' : ''} c.stopped_at IS NOT NULL AND c.outcome = 'done'
     GROUP BY c.order_id)
  SELECT o.id, o.street_code, o.received_at, o.type, o.channel, o.category_path, o.community_id,
         coalesce(o.lead_unit_id, o.former_unit_ids[cardinality(o.former_unit_ids)]) AS unit_id,
         o.address, o.citizen_phone_hash, o.status, o.overdue, o.overdue_clocks,
         (o.status = 'merged' OR o.duplicate_of_id IS NOT NULL) AS duplicate,
         o.assessment, o.urge_count, o.rework_count,
         coalesce(ev.unit_returns, 0) AS unit_returns, coalesce(ev.return_requested, false) AS return_requested,
         ev.cb_at, ev.cb_payload, ev.rv_at, ev.rv_action, ck.clocks${batch ? '' : ', o.content'}
    FROM work_order o
    LEFT JOIN ev ON ev.order_id = o.id
    LEFT JOIN ck ON ck.order_id = o.id
   ${batch ? 'WHERE o.id = ANY($1::uuid[])' : 'ORDER BY o.id'}`;
};
const SOURCE_SQL = sourceSql('batch');

interface SourceRow {
  id: string;
  street_code: string;
  received_at: Date;
  type: string;
  channel: string;
  category_path: string | null;
  community_id: string | null;
  unit_id: string | null;
  address: string;
  citizen_phone_hash: string | null;
  status: OrderStatus;
  overdue: boolean;
  overdue_clocks: string[];
  duplicate: boolean;
  assessment: Assessment;
  urge_count: number;
  rework_count: number;
  unit_returns: number;
  return_requested: boolean;
  cb_at: Date | null;
  cb_payload: Record<string, unknown> | null;
  rv_at: Date | null;
  rv_action: string | null;
  clocks: { kind: string; startedAt: string; stoppedAt: string; late: boolean | null }[] | null;
  /** Read by a rebuild only (its words are segmented from it). */
  content?: string;
}

const BY_SOURCE_KIND = new Map(FACT_CLOCKS.map((c) => [FACT_CLOCK_SOURCE[c], c]));

export async function loadFactSources(m: EntityManager, orderIds: readonly string[]): Promise<OrderFactSource[]> {
  if (orderIds.length === 0) return [];
  const rows = (await m.query(SOURCE_SQL, [orderIds])) as SourceRow[];
  return rows.map(sourceOf);
}

/** An order's fact source with the content its words come from. */
export interface OrderSourceWithContent {
  source: OrderFactSource;
  content: string;
}

/**
 * Every order's fact source and content, in id order and `batch` at a time, from one statement read through a
 * cursor (in the caller's transaction). Reading a batch of ids at a time instead made each batch scan the order,
 * event and clock tables whole once the batch was a few percent of them (2.5 % of 200,000 orders: 515 ms a batch),
 * so a rebuild grew with the square of the orders; one pass aggregates each table once.
 */
export async function* allFactSources(m: EntityManager, batch: number): AsyncGenerator<OrderSourceWithContent[]> {
  // A cursor is planned for its first rows by default (a tenth): this one is read to the end.
  await m.query('SET LOCAL cursor_tuple_fraction = 1');
  await m.query(`DECLARE stats_fact_sources NO SCROLL CURSOR FOR ${sourceSql('all')}`);
  try {
    for (;;) {
      const rows = (await m.query(`FETCH ${batch} FROM stats_fact_sources`)) as SourceRow[];
      if (rows.length === 0) return;
      yield rows.map((r) => ({ source: sourceOf(r), content: r.content ?? '' }));
    }
  } finally {
    await m.query('CLOSE stats_fact_sources');
  }
}

function sourceOf(r: SourceRow): OrderFactSource {
  const p = r.cb_payload;
  const clocks: Partial<Record<FactClock, ClockSource>> = {};
  for (const c of r.clocks ?? []) {
    const kind = BY_SOURCE_KIND.get(c.kind);
    if (kind) clocks[kind] = { startedAt: new Date(c.startedAt), stoppedAt: new Date(c.stoppedAt), late: c.late === true };
  }
  return {
    id: r.id,
    streetCode: r.street_code,
    receivedAt: new Date(r.received_at),
    type: r.type,
    channel: r.channel,
    categoryPath: r.category_path,
    communityId: r.community_id,
    unitId: r.unit_id,
    address: r.address,
    phoneHash: r.citizen_phone_hash?.trim() ?? null,
    status: r.status,
    overdue: r.overdue,
    overdueClocks: r.overdue_clocks ?? [],
    duplicate: r.duplicate,
    assessment: r.assessment,
    urges: r.urge_count,
    reworks: r.rework_count,
    unitReturns: r.unit_returns,
    returnRequested: r.return_requested,
    callback:
      r.cb_at && p
        ? {
            at: new Date(r.cb_at),
            unitId: typeof p.unitId === 'string' ? p.unitId : null,
            valid: p.valid === true,
            contacted: p.contacted === true,
            solved: typeof p.solved === 'boolean' ? p.solved : null,
            satisfaction: (p.satisfaction as Satisfaction | undefined) ?? null,
          }
        : null,
    firstReview: r.rv_at ? { at: new Date(r.rv_at), passed: r.rv_action === 'approve' } : null,
    clocks,
  };
}
