import { FACT_CLOCKS } from '../facts/order-fact.js';

/**
 * How facts add up into the daily rollups (`stats_daily`, `stats_daily_duration`): the one place that says on which
 * day and under which dimension key each measure of an order counts. Volume measures count on the day the order was
 * received; the three rates on the day of the counting callback (credited to the unit the callback names); the
 * first review on its day; each clock on the day it stopped.
 */
export const DIMENSIONS = ['all', 'type', 'channel', 'cat1', 'cat2', 'cat3', 'community', 'unit'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const VOLUME_MEASURES = ['received', 'duplicates', 'unit_returns', 'return_requests', 'urges', 'reworks'] as const;
export const RATE_MEASURES = ['response_base', 'contacted', 'full_base', 'solved', 'satisfied', 'basically'] as const;
export const REVIEW_MEASURES = ['first_reviews', 'first_passed'] as const;
export const CLOCK_MEASURES = FACT_CLOCKS.flatMap((c) => [`${c}_done`, `${c}_late`, `${c}_minutes`]);
export const MEASURES: readonly string[] = [...VOLUME_MEASURES, ...RATE_MEASURES, ...REVIEW_MEASURES, ...CLOCK_MEASURES];

export const BASES: readonly { basis: string; day: string }[] = [
  { basis: 'received', day: 'f.received_day' },
  { basis: 'callback', day: 'f.callback_day' },
  { basis: 'first_review', day: 'f.first_review_day' },
  ...FACT_CLOCKS.map((c) => ({ basis: c, day: `f.${c}_day` })),
];

/** The basis a measure counts on: the day of that basis is the day the measure counts on. */
export function basisOf(measure: string): string {
  if ((VOLUME_MEASURES as readonly string[]).includes(measure)) return 'received';
  if ((RATE_MEASURES as readonly string[]).includes(measure)) return 'callback';
  if ((REVIEW_MEASURES as readonly string[]).includes(measure)) return 'first_review';
  return measure.split('_')[0];
}

/** Each measure's value for one (fact, basis) pair; zero on the other bases. */
function measureExpr(measure: string): string {
  const on = (basis: string, expr: string) => `CASE WHEN b.basis = '${basis}' THEN ${expr} ELSE 0 END`;
  switch (measure) {
    case 'received': return on('received', '1');
    case 'duplicates': return on('received', 'f.duplicate::int');
    case 'unit_returns': return on('received', 'f.unit_returns');
    case 'return_requests': return on('received', 'f.return_requested::int');
    case 'urges': return on('received', 'f.urges');
    case 'reworks': return on('received', 'f.reworks');
    case 'first_reviews': return on('first_review', '1');
    case 'first_passed': return on('first_review', 'f.first_review_passed::int');
  }
  if ((RATE_MEASURES as readonly string[]).includes(measure)) return on('callback', `f.${measure}`);
  const [clock, part] = measure.split('_');
  if (part === 'done') return on(clock, '1');
  if (part === 'late') return on(clock, `f.${clock}_late::int`);
  return on(clock, `f.${clock}_minutes`);
}

const DIMENSION_KEY_EXPRS: Record<Dimension, string> = {
  all: "''",
  type: 'f.type',
  channel: 'f.channel',
  cat1: "nullif(split_part(f.category_path, '/', 1), '')",
  cat2: "CASE WHEN split_part(f.category_path, '/', 2) <> '' THEN split_part(f.category_path, '/', 1) || '/' || split_part(f.category_path, '/', 2) END",
  cat3: 'f.category_path',
  community: 'f.community_id::text',
  // The rates are credited to the unit the callback names; everything else to the order's (last) lead unit.
  unit: "(CASE WHEN b.basis = 'callback' THEN f.cb_unit_id ELSE f.unit_id END)::text",
};

/** The (dimension, key) rows of a fact; only `dims` when a query needs one dimension (the rest would be discarded). */
function dimensionKeys(dims: readonly Dimension[] = DIMENSIONS): string {
  return `(VALUES ${dims.map((d) => `('${d}', ${DIMENSION_KEY_EXPRS[d]})`).join(', ')}) d(dim, key)`;
}

/** The bases `measures` count on, in BASES order. */
export function basesOf(measures: readonly string[]): string[] {
  const used = new Set(measures.map(basisOf));
  return BASES.map((b) => b.basis).filter((b) => used.has(b));
}

function basesValues(measures: readonly string[]): string {
  const used = new Set(basesOf(measures));
  return `(VALUES ${BASES.filter((b) => used.has(b.basis)).map((b) => `('${b.basis}', ${b.day})`).join(', ')}) b(basis, day)`;
}

/**
 * The rollup rows of the facts selected by `where` (over alias f), summed, times `sign` (+1 add, −1 remove).
 * `$n` placeholders in `where` are the caller's. A query that needs only some measures passes them: only their
 * bases are expanded, with the very same expressions.
 */
export function dailyContributionsSql(where: string, sign: 1 | -1, factTable = 'stats_order_fact', dims?: readonly Dimension[], measures: readonly string[] = MEASURES): string {
  return `
    SELECT f.street_code, d.dim, b.day, d.key, ${measures.map((m) => `${sign} * sum(${measureExpr(m)}) AS ${m}`).join(', ')}
      FROM ${factTable} f
     CROSS JOIN LATERAL ${basesValues(measures)}
     CROSS JOIN LATERAL ${dimensionKeys(dims)}
     WHERE (${where}) AND b.day IS NOT NULL AND d.key IS NOT NULL
     GROUP BY f.street_code, d.dim, b.day, d.key`;
}

export function applyDailySql(where: string, sign: 1 | -1): string {
  return `${insertDailySql(where, sign)}
    ON CONFLICT (street_code, dim, day, key) DO UPDATE SET ${MEASURES.map((m) => `${m} = stats_daily.${m} + EXCLUDED.${m}`).join(', ')}`;
}

/**
 * The rollup rows of every fact, inserted into an empty stats_daily (no row to add to: no conflict arbiter). The same
 * rows as `insertDailySql('true', 1)`, summed in one pass: each (fact, basis) row computes its measures once and feeds
 * every dimension's group (GROUPING SETS), where the lateral form made a row per dimension and computed the measures
 * eight times over (issue 14: 50 s of the million-order rebuild).
 */
export function fillDailySql(): string {
  return `
    INSERT INTO stats_daily (street_code, dim, day, key, ${MEASURES.join(', ')})
    SELECT street_code, dim, day, key, ${MEASURES.join(', ')}
      FROM (SELECT street_code, day, ${groupedDimension()}, ${MEASURES.map((m) => `sum(${m}) AS ${m}`).join(', ')}
              FROM (SELECT f.street_code, b.day, ${dimensionColumns()}, ${MEASURES.map((m) => `${measureExpr(m)} AS ${m}`).join(', ')}
                      FROM stats_order_fact f
                     CROSS JOIN LATERAL ${basesValues(MEASURES)}
                     WHERE b.day IS NOT NULL) x
             GROUP BY ${groupingSets('street_code, day')}) g
     WHERE key IS NOT NULL`;
}

/** Each dimension's key as a column of its own (k_<dim>), for GROUPING SETS. */
function dimensionColumns(dims: readonly Dimension[] = DIMENSIONS): string {
  return dims.map((d) => `${DIMENSION_KEY_EXPRS[d]} AS k_${d}`).join(', ');
}

/** One grouping set per dimension: `by` plus that dimension's key column. */
function groupingSets(by: string, dims: readonly Dimension[] = DIMENSIONS): string {
  return `GROUPING SETS (${dims.map((d) => `(${by}, k_${d})`).join(', ')})`;
}

/** The grouping set a grouped row belongs to, as the lateral form's (dim, key). */
function groupedDimension(dims: readonly Dimension[] = DIMENSIONS): string {
  const which = (value: (d: Dimension) => string) => `CASE ${dims.map((d) => `WHEN GROUPING(k_${d}) = 0 THEN ${value(d)}`).join(' ')} END`;
  return `${which((d) => `'${d}'`)} AS dim, ${which((d) => `k_${d}`)} AS key`;
}

function insertDailySql(where: string, sign: 1 | -1): string {
  return `
    INSERT INTO stats_daily (street_code, dim, day, key, ${MEASURES.join(', ')})
    ${dailyContributionsSql(where, sign)}`;
}

/** Duration buckets per clock, on the day the clock stopped. */
export function durationContributionsSql(where: string, sign: 1 | -1, factTable = 'stats_order_fact', dims?: readonly Dimension[]): string {
  const clocks = `(VALUES ${FACT_CLOCKS.map((c) => `('${c}', f.${c}_day, f.${c}_bucket)`).join(', ')}) c(clock, day, bucket)`;
  const b = `(VALUES ('clock', NULL::date)) b(basis, day)`; // DIMENSION_KEYS reads b.basis: not a callback
  return `
    SELECT f.street_code, d.dim, c.day, d.key, c.clock, c.bucket, ${sign} * count(*)::int AS n
      FROM ${factTable} f
     CROSS JOIN LATERAL ${clocks}
     CROSS JOIN LATERAL ${b}
     CROSS JOIN LATERAL ${dimensionKeys(dims)}
     WHERE (${where}) AND c.day IS NOT NULL AND d.key IS NOT NULL
     GROUP BY f.street_code, d.dim, c.day, d.key, c.clock, c.bucket`;
}

export function applyDurationSql(where: string, sign: 1 | -1): string {
  return `${insertDurationSql(where, sign)}
    ON CONFLICT (street_code, dim, day, key, clock, bucket) DO UPDATE SET n = stats_daily_duration.n + EXCLUDED.n`;
}

/**
 * The duration rows of every fact, inserted into an empty stats_daily_duration. (Summed with GROUPING SETS as
 * `fillDailySql` is, it took longer at a million orders, 61 s against 55: its 6.8 million groups make the per-set hash
 * tables, not the per-row expressions, the cost.)
 */
export function fillDurationSql(): string {
  return insertDurationSql('true', 1);
}

function insertDurationSql(where: string, sign: 1 | -1): string {
  return `
    INSERT INTO stats_daily_duration (street_code, dim, day, key, clock, bucket, n)
    ${durationContributionsSql(where, sign)}`;
}
