import { useEffect, useState } from 'react';
import { api } from '../../../services';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders/domain/review-checklist';
import type { ChecklistItem } from './action-form-body';

/**
 * The checklist a review is judged against (DESIGN §6: admin-editable). The server checks approve/reject against
 * its active items, so the form shows those; until they arrive, or if they cannot be read, the domain defaults —
 * and the server then names any item the form did not judge.
 */
export function useReviewChecklist(enabled: boolean): readonly ChecklistItem[] {
  const [items, setItems] = useState<readonly ChecklistItem[]>(DEFAULT_REVIEW_CHECKLIST);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    api.reviewChecklist(controller.signal).then(
      (rows) => {
        const active = rows.filter((row) => row.active).map(({ code, label, naAllowed }) => ({ code, label, naAllowed }));
        if (active.length) setItems(active);
      },
      () => undefined, // keep the defaults
    );
    return () => controller.abort();
  }, [enabled]);
  return items;
}
