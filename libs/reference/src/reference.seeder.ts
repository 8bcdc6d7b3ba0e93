import type { EntityManager } from 'typeorm';
import { flattenCategories, type ReferenceData } from './reference-data.js';
import { DEFAULT_STOP_WORDS } from './words/default-stop-words.js';

/**
 * Loads the street's reference data (communities with their gazetteer, units, categories, routing, duty list,
 * keyword rules, the statistics' stop words, screening words, contract). Idempotent: rows are upserted by their natural keys, so a restart or
 * a second api process changes nothing; an admin's later edits to names are overwritten only by re-seeding.
 */
export async function seedReferenceData(m: EntityManager, data: ReferenceData): Promise<Record<string, number>> {
  const street = data.street.code;
  await m.query(
    `INSERT INTO street (code, name, district, city, short_code) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, district = EXCLUDED.district, city = EXCLUDED.city, short_code = EXCLUDED.short_code`,
    [street, data.street.name, data.street.district, data.street.city, data.street.shortCode ?? null],
  );
  for (const c of data.communities) {
    await m.query(
      `INSERT INTO community (street_code, code, name, gazetteer) VALUES ($1, $2, $3, $4)
       ON CONFLICT (street_code, code) DO UPDATE SET name = EXCLUDED.name, gazetteer = EXCLUDED.gazetteer`,
      [street, c.code, c.name, c.gazetteer],
    );
  }
  for (const u of data.units) {
    await m.query(
      `INSERT INTO unit (street_code, code, name, kind, community_id)
       VALUES ($1, $2, $3, $4, (SELECT id FROM community WHERE street_code = $6 AND code = $5))
       ON CONFLICT (street_code, code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, community_id = EXCLUDED.community_id`,
      [street, u.code, u.name, u.kind, u.communityCode ?? null, street],
    );
  }
  const categories = flattenCategories(data.categories);
  for (const [position, c] of categories.entries()) {
    await m.query(
      `INSERT INTO category (street_code, path, name, level, parent_path, position) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (street_code, path) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
         parent_path = EXCLUDED.parent_path, position = EXCLUDED.position`,
      [street, c.path, c.name, c.level, c.parentPath, position],
    );
  }
  for (const r of data.routing) {
    // The community by its code in the file (communities are seeded above); the index treats NULL as one value.
    await m.query(
      `INSERT INTO routing_rule (street_code, category_prefix, unit_code, co_unit_codes, community_id, priority)
       VALUES ($1::varchar, $2, $3, $4, (SELECT id FROM community c WHERE c.street_code = $1::varchar AND c.code = $5), $6)
       ON CONFLICT (street_code, category_prefix, community_id) DO UPDATE SET unit_code = EXCLUDED.unit_code,
         co_unit_codes = EXCLUDED.co_unit_codes, priority = EXCLUDED.priority`,
      [street, r.category, r.unit, r.coUnits ?? [], r.community ?? null, r.priority ?? 0],
    );
  }
  for (const prefix of data.communityDutyList.categories) {
    await m.query(
      `INSERT INTO community_duty_category (street_code, category_prefix) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [street, prefix],
    );
  }
  for (const [position, k] of data.keywordRules.entries()) {
    await m.query(
      `INSERT INTO keyword_rule (street_code, category_path, keywords, position) VALUES ($1, $2, $3, $4)
       ON CONFLICT (street_code, category_path) DO UPDATE SET keywords = EXCLUDED.keywords, position = EXCLUDED.position`,
      [street, k.category, k.keywords, position],
    );
  }
  // The statistics' stop words start as the default list; kept, not replaced, when the street is seeded again.
  await m.query(`INSERT INTO stop_word (street_code, word) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [street, DEFAULT_STOP_WORDS]);
  for (const phrase of data.replyScreening.evasivePhrases) {
    await m.query(
      `INSERT INTO screening_phrase (street_code, kind, phrase) VALUES ($1, 'evasive', $2) ON CONFLICT DO NOTHING`,
      [street, phrase],
    );
  }
  await m.query(
    `INSERT INTO service_contract (street_code, title, period_start, period_end, document) VALUES ($1, $2, $3, $4, $5::jsonb)
     ON CONFLICT (street_code, period_start) DO UPDATE SET title = EXCLUDED.title, period_end = EXCLUDED.period_end, document = EXCLUDED.document`,
    [street, data.contract.title, data.contract.period.start, data.contract.period.end, JSON.stringify(data.contract)],
  );
  return {
    communities: data.communities.length,
    units: data.units.length,
    categories: categories.length,
    routingRules: data.routing.length,
    keywordRules: data.keywordRules.length,
  };
}
