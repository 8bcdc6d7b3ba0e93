import { compareRoutingPrecedence, splitCategoryPath, type ReferenceData, type ReferenceRoutingRule } from '@app/reference';

export interface DispatchTarget {
  unitCode: string;
  coUnitCodes: string[];
  /** The routing rule that decided, or null when nothing matched and the fallback unit was used. */
  ruleCategory: string | null;
}

/** The routing rules' placeholder for "the residents' committee of the order's community". */
export const COMMUNITY_UNIT_PLACEHOLDER = 'community';

/**
 * The unit suggested for a category in a community (DESIGN §5): the best applicable rule wins (priority, then a rule
 * for the order's community, then the most specific category prefix). A community may lead only categories on its
 * duty list (Art. 17 of the 2021 Beijing regulation); for anything else the order goes to the next less specific non-community rule (or the street's coordinating centre)
 * and the community assists as a co-unit.
 */
export function resolveDispatchTarget(reference: ReferenceData, categoryPath: string, communityCode: string): DispatchTarget {
  const matching = matchingRules(reference.routing, categoryPath, communityCode);
  const communityUnit = communityUnitCode(reference, communityCode);
  const [best] = matching;
  if (!best) return { unitCode: fallbackUnitCode(reference), coUnitCodes: [], ruleCategory: null };

  if (best.unit !== COMMUNITY_UNIT_PLACEHOLDER) {
    return { unitCode: best.unit, coUnitCodes: [...(best.coUnits ?? [])], ruleCategory: best.category };
  }
  if (isOnCommunityDutyList(reference, categoryPath)) {
    return { unitCode: communityUnit, coUnitCodes: [...(best.coUnits ?? [])], ruleCategory: best.category };
  }
  const office = matching.find((rule) => rule.unit !== COMMUNITY_UNIT_PLACEHOLDER);
  const coUnits = [...(office?.coUnits ?? []), ...(best.coUnits ?? []), communityUnit];
  return {
    unitCode: office?.unit ?? fallbackUnitCode(reference),
    coUnitCodes: [...new Set(coUnits)],
    ruleCategory: office?.category ?? null,
  };
}

/** True when the category (or one of its ancestors) is on the community duty list. */
export function isOnCommunityDutyList(reference: ReferenceData, categoryPath: string): boolean {
  return reference.communityDutyList.categories.some((entry) => isCategoryPrefix(entry, categoryPath));
}

/** The residents' committee unit of a community. */
export function communityUnitCode(reference: ReferenceData, communityCode: string): string {
  const unit = reference.units.find((u) => u.kind === 'community' && u.communityCode === communityCode);
  if (!unit) throw new Error(`No residents' committee unit for community ${communityCode}`);
  return unit.code;
}

/** True when `prefix` is the category itself or one of its ancestors (whole levels, not characters). */
export function isCategoryPrefix(prefix: string, categoryPath: string): boolean {
  const a = splitCategoryPath(prefix);
  const b = splitCategoryPath(categoryPath);
  return a.length <= b.length && a.every((name, i) => name === b[i]);
}

const precedenceOf = (rule: ReferenceRoutingRule) => ({ priority: rule.priority, communityScoped: Boolean(rule.community), categoryPrefix: rule.category });

/** Applicable rules, best first, in intake's order (`compareRoutingPrecedence`). */
function matchingRules(rules: readonly ReferenceRoutingRule[], categoryPath: string, communityCode: string): ReferenceRoutingRule[] {
  return rules
    .filter((rule) => isCategoryPrefix(rule.category, categoryPath) && (!rule.community || rule.community === communityCode))
    .sort((x, y) => compareRoutingPrecedence(precedenceOf(x), precedenceOf(y)));
}

/** The street's coordinating centre takes what no rule covers. */
function fallbackUnitCode(reference: ReferenceData): string {
  const centre = reference.units.find((u) => u.kind === 'center');
  if (!centre) throw new Error('Reference data has no centre unit to take unrouted orders');
  return centre.code;
}
