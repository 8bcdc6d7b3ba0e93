import type { EntityManager } from 'typeorm';
import type { IntakeReference } from './classifier.js';

/** The street's reference data for classification, read with the caller's manager (inside its transaction). */
export async function loadIntakeReference(m: EntityManager, streetCode: string): Promise<IntakeReference> {
  const communities = (await m.query('SELECT id, name, gazetteer FROM community WHERE street_code = $1 AND active ORDER BY code', [streetCode])) as {
    id: string; name: string; gazetteer: string[];
  }[];
  const categories = (await m.query('SELECT path FROM category WHERE street_code = $1 AND active ORDER BY position', [streetCode])) as { path: string }[];
  const keywordRules = (await m.query('SELECT category_path, keywords FROM keyword_rule WHERE street_code = $1 ORDER BY position', [streetCode])) as {
    category_path: string; keywords: string[];
  }[];
  const routing = (await m.query(
    `SELECT r.category_prefix, r.unit_code, r.co_unit_codes, r.community_id, c.name AS community_name, r.priority
       FROM routing_rule r LEFT JOIN community c ON c.id = r.community_id
      WHERE r.street_code = $1 ORDER BY r.category_prefix, r.id`,
    [streetCode],
  )) as { category_prefix: string; unit_code: string; co_unit_codes: string[]; community_id: string | null; community_name: string | null; priority: number }[];
  const units = (await m.query('SELECT id, code, name, kind, community_id FROM unit WHERE street_code = $1 AND active', [streetCode])) as {
    id: string; code: string; name: string; kind: string; community_id: string | null;
  }[];
  return {
    communities,
    categoryPaths: categories.map((c) => c.path),
    keywordRules: keywordRules.map((k) => ({ category: k.category_path, keywords: k.keywords })),
    routing: routing.map((r) => ({
      categoryPrefix: r.category_prefix, unitCode: r.unit_code, coUnitCodes: r.co_unit_codes ?? [],
      communityId: r.community_id, communityName: r.community_name, priority: r.priority,
    })),
    units: units.map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind, communityId: u.community_id })),
  };
}
