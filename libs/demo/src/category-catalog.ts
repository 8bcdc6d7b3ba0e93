import { flattenCategories, type ReferenceData } from '@app/reference';
import type { CategoryProfile } from './category-profile.js';
import { LIVELIHOOD_PROFILES } from './catalog-livelihood.js';
import { SERVICE_PROFILES } from './catalog-services.js';
import { SOCIETY_PROFILES } from './catalog-society.js';
import { URBAN_PROFILES } from './catalog-urban.js';

export const ALL_CATEGORY_PROFILES: readonly CategoryProfile[] = [
  ...URBAN_PROFILES,
  ...SERVICE_PROFILES,
  ...SOCIETY_PROFILES,
  ...LIVELIHOOD_PROFILES,
];

/**
 * The profiles whose category exists in this street's tree. The admin may edit the tree; a leaf without a profile
 * simply gets no demo orders, and a profile whose leaf was removed is skipped, so plans always carry real categories.
 */
export function profilesForReference(reference: ReferenceData): CategoryProfile[] {
  const leaves = new Set(flattenCategories(reference.categories).filter((c) => c.level === 3).map((c) => c.path));
  return ALL_CATEGORY_PROFILES.filter((profile) => leaves.has(profile.path));
}
