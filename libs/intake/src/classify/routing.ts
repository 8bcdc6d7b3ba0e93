export interface RoutingRule {
  categoryPrefix: string;
  /** A unit code, or `community`: the residents' committee of the order's community. */
  unitCode: string;
  coUnitCodes: readonly string[];
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

/**
 * The handling unit for a category (DESIGN §5: category × community → unit): the most specific rule wins, i.e.
 * the one whose prefix has the most levels. `community` resolves to the order's residents' committee, so the
 * suggestion is empty (with the reason) while the community is unknown.
 */
export function suggestUnit(
  category: string | null,
  communityId: string | null,
  rules: readonly RoutingRule[],
  units: readonly RoutingUnit[],
): UnitSuggestion | null {
  if (!category) return null;
  const rule = rules
    .filter((r) => coversCategory(r.categoryPrefix, category))
    .sort((a, b) => segments(b.categoryPrefix).length - segments(a.categoryPrefix).length)[0];
  if (!rule) return null;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const coUnits = rule.coUnitCodes.map((code) => byCode.get(code)).filter((u): u is RoutingUnit => Boolean(u)).map((u) => ({ id: u.id, name: u.name }));
  if (rule.unitCode === 'community') {
    const committee = communityId ? units.find((u) => u.kind === 'community' && u.communityId === communityId) : undefined;
    if (!committee) {
      return { unitId: null, unitName: null, coUnits, rule: rule.categoryPrefix, reason: `分类规则“${rule.categoryPrefix}”由所属社区居委会办理，但工单尚无所属社区` };
    }
    return { unitId: committee.id, unitName: committee.name, coUnits, rule: rule.categoryPrefix, reason: `分类规则“${rule.categoryPrefix}”由所属社区居委会办理` };
  }
  const unit = byCode.get(rule.unitCode);
  if (!unit) return null;
  return { unitId: unit.id, unitName: unit.name, coUnits, rule: rule.categoryPrefix, reason: `分类规则“${rule.categoryPrefix}” → ${unit.name}` };
}
