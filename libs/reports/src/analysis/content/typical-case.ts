/**
 * A typical case (典型案例) of the period as the report prints it: already masked — the citizen's name and phone
 * never leave the order tables, their content and the reply are summarised and scrubbed of personal data.
 */
export type TypicalCaseKind = 'most-urged' | 'dissatisfied' | 'repeat-address' | 'repeat-caller' | 'top-category';

export const TYPICAL_CASE_LABELS: Record<TypicalCaseKind, string> = {
  'most-urged': '催办较多',
  dissatisfied: '不满意或返工',
  'repeat-address': '同一地址反复反映',
  'repeat-caller': '同一诉求人反复来电',
  'top-category': '高发类别',
};

/** Why a case was chosen, with the figure that chose it. */
export interface TypicalCasePick {
  kind: TypicalCaseKind;
  orderId: string;
  reason: string;
}

export interface TypicalCase {
  kind: TypicalCaseKind;
  reason: string;
  orderNo: string;
  /** 'YYYY-MM-DD' (Beijing). */
  receivedDay: string;
  typeLabel: string;
  channelLabel: string;
  category: string | null;
  community: string | null;
  /** Down to the building, never the flat. */
  address: string;
  content: string;
  statusLabel: string;
  unit: string | null;
  reply: string | null;
  /** 已联系，已解决，满意 … or null without a callback. */
  callback: string | null;
  urges: number;
  reworks: number;
}

/** The report shows 3–5 cases: one of each kind found, topped up to the minimum from the kinds that have more. */
export const TYPICAL_CASES = { min: 3, max: 5 } as const;

/** Picks in priority order, one order once: first one of each kind, then further ones until the minimum. */
export function distinctPicks(groups: readonly (readonly TypicalCasePick[])[]): TypicalCasePick[] {
  const seen = new Set<string>();
  const chosen: TypicalCasePick[] = [];
  const take = (group: readonly TypicalCasePick[]) => {
    const pick = group.find((p) => !seen.has(p.orderId));
    if (!pick) return false;
    seen.add(pick.orderId);
    chosen.push(pick);
    return true;
  };
  for (const group of groups) if (chosen.length < TYPICAL_CASES.max) take(group);
  for (let more = true; more && chosen.length < TYPICAL_CASES.min; ) {
    more = false;
    for (const group of groups) if (chosen.length < TYPICAL_CASES.min && take(group)) more = true;
  }
  return chosen;
}
