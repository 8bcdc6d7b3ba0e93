import type { EntityManager } from 'typeorm';
import type { DatedRateConfig } from '../domain/rate-config.js';

/** The street's dated scoring settings, oldest first (the default applies before the first). */
export async function loadRateConfigs(m: EntityManager, streetCode: string): Promise<DatedRateConfig[]> {
  const rows = (await m.query(
    `SELECT to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", weight_response, weight_solved, weight_satisfaction,
            basically_weight, period_mode
       FROM stats_rate_config WHERE street_code = $1 ORDER BY effective_from`,
    [streetCode],
  )) as { effectiveFrom: string; weight_response: string; weight_solved: string; weight_satisfaction: string; basically_weight: string; period_mode: 'calendar' | 'nineteenth' }[];
  return rows.map((r) => ({
    effectiveFrom: r.effectiveFrom,
    weights: { response: Number(r.weight_response), resolution: Number(r.weight_solved), satisfaction: Number(r.weight_satisfaction) },
    basicallySatisfiedWeight: Number(r.basically_weight),
    periodMode: r.period_mode,
  }));
}
