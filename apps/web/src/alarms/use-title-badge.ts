import { useEffect } from 'react';

const BADGE = /^\(\d+\) /;

/**
 * "(3) 工单 - 接诉即办工单台": unacknowledged alarms show in the tab title, so a desk working in another tab sees them.
 * Pages set their own titles (useDocumentTitle), so the badge is re-applied whenever the title changes.
 */
export function useTitleBadge(count: number): void {
  useEffect(() => {
    const apply = () => {
      const plain = document.title.replace(BADGE, '');
      const wanted = count > 0 ? `(${count}) ${plain}` : plain;
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = document.title.replace(BADGE, '');
    };
  }, [count]);
}
