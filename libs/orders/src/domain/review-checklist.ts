/**
 * The reply review checklist of DESIGN §6. Every item is judged on approve and reject; items that do not apply to
 * a reply (no demand refused, no attachment promised) are marked `na`.
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

export const CHECKLIST_VERDICTS = ['pass', 'fail', 'na'] as const;
export type ChecklistVerdict = (typeof CHECKLIST_VERDICTS)[number];

export interface ChecklistEntry {
  item: ReviewChecklistItem;
  verdict: ChecklistVerdict;
  note?: string;
}
