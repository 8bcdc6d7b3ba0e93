import type { ChecklistVerdict, ReviewChecklistItemDef } from '@app/orders';
import type { ScreeningFinding } from './reply-screening.js';

export interface SuggestedVerdict {
  item: string;
  label: string;
  /** Whether 不适用 may be chosen for the item (DESIGN §6); the form offers it only then. */
  naAllowed: boolean;
  /** `fail` when screening found something for the item; otherwise undecided (null): the reviewer judges. */
  verdict: Extract<ChecklistVerdict, 'fail'> | null;
  findings: ScreeningFinding[];
}

/** The checklist as the reviewer first sees it: items with findings pre-failed, with the matched text (DESIGN §6). */
export function suggestChecklist(items: readonly ReviewChecklistItemDef[], findings: readonly ScreeningFinding[]): SuggestedVerdict[] {
  return items.map((item) => {
    const own = findings.filter((f) => f.item === item.code);
    return { item: item.code, label: item.label, naAllowed: item.naAllowed, verdict: own.length > 0 ? 'fail' : null, findings: own };
  });
}
