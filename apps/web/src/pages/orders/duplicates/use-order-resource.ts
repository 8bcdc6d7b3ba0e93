import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../api/client';

export interface OrderResource<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/**
 * A side resource of an order (its duplicates, its suggestions), read again whenever the order's `version` moves:
 * the detail page already reloads the order on realtime events, so following its version keeps these current too.
 */
export function useOrderResource<T>(
  load: (orderId: string, signal: AbortSignal) => Promise<T>,
  orderId: string,
  version: number,
  failureText: string,
): OrderResource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  // Another order's data must never show under this one while it loads.
  useEffect(() => setData(null), [orderId]);

  useEffect(() => {
    const controller = new AbortController();
    load(orderId, controller.signal).then(
      (next) => {
        setData(next);
        setError(null);
      },
      (failure: unknown) => {
        if ((failure as Error).name === 'AbortError') return;
        setError(failure instanceof ApiError ? failure.message : failureText);
      },
    );
    return () => controller.abort();
  }, [load, orderId, version, generation, failureText]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, reload };
}
