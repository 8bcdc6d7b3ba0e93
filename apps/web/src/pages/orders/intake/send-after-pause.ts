/** What a debounced request has to show: the latest answer, whether a newer one is on its way, whether it failed. */
export interface DebouncedAnswer<T> {
  data: T | null;
  /** The request for the current body has not answered yet. */
  pending: boolean;
  failed: boolean;
}

/**
 * Sends `body` once `delayMs` have passed without a cancel, and reports the answer unless cancelled by then. The cancel
 * also aborts the request in flight, and an answer that arrives after it (a response already on its way when the
 * operator typed again) is dropped: only the latest body's answer is ever shown.
 */
export function sendAfterPause<B, T>(
  body: B,
  send: (body: B, signal: AbortSignal) => Promise<T>,
  delayMs: number,
  report: (answer: DebouncedAnswer<T>) => void,
): () => void {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    send(body, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) report({ data, pending: false, failed: false });
      },
      () => {
        if (!controller.signal.aborted) report({ data: null, pending: false, failed: true });
      },
    );
  }, delayMs);
  return () => {
    clearTimeout(timer);
    controller.abort();
  };
}
