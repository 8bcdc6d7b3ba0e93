import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { dataScopeOf } from '@app/access';
import type { SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { OrderQueries, type FreeTextOwner } from '@app/orders';

export const HungOrdersQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  progressOverdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type HungOrdersQuery = z.infer<typeof HungOrdersQuery>;

type HungRow = Record<string, unknown> & FreeTextOwner;

/**
 * 挂账 list (DESIGN §3): every hung order with its plan, responsible unit, next progress date and latest note,
 * soonest progress date first; `progressOverdue` marks those whose date has passed. Units see their own orders.
 */
@Injectable()
export class HungOrders {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly orders: OrderQueries,
  ) {}

  async list(actor: SessionActor, q: HungOrdersQuery) {
    // Hung means the hang is an object: a jsonb `null` (written by older demo seeds) is not NULL to SQL.
    // $2 (now) is typed in the clause itself: a count that did not use it would leave its type unknown.
    const params: unknown[] = [actor.streetCode, this.clock.now()];
    const where = [`o.street_code = $1`, `o.hang IS NOT NULL`, `jsonb_typeof(o.hang) = 'object'`, `o.status = 'dispatched'`, `$2::timestamptz IS NOT NULL`];
    const scope = dataScopeOf(actor);
    if (scope.kind === 'none') where.push('false');
    if (scope.kind === 'unit') {
      params.push(scope.unitId);
      const u = `$${params.length}`;
      where.push(`(o.lead_unit_id = ${u} OR ${u} = ANY(o.co_unit_ids) OR o.hang->>'responsibleUnitId' = ${u}::text)`);
    }
    if (q.progressOverdue !== undefined) where.push(`((o.hang->>'nextProgressAt')::timestamptz <= $2) = ${q.progressOverdue ? 'true' : 'false'}`);
    const clause = where.join(' AND ');
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM work_order o WHERE ${clause}`, params)) as { total: number }[];
    const items = await this.dataSource.query(
      `SELECT o.id, o.upstream_no AS "upstreamNo", o.category_path AS category, o.address, o.lead_unit_id AS "leadUnitId", lu.name AS "leadUnitName",
              o.hang->>'plan' AS plan, o.hang->>'note' AS note, (o.hang->>'since')::timestamptz AS since,
              (o.hang->>'nextProgressAt')::timestamptz AS "nextProgressAt", o.hang->>'responsibleUnitId' AS "responsibleUnitId",
              ru.name AS "responsibleUnitName", (o.hang->>'nextProgressAt')::timestamptz <= $2 AS "progressOverdue",
              (SELECT max(a.raised_at) FROM hang_progress_alarm a WHERE a.order_id = o.id) AS "lastAlarmAt", o.version,
              o.lead_unit_id, o.co_unit_ids, o.citizen_name_enc, o.citizen_phone_enc
         FROM work_order o
         LEFT JOIN unit lu ON lu.id = o.lead_unit_id
         LEFT JOIN unit ru ON ru.id::text = o.hang->>'responsibleUnitId'
        WHERE ${clause}
        ORDER BY (o.hang->>'nextProgressAt')::timestamptz, o.id
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    );
    // A plan or progress note can spell the caller's name or number: shown as the order's own detail shows its free
    // text to this reader, the caller's name included (a bare mask of numbers let a leader read the name).
    const shown = (items as HungRow[]).map(({ lead_unit_id, co_unit_ids, citizen_name_enc, citizen_phone_enc, ...item }) =>
      this.orders.freeTextFor(actor, { lead_unit_id, co_unit_ids, citizen_name_enc, citizen_phone_enc })(item),
    );
    return { items: shown, total, page: q.page, pageSize: q.pageSize };
  }
}
