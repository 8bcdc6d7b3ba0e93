import type { EntityManager } from 'typeorm';

/** Names the sheets print for ids: the street, its communities and units (small reference tables, read once). */
export interface LedgerRefs {
  streetName: string;
  communities: Map<string, string>;
  units: Map<string, string>;
}

export async function loadRefs(m: EntityManager, streetCode: string): Promise<LedgerRefs> {
  const [street] = (await m.query('SELECT name FROM street WHERE code = $1', [streetCode])) as { name: string }[];
  const communities = (await m.query('SELECT id::text AS id, name FROM community WHERE street_code = $1', [streetCode])) as { id: string; name: string }[];
  const units = (await m.query('SELECT id::text AS id, name FROM unit WHERE street_code = $1', [streetCode])) as { id: string; name: string }[];
  return {
    streetName: street?.name ?? streetCode,
    communities: new Map(communities.map((c) => [c.id, c.name])),
    units: new Map(units.map((u) => [u.id, u.name])),
  };
}

export const nameIn = (names: Map<string, string>, id: string | null | undefined): string => (id ? (names.get(id) ?? '（未知）') : '');
