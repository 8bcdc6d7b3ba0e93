import { useEffect, useState } from 'react';
import type { ReplyTemplateRef } from '../../../api/order-types';
import { api } from '../../../services';

export interface ReplyTemplates {
  templates: readonly ReplyTemplateRef[];
  loading: boolean;
  /** The list could not be read: the picker says so rather than offering nothing. */
  failed: boolean;
}

/** The street's 常用答复 for the order's category (and its parents, and the general ones), read once per dialog. */
export function useReplyTemplates(category: string | null, enabled: boolean): ReplyTemplates {
  const [state, setState] = useState<ReplyTemplates>({ templates: [], loading: enabled, failed: false });
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    api.replyTemplates(category ?? undefined, controller.signal).then(
      (templates) => setState({ templates, loading: false, failed: false }),
      (error: unknown) => {
        if ((error as Error).name !== 'AbortError') setState({ templates: [], loading: false, failed: true });
      },
    );
    return () => controller.abort();
  }, [category, enabled]);
  return state;
}
