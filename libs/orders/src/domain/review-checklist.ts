/**
 * The reply review checklist of DESIGN §6. Every item is judged on approve and reject; `na` (不适用) is a verdict
 * only for items the admin marks as possibly not applicable (no demand refused, no attachment promised). The others
 * are never n/a: a reply always has to contact the citizen, answer every demand, state its result and so on.
 *
 * The items are admin-editable (table `review_checklist_item`); the codes below are the defaults the street starts
 * with, and what the rules fall back to when no list is passed in the decision context.
 */
export const REVIEW_CHECKLIST_ITEMS = [
  'citizen_contacted',
  'all_demands_answered',
  'result_clear',
  'legal_basis',
  'wording_polite',
  'no_third_party_pii',
  'attachments_present',
] as const;
/** One of the default items; admin-added items are plain strings. */
export type ReviewChecklistItem = (typeof REVIEW_CHECKLIST_ITEMS)[number];

export const REVIEW_CHECKLIST_LABELS: Readonly<Record<ReviewChecklistItem, string>> = {
  citizen_contacted: '已联系诉求人并注明时间和方式',
  all_demands_answered: '逐项答复诉求',
  result_clear: '办理结果表述明确',
  legal_basis: '不予支持的诉求有法规政策依据',
  wording_polite: '用语文明规范，无禁用表述',
  no_third_party_pii: '不含第三方个人信息',
  attachments_present: '承诺的附件已上传',
};

/** The default items that may not apply to a reply: a legal basis only where a demand is refused, attachments only where promised. */
export const NA_ALLOWED_BY_DEFAULT: readonly ReviewChecklistItem[] = ['legal_basis', 'attachments_present'];

/** An item of the active checklist, as the admin configured it. */
export interface ReviewChecklistItemDef {
  readonly code: string;
  readonly label: string;
  /** Whether `na` (不适用) is an acceptable verdict for this item; otherwise it must pass for approval. */
  readonly naAllowed: boolean;
}

/** The defaults, in order; seeded into the database for a street that has no list yet. */
export const DEFAULT_REVIEW_CHECKLIST: readonly ReviewChecklistItemDef[] = REVIEW_CHECKLIST_ITEMS.map((code) => ({
  code,
  label: REVIEW_CHECKLIST_LABELS[code],
  naAllowed: NA_ALLOWED_BY_DEFAULT.includes(code),
}));

/** Item codes are stable identifiers stored in every review: lower snake case. */
export const CHECKLIST_ITEM_CODE = /^[a-z][a-z0-9_]{1,47}$/;

export const CHECKLIST_VERDICTS = ['pass', 'fail', 'na'] as const;
export type ChecklistVerdict = (typeof CHECKLIST_VERDICTS)[number];

export interface ChecklistEntry {
  item: string;
  verdict: ChecklistVerdict;
  note?: string;
}

/** The label of an item in the given list (or the defaults); the code itself when unknown. */
export function checklistLabel(code: string, items: readonly ReviewChecklistItemDef[] = DEFAULT_REVIEW_CHECKLIST): string {
  return items.find((i) => i.code === code)?.label ?? code;
}

/** Why an item keeps a reply from approval: judged 不通过, judged 不适用 where that is not allowed, or not judged. */
export type ChecklistShortfallReason = 'failed' | 'na_not_allowed' | 'not_judged';

export interface ChecklistShortfall {
  item: string;
  label: string;
  reason: ChecklistShortfallReason;
}

/**
 * The active items that do not pass (DESIGN §6: approval needs every item passed, or n/a where the item allows it),
 * in the checklist's order. Entries for items the list does not have are not judged here (input parsing refuses them).
 */
export function checklistShortfalls(items: readonly ReviewChecklistItemDef[], entries: readonly ChecklistEntry[]): ChecklistShortfall[] {
  const shortfalls: ChecklistShortfall[] = [];
  for (const { code, label, naAllowed } of items) {
    const verdict = entries.find((e) => e.item === code)?.verdict;
    const reason: ChecklistShortfallReason | null =
      verdict === undefined ? 'not_judged' : verdict === 'fail' ? 'failed' : verdict === 'na' && !naAllowed ? 'na_not_allowed' : null;
    if (reason) shortfalls.push({ item: code, label, reason });
  }
  return shortfalls;
}
