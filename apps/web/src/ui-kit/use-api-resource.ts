import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export interface ApiResource<T> {
  data: T | null;
  /** The server's Chinese message, or `failure` when there is none (offline). */
  error: string | null;
  loading: boolean;
  /** When an answer last arrived for a `refreshLive()` — a realtime refresh, shown as "已自动更新". */
  liveAt: number | null;
  /** Reads again (the user asked). */
  reload: () => void;
  /** Reads again because a realtime event said the data moved. */
  refreshLive: () => void;
}

export interface ApiResourceOptions {
  failure?: string;
  /** Read again this often while mounted. */
  pollMs?: number;
  /** Drop the data on a failure (a figure that may be wrong must not stay on screen). Default: keep it. */
  clearOnError?: boolean;
  /** Drop the data when this changes (another order's data must never show under this one while it loads). */
  owner?: string;
}

/**
 * The one way the UI reads the api for a view: `load` runs when `key` changes (null waits) or on `reload`, the
 * previous request is aborted so a slow answer never overwrites a newer one, and the data shown stays until the next
 * answer arrives, so a refresh does not blank the page. `key` names everything `load` depends on.
 */
export function useApiResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, options: ApiResourceOptions = {}): ApiResource<T> {
  const { failure = '加载失败，请稍后重试', pollMs, clearOnError = false, owner } = options;
  const [state, setState] = useState<Omit<ApiResource<T>, 'reload' | 'refreshLive'>>({ data: null, error: null, loading: key !== null, liveAt: null });
  const [generation, setGeneration] = useState(0);
  const live = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => setState((s) => ({ ...s, data: null })), [owner]);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const byEvent = live.current;
    live.current = false;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current(controller.signal).then(
      (data) => setState((s) => ({ data, error: null, loading: false, liveAt: byEvent ? Date.now() : s.liveAt })),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? error.message : failure;
        setState((s) => ({ ...s, data: clearOnError ? null : s.data, error: message, loading: false }));
      },
    );
    const timer = pollMs ? window.setTimeout(() => setGeneration((g) => g + 1), pollMs) : undefined;
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [key, generation, failure, pollMs, clearOnError]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const refreshLive = useCallback(() => {
    live.current = true;
    setGeneration((g) => g + 1);
  }, []);
  return { ...state, reload, refreshLive };
}

/** The message of a failed write, for a notice. */
export function messageOf(error: unknown, fallback = '操作失败，请稍后重试'): string {
  return error instanceof ApiError ? error.message : fallback;
}
