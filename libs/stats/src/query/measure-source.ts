import type { EntityManager } from 'typeorm';
import { dailyContributionsSql, durationContributionsSql, MEASURES, type Dimension } from '../rollups/rollup-sql.js';
import { filterKeys, type StatsScope } from './stats-scope.js';

export type Measures = Record<string, number>;

export interface MeasureRow {
  key: string;
  day: string | null;
  m: Measures;
}

export interface DurationRow {
  key: string;
  clock: string;
  bucket: number;
  n: number;
}

/**
 * Summed measures of a scope, grouped by one dimension's key (and by day when asked). The rollups answer when the
 * filters are at most the grouping dimension itself (or one filter for a time series); anything else is summed from
 * the facts through the very same contribution SQL the rollups are built with — so both paths give equal numbers,
 * the rollups only faster.
 */
export async function sumMeasures(m: EntityManager, scope: StatsScope, by: Dimension, perDay = false): Promise<MeasureRow[]> {
  const plan = planOf(scope, by);
  const sums = MEASURES.map((x) => `sum(${x})::bigint AS ${x}`).join(', ');
  const dayCol = perDay ? `, to_char(day, 'YYYY-MM-DD') AS day` : '';
  const groupDay = perDay ? ', day' : '';
  let rows: Record<string, unknown>[];
  if (plan.kind === 'rollup') {
    rows = (await m.query(
      `SELECT key${dayCol}, ${sums} FROM stats_daily
        WHERE street_code = $1 AND dim = $2 AND day BETWEEN $3 AND $4 ${plan.key !== null ? 'AND key = $5' : ''}
        GROUP BY key${groupDay}`,
      [scope.streetCode, plan.dim, scope.fromDay, scope.toDay, ...(plan.key !== null ? [plan.key] : [])],
    )) as Record<string, unknown>[];
  } else {
    const { where, params } = factWhere(scope, by);
    rows = (await m.query(`SELECT key${dayCol}, ${sums} FROM (${dailyContributionsSql(where, 1, 'stats_order_fact', [by])}) c GROUP BY key${groupDay}`, params)) as Record<string, unknown>[];
  }
  return rows.map((r) => ({
    key: String(r.key),
    day: perDay ? String(r.day) : null,
    m: Object.fromEntries(MEASURES.map((x) => [x, Number(r[x])])),
  }));
}

/** Duration buckets per clock of a scope, grouped like `sumMeasures`. */
export async function sumDurations(m: EntityManager, scope: StatsScope, by: Dimension): Promise<DurationRow[]> {
  const plan = planOf(scope, by);
  let rows: Record<string, unknown>[];
  if (plan.kind === 'rollup') {
    rows = (await m.query(
      `SELECT key, clock, bucket, sum(n)::bigint AS n FROM stats_daily_duration
        WHERE street_code = $1 AND dim = $2 AND day BETWEEN $3 AND $4 ${plan.key !== null ? 'AND key = $5' : ''}
        GROUP BY key, clock, bucket`,
      [scope.streetCode, plan.dim, scope.fromDay, scope.toDay, ...(plan.key !== null ? [plan.key] : [])],
    )) as Record<string, unknown>[];
  } else {
    const { where, params } = factWhere(scope, by, 'c.day');
    rows = (await m.query(`SELECT key, clock, bucket, sum(n)::bigint AS n FROM (${durationContributionsSql(where, 1, 'stats_order_fact', [by])}) x GROUP BY key, clock, bucket`, params)) as Record<string, unknown>[];
  }
  return rows.map((r) => ({ key: String(r.key), clock: String(r.clock), bucket: Number(r.bucket), n: Number(r.n) }));
}

type Plan = { kind: 'rollup'; dim: Dimension; key: string | null } | { kind: 'facts' };

export function planOf(scope: StatsScope, by: Dimension): Plan {
  const filters = filterKeys(scope.filters);
  if (filters.length === 0) return { kind: 'rollup', dim: by, key: null };
  if (filters.length === 1 && filters[0].dim === by) return { kind: 'rollup', dim: by, key: filters[0].key };
  if (filters.length === 1 && by === 'all') return { kind: 'rollup', dim: filters[0].dim, key: filters[0].key };
  return { kind: 'facts' };
}

/** The facts' WHERE for a scope (over the contribution SQL's aliases f, b, d), with its parameters. */
function factWhere(scope: StatsScope, by: Dimension, dayExpr = 'b.day'): { where: string; params: unknown[] } {
  const params: unknown[] = [scope.streetCode, scope.fromDay, scope.toDay, by];
  const p = (v: unknown) => `$${params.push(v)}`;
  const clauses = ['f.street_code = $1', 'f.received_day <= $3', 'f.last_day >= $2', `${dayExpr} BETWEEN $2 AND $3`, 'd.dim = $4'];
  const f = scope.filters;
  if (f.communityId) clauses.push(`f.community_id = ${p(f.communityId)}::uuid`);
  if (f.type) clauses.push(`f.type = ${p(f.type)}`);
  if (f.channel) clauses.push(`f.channel = ${p(f.channel)}`);
  if (f.category) {
    const path = p(f.category);
    clauses.push(`(f.category_path = ${path} OR f.category_path LIKE ${path} || '/%')`);
  }
  // The unit a measure is credited to depends on its basis: the callback's unit for the rates, the lead unit else.
  if (f.unitId) clauses.push(`(CASE WHEN b.basis = 'callback' THEN f.cb_unit_id ELSE f.unit_id END) = ${p(f.unitId)}::uuid`);
  return { where: clauses.join(' AND '), params };
}
