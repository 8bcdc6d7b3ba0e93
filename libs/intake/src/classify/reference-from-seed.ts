import { flattenCategories, type ReferenceData } from '@app/reference';
import type { IntakeReference } from './classifier.js';

/** The seed file as classification reference, with codes as ids (for unit tests and benchmarks). */
export function referenceFromSeed(data: ReferenceData): IntakeReference {
  const communityIds = new Map(data.communities.map((c) => [c.code, `community-${c.code}`]));
  return {
    communities: data.communities.map((c) => ({ id: communityIds.get(c.code)!, name: c.name, gazetteer: c.gazetteer })),
    categoryPaths: flattenCategories(data.categories).map((c) => c.path),
    keywordRules: data.keywordRules.map((k) => ({ category: k.category, keywords: k.keywords })),
    routing: data.routing.map((r) => ({
      categoryPrefix: r.category, unitCode: r.unit, coUnitCodes: r.coUnits ?? [], priority: r.priority ?? 0,
      communityId: r.community ? communityIds.get(r.community)! : null,
      communityName: data.communities.find((c) => c.code === r.community)?.name ?? null,
    })),
    units: data.units.map((u) => ({
      id: `unit-${u.code}`, code: u.code, name: u.name, kind: u.kind, communityId: u.communityCode ? communityIds.get(u.communityCode)! : null,
    })),
  };
}
