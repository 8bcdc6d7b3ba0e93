import { useEffect, useState } from 'react';
import { getSuggestions } from '../../../api/intake-client';
import { api } from '../../../services';
import { describeSuggestion, type LeadSuggestion, type StoredUnitSuggestion } from './lead-suggestion';

/**
 * The lead unit intake suggested for the order by the street's routing rules (`GET /api/orders/:id/suggestions`,
 * stored at intake with its reason). Null while loading, when there is none, or when it cannot be read — the
 * dispatcher then simply chooses.
 */
export function useLeadSuggestion(orderId: string, category: string | null, enabled: boolean): LeadSuggestion | null {
  const [suggestion, setSuggestion] = useState<LeadSuggestion | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    getSuggestions(api, orderId, controller.signal).then(
      (answer) => {
        const unit = answer.suggestions?.unit as StoredUnitSuggestion | null | undefined;
        if (unit) setSuggestion(describeSuggestion(unit, category));
      },
      () => undefined, // no suggestion: the field is simply empty
    );
    return () => controller.abort();
  }, [orderId, category, enabled]);
  return suggestion;
}
