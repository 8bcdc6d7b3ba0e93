import type { StatsFilters } from './stats-scope.js';

export interface FactFilterOptions {
  /** The fact table's alias in the caller's SQL ('f'), or none. */
  alias?: string;
  /**
   * The unit an order counts for. By default its lead unit; the rollup contributions credit the rates to the unit the
   * callback names instead, and pass their own expression.
   */
  unitExpr?: string;
}

/**
 * The WHERE clauses of the page's filters (community, unit, type, channel, category prefix) over `stats_order_fact`,
 * the one place every query of the layer builds them. Each value is appended to `params` and referred to by its
 * `$n`, so the caller's own placeholders come first.
 */
export function factFilterClauses(f: StatsFilters, params: unknown[], { alias, unitExpr }: FactFilterOptions = {}): string[] {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);
  const p = (v: unknown) => `$${params.push(v)}`;
  const clauses: string[] = [];
  if (f.communityId) clauses.push(`${col('community_id')} = ${p(f.communityId)}::uuid`);
  if (f.unitId) clauses.push(`${unitExpr ?? col('unit_id')} = ${p(f.unitId)}::uuid`);
  if (f.type) clauses.push(`${col('type')} = ${p(f.type)}`);
  if (f.channel) clauses.push(`${col('channel')} = ${p(f.channel)}`);
  if (f.category) {
    // The category itself or any category below it, by whole path segments ('城乡建设' matches '城乡建设/物业管理').
    const path = p(f.category);
    clauses.push(`(${col('category_path')} = ${path} OR ${col('category_path')} LIKE ${path} || '/%')`);
  }
  return clauses;
}
