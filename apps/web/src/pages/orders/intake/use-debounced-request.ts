import { useEffect, useState } from 'react';
import { sendAfterPause, type DebouncedAnswer } from './send-after-pause';

export type { DebouncedAnswer } from './send-after-pause';

/** How long the operator's typing must pause before the form asks the server (issue 10: about 400 ms). */
export const TYPING_PAUSE_MS = 400;

const NOTHING: DebouncedAnswer<never> = { data: null, pending: false, failed: false };

/**
 * Sends `body` once typing pauses; a newer body cancels the older one's request (see `sendAfterPause`), and a null
 * body (too little typed) clears the answer. The body is compared by value, so a re-render alone sends nothing.
 */
export function useDebouncedRequest<B, T>(
  body: B | null,
  send: (body: B, signal: AbortSignal) => Promise<T>,
  delayMs = TYPING_PAUSE_MS,
): DebouncedAnswer<T> {
  const key = body === null ? null : JSON.stringify(body);
  const [answer, setAnswer] = useState<DebouncedAnswer<T>>(NOTHING);

  useEffect(() => {
    if (key === null) {
      setAnswer(NOTHING);
      return;
    }
    // The last answer stays on screen until the next one replaces it: no flicker while the operator types.
    setAnswer((previous) => ({ ...previous, pending: true }));
    return sendAfterPause(JSON.parse(key) as B, send, delayMs, setAnswer);
  }, [key, send, delayMs]);

  return answer;
}
