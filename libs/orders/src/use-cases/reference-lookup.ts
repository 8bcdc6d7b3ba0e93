import type { EntityManager } from 'typeorm';
import type { UnitKind } from '../domain/index.js';
import type { NameMaps } from './order-views.js';

/** Street reference data the order use cases read (units, communities, categories, the Art. 17 duty list). */
export const ReferenceLookup = {
  async names(m: EntityManager, streetCode: string): Promise<NameMaps> {
    const communities = (await m.query('SELECT id, name FROM community WHERE street_code = $1', [streetCode])) as { id: string; name: string }[];
    const units = (await m.query('SELECT id, name FROM unit WHERE street_code = $1', [streetCode])) as { id: string; name: string }[];
    return { communities: new Map(communities.map((c) => [c.id, c.name])), units: new Map(units.map((u) => [u.id, u.name])) };
  },

  async units(m: EntityManager, streetCode: string, ids: string[]): Promise<Map<string, { id: string; kind: UnitKind; active: boolean }>> {
    if (ids.length === 0) return new Map();
    const rows = (await m.query('SELECT id, kind, active FROM unit WHERE street_code = $1 AND id = ANY($2::uuid[])', [streetCode, ids])) as {
      id: string;
      kind: UnitKind;
      active: boolean;
    }[];
    return new Map(rows.map((r) => [r.id, r]));
  },

  async communityDutyCategories(m: EntityManager, streetCode: string): Promise<string[]> {
    const rows = (await m.query('SELECT category_prefix FROM community_duty_category WHERE street_code = $1', [streetCode])) as { category_prefix: string }[];
    return rows.map((r) => r.category_prefix);
  },

  async categoryExists(m: EntityManager, streetCode: string, path: string): Promise<boolean> {
    const [row] = (await m.query('SELECT 1 FROM category WHERE street_code = $1 AND path = $2 AND active', [streetCode, path])) as unknown[];
    return Boolean(row);
  },

  async communityExists(m: EntityManager, streetCode: string, id: string): Promise<boolean> {
    const [row] = (await m.query('SELECT 1 FROM community WHERE street_code = $1 AND id = $2', [streetCode, id])) as unknown[];
    return Boolean(row);
  },

  /** Which of the paths are active categories of the street: `categoryExists` for a whole import batch. */
  async existingCategories(m: EntityManager, streetCode: string, paths: string[]): Promise<Set<string>> {
    if (!paths.length) return new Set();
    const rows = (await m.query('SELECT path FROM category WHERE street_code = $1 AND path = ANY($2::text[]) AND active', [streetCode, paths])) as { path: string }[];
    return new Set(rows.map((r) => r.path));
  },

  /** Which of the ids are communities of the street: `communityExists` for a whole import batch. */
  async existingCommunities(m: EntityManager, streetCode: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = (await m.query('SELECT id FROM community WHERE street_code = $1 AND id = ANY($2::uuid[])', [streetCode, ids])) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  },

  /**
   * The community whose gazetteer has the longest entry contained in the address (黑窑厂街12号院 → 黑窑厂社区).
   * Longest wins so that 南华东街 is not mistaken for a shorter entry it contains.
   */
  async communityByAddress(m: EntityManager, streetCode: string, address: string): Promise<string | null> {
    const rows = (await m.query('SELECT id, gazetteer FROM community WHERE street_code = $1 AND active', [streetCode])) as { id: string; gazetteer: string[] }[];
    const normalised = address.normalize('NFKC').replace(/\s+/g, '');
    let best: { id: string; length: number } | null = null;
    for (const row of rows) {
      for (const entry of row.gazetteer) {
        if (normalised.includes(entry) && (!best || entry.length > best.length)) best = { id: row.id, length: entry.length };
      }
    }
    return best?.id ?? null;
  },
};
