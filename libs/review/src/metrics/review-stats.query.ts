import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { ValidationError } from '@app/errors';
import { UnitCounters } from '@app/orders';
import { beijingDay, StatsQueries } from '@app/stats';
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
 * Review metrics (first-pass rate per review round, review time per unit and month, from the timeline; rework from
 * the orders' per-unit counters), and the three rates read from the statistics layer (DESIGN §8).
 */
@Injectable()
export class ReviewStats {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly stats: StatsQueries,
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

  /**
   * The three rates of the period's Beijing days, as the statistics layer counts them (DESIGN §8: one source for every
   * rate, with the street's scoring settings) — this endpoint only reads them in the review's terms.
   */
  async rates(actor: SessionActor, q: PeriodQuery) {
    const { from, to } = this.period(q);
    const days = { from: beijingDay(from), to: beijingDay(new Date(to.getTime() - 1)) };
    const { overall, scoring } = await this.stats.rates(actor, { ...days, unitId: q.unitId });
    return { from, to, unitId: q.unitId ?? null, days, scoring, ...overall };
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
