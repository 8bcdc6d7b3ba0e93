import { useEffect } from 'react';
import { pageTitle } from '../branding';

/** Each page names itself in the tab title, so screen-reader users hear where a navigation led. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = pageTitle(page);
  }, [page]);
}
