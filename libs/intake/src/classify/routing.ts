import { compareRoutingPrecedence } from '@app/reference';

export interface RoutingRule {
  categoryPrefix: string;
  /** A unit code, or `community`: the residents' committee of the order's community. */
  unitCode: string;
  coUnitCodes: readonly string[];
  /** The community the rule is limited to; null (or absent) applies to the whole street. */
  communityId?: string | null;
  /** Named in the reason when the rule is community-specific. */
  communityName?: string | null;
  /** Higher wins before anything else; 0 when not given. */
  priority?: number;
}

export interface RoutingUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  communityId: string | null;
}

export interface UnitSuggestion {
  unitId: string | null;
  unitName: string | null;
  coUnits: { id: string; name: string }[];
  /** The routing rule that decided (its category prefix), and in words why. */
  rule: string;
  reason: string;
}

const segments = (path: string) => path.split('/').filter(Boolean);

/** Whether `prefix` covers `category` on whole levels (城乡建设/物业 does not cover 城乡建设/物业管理). */
export function coversCategory(prefix: string, category: string): boolean {
  const p = segments(prefix);
  const c = segments(category);
  return p.length <= c.length && p.every((s, i) => s === c[i]);
}

const precedenceOf = (r: RoutingRule) => ({ priority: r.priority, communityScoped: Boolean(r.communityId), categoryPrefix: r.categoryPrefix });
const compareRules = (a: RoutingRule, b: RoutingRule) => compareRoutingPrecedence(precedenceOf(a), precedenceOf(b));

/** The rules that apply to an order: the prefix covers its category and the rule is street-wide or for its community. */
export function applicableRules(category: string, communityId: string | null, rules: readonly RoutingRule[]): RoutingRule[] {
  return rules
    .filter((r) => coversCategory(r.categoryPrefix, category) && (!r.communityId || r.communityId === communityId))
    .sort(compareRules);
}

/** How a rule is named in reasons: `分类规则“城乡建设/物业管理 · 陶然亭社区”（优先级 10）`. */
export function ruleLabel(rule: RoutingRule): string {
  const scope = rule.communityId ? ` · ${rule.communityName ?? '指定社区'}` : '';
  const priority = rule.priority ? `（优先级 ${rule.priority}）` : '';
  return `分类规则“${rule.categoryPrefix}${scope}”${priority}`;
}

/**
 * The handling unit for a category in a community (DESIGN §5: category × community → unit), chosen among the
 * applicable rules by `compareRules`. A rule whose lead unit is not among `units` (stopped since) is passed over, so
 * the next rule decides. `community` resolves to the order's residents' committee, so the suggestion is empty (with
 * the reason) while the community is unknown.
 */
export function suggestUnit(
  category: string | null,
  communityId: string | null,
  rules: readonly RoutingRule[],
  units: readonly RoutingUnit[],
): UnitSuggestion | null {
  if (!category) return null;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const rule = applicableRules(category, communityId, rules).find((r) => r.unitCode === 'community' || byCode.has(r.unitCode));
  if (!rule) return null;
  const label = ruleLabel(rule);
  const coUnits = rule.coUnitCodes.map((code) => byCode.get(code)).filter((u): u is RoutingUnit => Boolean(u)).map((u) => ({ id: u.id, name: u.name }));
  if (rule.unitCode === 'community') {
    const committee = communityId ? units.find((u) => u.kind === 'community' && u.communityId === communityId) : undefined;
    if (!committee) {
      return { unitId: null, unitName: null, coUnits, rule: rule.categoryPrefix, reason: `${label}由所属社区居委会办理，但工单尚无所属社区` };
    }
    return { unitId: committee.id, unitName: committee.name, coUnits, rule: rule.categoryPrefix, reason: `${label}由所属社区居委会办理` };
  }
  const unit = byCode.get(rule.unitCode)!;
  return { unitId: unit.id, unitName: unit.name, coUnits, rule: rule.categoryPrefix, reason: `${label} → ${unit.name}` };
}
