import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@app/database';
import { CREDITED_UNIT_SQL, type LedgerScope } from './ledger-scope.js';

export interface HungOrder {
  id: string;
  number: string;
  receivedAt: Date;
  categoryPath: string | null;
  communityId: string | null;
  unitId: string | null;
  /** The unit answerable for the plan (the hang's own, else the lead). */
  responsibleUnitId: string | null;
  since: Date;
  plan: string;
  nextProgressAt: Date | null;
  note: string | null;
  status: string;
}

/** An event that ends a hang (DESIGN §3: 挂账 is a flag on 办理中; lifting it or leaving 办理中 ends it). */
const ENDS_HANG = `(x.action = 'unhang' OR (x.from_status = 'dispatched' AND x.to_status <> 'dispatched'))`;

/**
 * Orders hanging (挂账) at the end of the period — from the timeline, so a ledger of a past month shows that month's
 * hangs, not today's: the last `hang` before the period's end with nothing ending it in between. Candidates are the
 * orders hung now and those whose hang ended after the period (only those can have been hung at its end), so the
 * query never scans the street's whole history. Any order of the street counts, whenever it was received: a hang
 * often outlives the month it started in.
 */
@Injectable()
export class LedgerHungSource {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async hungAt(scope: LedgerScope): Promise<HungOrder[]> {
    const end = scope.to < scope.now ? scope.to : scope.now;
    const params: unknown[] = [scope.streetCode, end];
    const unitClause = scope.unitId ? `AND ${CREDITED_UNIT_SQL} = $${params.push(scope.unitId)}::uuid` : '';
    const rows = (await this.dataSource.query(
      `WITH candidate AS (
         SELECT o.id FROM work_order o WHERE o.street_code = $1 AND o.status = 'dispatched' AND o.hang IS NOT NULL
         UNION
         SELECT x.order_id FROM order_event x WHERE x.street_code = $1 AND x.at >= $2 AND ${ENDS_HANG}),
       last_hang AS (
         SELECT c.id AS order_id, h.id AS event_id, h.payload
           FROM candidate c
          CROSS JOIN LATERAL (SELECT e.id, e.payload FROM order_event e WHERE e.order_id = c.id AND e.action = 'hang' AND e.at < $2
                               ORDER BY e.id DESC LIMIT 1) h
          WHERE NOT EXISTS (SELECT 1 FROM order_event x WHERE x.order_id = c.id AND x.id > h.id AND x.at < $2 AND ${ENDS_HANG}))
       SELECT o.id, coalesce(o.upstream_no, o.local_no) AS number, o.received_at, o.category_path, o.community_id,
              ${CREDITED_UNIT_SQL} AS unit_id, o.status,
              coalesce(lh.payload->>'responsibleUnitId', o.lead_unit_id::text) AS responsible_unit_id,
              lh.payload->>'plan' AS plan, lh.payload->>'nextProgressAt' AS next_progress_at, lh.payload->>'note' AS note,
              (SELECT min(e.at) FROM order_event e
                WHERE e.order_id = o.id AND e.action = 'hang' AND e.id <= lh.event_id
                  AND e.id > coalesce((SELECT max(x.id) FROM order_event x WHERE x.order_id = o.id AND x.id < lh.event_id AND ${ENDS_HANG}), 0)) AS since
         FROM last_hang lh JOIN work_order o ON o.id = lh.order_id
        WHERE true ${unitClause}
        ORDER BY lh.payload->>'nextProgressAt', o.received_at`,
      params,
    )) as {
      id: string; number: string | null; received_at: Date; category_path: string | null; community_id: string | null; unit_id: string | null;
      status: string; responsible_unit_id: string | null; plan: string | null; next_progress_at: string | null; note: string | null; since: Date;
    }[];
    return rows.map((r) => ({
      id: r.id,
      number: r.number ?? r.id.slice(0, 8),
      receivedAt: new Date(r.received_at),
      categoryPath: r.category_path,
      communityId: r.community_id,
      unitId: r.unit_id,
      responsibleUnitId: r.responsible_unit_id,
      since: new Date(r.since),
      plan: r.plan ?? '',
      nextProgressAt: r.next_progress_at ? new Date(r.next_progress_at) : null,
      note: r.note,
      status: r.status,
    }));
  }
}
