import type { ChecklistVerdict } from '@app/orders/domain/review-checklist';

const VERDICTS: readonly { value: ChecklistVerdict; label: string }[] = [
  { value: 'pass', label: '通过' },
  { value: 'fail', label: '不通过' },
  { value: 'na', label: '不适用' },
];

/**
 * The verdicts a reviewer may choose for one checklist item: 不适用 only where the admin allows it (DESIGN §6), so
 * the form never offers what the server would refuse.
 */
export function verdictChoices(item: { naAllowed: boolean }): readonly { value: ChecklistVerdict; label: string }[] {
  return item.naAllowed ? VERDICTS : VERDICTS.filter((verdict) => verdict.value !== 'na');
}
