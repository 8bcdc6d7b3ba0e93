import type { EntityManager } from 'typeorm';
import { CHANNEL_LABELS, ORDER_TYPE_LABELS } from '@app/orders';
import type { Dimension } from '../rollups/rollup-sql.js';

/** Chinese names for a dimension's keys: units and communities from the reference tables, enums from their labels. */
export async function labelsOf(m: EntityManager, streetCode: string, dim: Dimension, keys: readonly string[]): Promise<Map<string, string>> {
  if (dim === 'type') return new Map(keys.map((k) => [k, (ORDER_TYPE_LABELS as Record<string, string>)[k] ?? k]));
  if (dim === 'channel') return new Map(keys.map((k) => [k, (CHANNEL_LABELS as Record<string, string>)[k] ?? k]));
  if (dim === 'all') return new Map(keys.map((k) => [k, '全部']));
  if (dim === 'cat1' || dim === 'cat2' || dim === 'cat3') return new Map(keys.map((k) => [k, k.split('/').join(' › ')]));
  const table = dim === 'unit' ? 'unit' : 'community';
  const ids = keys.filter((k) => /^[0-9a-f-]{36}$/i.test(k));
  const rows = ids.length
    ? ((await m.query(`SELECT id::text AS id, name FROM ${table} WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; name: string }[])
    : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return new Map(keys.map((k) => [k, names.get(k) ?? '（未知）']));
}
