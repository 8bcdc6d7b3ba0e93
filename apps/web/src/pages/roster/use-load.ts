import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads `load()` whenever `key` changes (or `reload` is called), aborting the previous request so a slow answer
 * for last month never overwrites this month's. The data shown stays until the next answer arrives, so a realtime
 * refresh does not blank the page.
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>, failure = '加载失败'): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    load(controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((s) => ({ ...s, loading: false, error: error instanceof ApiError ? error.message : failure }));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure every render; `key` names everything it depends on.
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

/** The message of a failed write, for a notice. */
export function messageOf(error: unknown, fallback = '操作失败，请稍后重试'): string {
  return error instanceof ApiError ? error.message : fallback;
}
