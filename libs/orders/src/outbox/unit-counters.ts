import type { EntityManager } from 'typeorm';
import { shanghaiDateOf } from '@app/calendar';

/**
 * Rework (reject, reopen — DESIGN §3) and urges per order, unit and business day: the one place statistics read
 * them from. The order's own totals (`rework_count`, `urge_count`) are written by the action's changes; these
 * rows say which unit they count against. A null unit is the desk itself (a reply it answered).
 */
export const UnitCounters = {
  async add(m: EntityManager, c: { orderId: string; unitId: string | null; streetCode: string; at: Date; rework?: number; urge?: number }): Promise<void> {
    await m.query(
      `INSERT INTO order_unit_counter (order_id, unit_id, day, street_code, rework_count, urge_count)
       VALUES ($1, $2, $3::date, $4, $5, $6)
       ON CONFLICT (order_id, unit_id, day) DO UPDATE
         SET rework_count = order_unit_counter.rework_count + EXCLUDED.rework_count,
             urge_count = order_unit_counter.urge_count + EXCLUDED.urge_count`,
      [c.orderId, c.unitId, shanghaiDateOf(c.at), c.streetCode, c.rework ?? 0, c.urge ?? 0],
    );
  },

  /**
   * Rework per unit and business month ('YYYY-MM', Asia/Shanghai) over the business days that [from, to) touches.
   * Counters are kept per day, so a period is counted by whole days.
   */
  async reworkPerUnitMonth(
    m: EntityManager,
    streetCode: string,
    period: { from: Date; to: Date; unitId?: string },
  ): Promise<{ unitId: string | null; month: string; reworkCount: number }[]> {
    return (await m.query(
      `SELECT unit_id AS "unitId", to_char(day, 'YYYY-MM') AS month, sum(rework_count)::int AS "reworkCount"
         FROM order_unit_counter
        WHERE street_code = $1 AND day BETWEEN $2::date AND $3::date AND rework_count > 0
          AND ($4::uuid IS NULL OR unit_id = $4)
        GROUP BY 1, 2 ORDER BY 2, 1`,
      [streetCode, shanghaiDateOf(period.from), shanghaiDateOf(new Date(period.to.getTime() - 1)), period.unitId ?? null],
    )) as { unitId: string | null; month: string; reworkCount: number }[];
  },
};
