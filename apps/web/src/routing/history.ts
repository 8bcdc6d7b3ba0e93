import { useSyncExternalStore } from 'react';

/**
 * Client-side routing on the History API, without a router library: the path is the state, `navigate` pushes, the
 * back button pops. The api serves index.html for every non-/api path, so deep links and reloads work. The query
 * string is state too (list filters live there, so a filtered list can be bookmarked and the back button undoes a
 * filter change).
 */
const NAVIGATE_EVENT = 'hotline:navigate';

/** `path` may carry a query string: `/orders?status=new`. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The query string, with its `?` (or ''). A string, so React sees a stable snapshot between renders. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}
