export interface LeadSuggestion {
  /** The unit to preselect; null when the rule names none (e.g. a community rule on an order without community). */
  unitId: string | null;
  /** Co-units the routing rule adds (e.g. 供暖 → 供暖服务站). */
  coUnitIds: string[];
  /** Shown next to the field: 建议：城市管理办 — 规则：分类规则“城乡建设/物业管理” → 城市管理办. */
  text: string;
}

/** `suggestions.unit` as intake stored it (libs/intake/src/classify/routing.ts, with an operator's override). */
export interface StoredUnitSuggestion {
  unitId: string | null;
  unitName: string | null;
  /** The routing rule's category prefix. */
  rule?: string;
  reason: string;
  coUnits?: { id: string; name: string }[];
  override?: { unitId: string; unitName: string; reason: string | null };
}

const segments = (path: string) => path.split('/').filter(Boolean);

/** Whether a rule's prefix covers the category on whole levels (as libs/intake/src/classify/routing.ts decides). */
function covers(prefix: string, category: string): boolean {
  const p = segments(prefix);
  const c = segments(category);
  return p.length <= c.length && p.every((s, i) => s === c[i]);
}

/**
 * The suggestion in words. An operator's choice against the rule wins, and says so. The suggestion was made at
 * intake: once the category has been corrected past its rule, it is shown for what it was but not preselected.
 */
export function describeSuggestion(unit: StoredUnitSuggestion, category: string | null): LeadSuggestion {
  const coUnitIds = (unit.coUnits ?? []).map((co) => co.id);
  if (unit.override) {
    const why = unit.override.reason ? `，理由：${unit.override.reason}` : '';
    return { unitId: unit.override.unitId, coUnitIds, text: `建议：${unit.override.unitName} — 坐席录入时指定${why}（规则：${unit.reason}）` };
  }
  if (unit.rule && category && !covers(unit.rule, category)) {
    return { unitId: null, coUnitIds: [], text: `录入时的建议（${unit.unitName ?? '无'} — 规则：${unit.reason}）不适用于更正后的分类` };
  }
  if (!unit.unitId) return { unitId: null, coUnitIds, text: `暂无建议 — 规则：${unit.reason}` };
  return { unitId: unit.unitId, coUnitIds, text: `建议：${unit.unitName ?? ''} — 规则：${unit.reason}` };
}
