import { useEffect, useState } from 'react';

/**
 * A one-shot message carried across the navigation that follows a decision (初审通过 → the next order opens): the
 * route remounts the page, so component state cannot carry it, and it must not survive a reload either. It is
 * addressed to a path so a later, unrelated visit never shows it.
 */
let pending: { path: string; text: string } | null = null;

export function setReviewFlash(path: string, text: string): void {
  pending = { path, text };
}

/** The message left for the current path, read once per mount (StrictMode's double render reads it twice, safely). */
export function useReviewFlash(): string | null {
  const [text] = useState(() => (pending && pending.path === window.location.pathname ? pending.text : null));
  useEffect(() => {
    pending = null;
  }, []);
  return text;
}
