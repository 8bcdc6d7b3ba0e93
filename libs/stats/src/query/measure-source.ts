import type { EntityManager } from 'typeorm';
import { basesOf, dailyContributionsSql, durationContributionsSql, MEASURES, RATE_MEASURES, type Dimension } from '../rollups/rollup-sql.js';
import { factFilterClauses } from './fact-filters.js';
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
 * the rollups only faster. A caller that needs only some measures names them (the others read 0): the facts path then
 * reads only the facts whose days of those measures fall in the period.
 */
export async function sumMeasures(m: EntityManager, scope: StatsScope, by: Dimension, perDay = false, measures: readonly string[] = MEASURES): Promise<MeasureRow[]> {
  const plan = planOf(scope, by);
  const sums = measures.map((x) => `sum(${x})::bigint AS ${x}`).join(', ');
  const dayCol = perDay ? `, to_char(day, 'YYYY-MM-DD') AS day` : '';
  const groupDay = perDay ? ', day' : '';
  let rows: Record<string, unknown>[];
  if (plan.kind === 'rollup') {
    rows = (await m.query(
      `SELECT key${dayCol}, ${sums} FROM stats_daily
        WHERE street_code = $1 AND dim = $2 AND day BETWEEN $3 AND $4 ${rollupKeyClause(plan)}
        GROUP BY key${groupDay}`,
      [scope.streetCode, plan.dim, scope.fromDay, scope.toDay, ...(plan.key !== null ? [plan.key] : [])],
    )) as Record<string, unknown>[];
  } else {
    const { where, params } = factWhere(scope, by, 'b.day', basesOf(measures));
    rows = (await m.query(`SELECT key${dayCol}, ${sums} FROM (${dailyContributionsSql(where, 1, 'stats_order_fact', [by], measures)}) c GROUP BY key${groupDay}`, params)) as Record<string, unknown>[];
  }
  const summed = new Set(measures);
  return rows.map((r) => ({
    key: String(r.key),
    day: perDay ? String(r.day) : null,
    m: Object.fromEntries(MEASURES.map((x) => [x, summed.has(x) ? Number(r[x]) : 0])),
  }));
}

/** Duration buckets per clock of a scope, grouped like `sumMeasures`. */
export async function sumDurations(m: EntityManager, scope: StatsScope, by: Dimension): Promise<DurationRow[]> {
  const plan = planOf(scope, by);
  let rows: Record<string, unknown>[];
  if (plan.kind === 'rollup') {
    rows = (await m.query(
      `SELECT key, clock, bucket, sum(n)::bigint AS n FROM stats_daily_duration
        WHERE street_code = $1 AND dim = $2 AND day BETWEEN $3 AND $4 ${rollupKeyClause(plan)}
        GROUP BY key, clock, bucket`,
      [scope.streetCode, plan.dim, scope.fromDay, scope.toDay, ...(plan.key !== null ? [plan.key] : [])],
    )) as Record<string, unknown>[];
  } else {
    const { where, params } = factWhere(scope, by, 'c.day');
    rows = (await m.query(`SELECT key, clock, bucket, sum(n)::bigint AS n FROM (${durationContributionsSql(where, 1, 'stats_order_fact', [by])}) x GROUP BY key, clock, bucket`, params)) as Record<string, unknown>[];
  }
  return rows.map((r) => ({ key: String(r.key), clock: String(r.clock), bucket: Number(r.bucket), n: Number(r.n) }));
}

type Plan = { kind: 'rollup'; dim: Dimension; key: string | null; keyPrefix?: boolean } | { kind: 'facts' };

const CATEGORY_LEVELS: readonly Dimension[] = ['cat1', 'cat2', 'cat3'];

export function planOf(scope: StatsScope, by: Dimension): Plan {
  const filters = filterKeys(scope.filters);
  if (filters.length === 0) return { kind: 'rollup', dim: by, key: null };
  if (filters.length === 1 && filters[0].dim === by) return { kind: 'rollup', dim: by, key: filters[0].key };
  if (filters.length === 1 && by === 'all') return { kind: 'rollup', dim: filters[0].dim, key: filters[0].key };
  // A category and the finer levels below it (the 分类 drill-down): the finer level's keys start with its path.
  if (filters.length === 1 && CATEGORY_LEVELS.indexOf(filters[0].dim) >= 0 && CATEGORY_LEVELS.indexOf(by) > CATEGORY_LEVELS.indexOf(filters[0].dim)) {
    return { kind: 'rollup', dim: by, key: filters[0].key, keyPrefix: true };
  }
  return { kind: 'facts' };
}

/** The rollups' key condition of a plan, on parameter $5. */
function rollupKeyClause(plan: Extract<Plan, { kind: 'rollup' }>): string {
  if (plan.key === null) return '';
  return plan.keyPrefix ? `AND left(key, length($5) + 1) = $5 || '/'` : 'AND key = $5';
}

/** The counts of the volumes and of the three rates: all most figures need (no clocks, no reviews). */
export const VOLUME_AND_RATE_MEASURES: readonly string[] = ['received', ...RATE_MEASURES];

/** Bases whose day has an index of its own (migration StatsFilterIndexes): a fact is found by that day directly. */
const INDEXED_BASES: Readonly<Record<string, { day: string; unit: string }>> = {
  received: { day: 'f.received_day', unit: 'f.unit_id' },
  callback: { day: 'f.callback_day', unit: 'f.cb_unit_id' },
};

/**
 * The facts' WHERE for a scope (over the contribution SQL's aliases f, b, d), with its parameters. Which facts: when
 * every basis asked for has an indexed day, those whose day of a basis falls in the period, each basis with its own
 * filters (so an index on (street, filter, day) finds them); else those whose days overlap the period at all. Then,
 * per (fact, basis) row, exactly the rows of the period and the filters.
 */
function factWhere(scope: StatsScope, by: Dimension, dayExpr = 'b.day', bases: readonly string[] = []): { where: string; params: unknown[] } {
  const params: unknown[] = [scope.streetCode, scope.fromDay, scope.toDay, by];
  let facts = ['f.received_day <= $3', 'f.last_day >= $2'];
  if (bases.length > 0 && bases.every((b) => b in INDEXED_BASES)) {
    const arms = bases.map((b) => {
      const { day, unit } = INDEXED_BASES[b];
      return ['f.street_code = $1', `${day} BETWEEN $2 AND $3`, ...factFilterClauses(scope.filters, params, { alias: 'f', unitExpr: unit })].join(' AND ');
    });
    facts = [`(${arms.map((a) => `(${a})`).join(' OR ')})`];
  }
  const clauses = [
    'f.street_code = $1', ...facts, `${dayExpr} BETWEEN $2 AND $3`, 'd.dim = $4',
    // The unit a measure is credited to depends on its basis: the callback's unit for the rates, the lead unit else.
    ...factFilterClauses(scope.filters, params, { alias: 'f', unitExpr: "(CASE WHEN b.basis = 'callback' THEN f.cb_unit_id ELSE f.unit_id END)" }),
  ];
  return { where: clauses.join(' AND '), params };
}
