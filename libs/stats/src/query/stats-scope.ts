import { CATEGORY_SEPARATOR } from '@app/orders';
import type { Dimension } from '../rollups/rollup-sql.js';

/**
 * What a figure is about: a street, a span of Beijing days, and optional filters. Every query of the layer takes one,
 * so the page, the ledger and the report ask the same question the same way.
 */
export interface StatsFilters {
  communityId?: string;
  unitId?: string;
  type?: string;
  channel?: string;
  /** A category at any level, as its path prefix ('城乡建设' or '城乡建设/物业管理'). */
  category?: string;
}

export interface StatsScope {
  streetCode: string;
  /** First and last Beijing day, both included ('YYYY-MM-DD'). */
  fromDay: string;
  toDay: string;
  filters: StatsFilters;
}

export function categoryDimension(category: string): Dimension {
  const levels = category.split(CATEGORY_SEPARATOR).filter(Boolean).length;
  return levels >= 3 ? 'cat3' : levels === 2 ? 'cat2' : 'cat1';
}

/** The filters as (dimension, key) pairs, the rollups' own terms. */
export function filterKeys(f: StatsFilters): { dim: Dimension; key: string }[] {
  const keys: { dim: Dimension; key: string }[] = [];
  if (f.communityId) keys.push({ dim: 'community', key: f.communityId });
  if (f.unitId) keys.push({ dim: 'unit', key: f.unitId });
  if (f.type) keys.push({ dim: 'type', key: f.type });
  if (f.channel) keys.push({ dim: 'channel', key: f.channel });
  if (f.category) keys.push({ dim: categoryDimension(f.category), key: f.category.split(CATEGORY_SEPARATOR).filter(Boolean).join(CATEGORY_SEPARATOR) });
  return keys;
}
