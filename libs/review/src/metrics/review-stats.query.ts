import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { ValidationError } from '@app/errors';
import { UnitCounters, type AssessmentScope, type Satisfaction } from '@app/orders';
import { addRateCounts, DEFAULT_RATE_CONFIG, NO_RATE_COUNTS, rateCountsOf, threeRates } from '@app/stats';
import { reviewMetrics } from '../domain/index.js';
import { loadRounds } from '../queue/order-rounds.js';

export const PeriodQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  unitId: z.uuid().optional(),
});
export type PeriodQuery = z.infer<typeof PeriodQuery>;

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * Review metrics (first-pass rate, review time per unit and month, from the timeline; rework from the orders'
 * per-unit counters) and the three rates, computed by the pure functions of `domain/` so every screen that shows
 * them agrees (DESIGN §8).
 */
@Injectable()
export class ReviewStats {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async metrics(actor: SessionActor, q: PeriodQuery) {
    const { from, to } = this.period(q);
    const ids = (await this.dataSource.query(
      `SELECT DISTINCT order_id AS id FROM order_event WHERE street_code = $1 AND action IN ('approve', 'reject') AND at >= $2 AND at < $3`,
      [actor.streetCode, from, to],
    )) as { id: string }[];
    const rounds = await loadRounds(this.dataSource.manager, ids.map((r) => r.id));
    const reviews = [...rounds.values()]
      .flat()
      .flatMap((r) => r.reviews)
      .filter((r) => r.reviewedAt >= from && r.reviewedAt < to && (!q.unitId || r.unitId === q.unitId));
    // Rework per unit from the counters the actions keep (reject and reopen), not recounted from the timeline.
    const rework = await UnitCounters.reworkPerUnitMonth(this.dataSource.manager, actor.streetCode, { from, to, unitId: q.unitId });
    return { from, to, items: reviewMetrics(reviews, rework) };
  }

  /** Over each order's latest callback recorded in the period, with the order's assessment scope as it is now. */
  async rates(actor: SessionActor, q: PeriodQuery) {
    const { from, to } = this.period(q);
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (e.order_id) e.order_id AS "orderId", e.payload, o.assessment, coalesce(e.payload->>'unitId', o.lead_unit_id::text) AS "unitId"
         FROM order_event e JOIN work_order o ON o.id = e.order_id
        WHERE e.street_code = $1 AND e.action = 'callback' AND e.at >= $2 AND e.at < $3
        ORDER BY e.order_id, e.id DESC`,
      [actor.streetCode, from, to],
    )) as { orderId: string; payload: Record<string, unknown>; assessment: AssessmentScope; unitId: string | null }[];
    const mine = rows.filter((r) => !q.unitId || r.unitId === q.unitId);
    const counts = mine
      .map((r) =>
        rateCountsOf(r.assessment, {
          valid: r.payload.valid === true,
          contacted: r.payload.contacted === true,
          solved: r.payload.solved === true,
          satisfaction: (r.payload.satisfaction as Satisfaction | undefined) ?? null,
        }),
      )
      .reduce(addRateCounts, NO_RATE_COUNTS);
    const excluded = mine.filter((r) => r.assessment === 'excluded').length;
    const rates = { volume: mine.length, excluded, ...threeRates(counts, DEFAULT_RATE_CONFIG) };
    return { from, to, unitId: q.unitId ?? null, ...rates };
  }

  /** Defaults to the current calendar month in Beijing time. */
  private period(q: PeriodQuery): { from: Date; to: Date } {
    const local = new Date(this.clock.now().getTime() + SHANGHAI_OFFSET_MS);
    const monthStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - SHANGHAI_OFFSET_MS;
    const nextMonth = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - SHANGHAI_OFFSET_MS;
    const from = q.from ? new Date(q.from) : new Date(monthStart);
    const to = q.to ? new Date(q.to) : new Date(nextMonth);
    if (from >= to) throw new ValidationError([{ field: 'to', message: '结束时间须晚于开始时间' }]);
    return { from, to };
  }
}
