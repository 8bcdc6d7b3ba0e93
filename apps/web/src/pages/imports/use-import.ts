import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { getImport } from '../../api/intake-client';
import type { ImportDetail } from '../../api/intake-types';
import { api, deskSocket } from '../../services';

/** Rows done so far, as the last `import.progress` event said (null before the first one). */
export interface ImportProgress {
  done: number;
  total: number | null;
  message: string | null;
}

export interface ImportState {
  detail: ImportDetail | null;
  progress: ImportProgress | null;
  error: string | null;
}

/** While the socket is down no event comes, so a running import is also asked for now and then. */
const POLL_MS = 4000;

export const isFinished = (detail: ImportDetail | null) => detail?.status === 'done' || detail?.status === 'failed';

/**
 * One import: `GET /api/imports/:id`, moved forward live by the `import.progress` events the server sends to the
 * uploader, and read again when an event says the last row is done (the final counts and error rows are in the
 * detail, not in the event). `onFinished` runs once when the import reaches done or failed.
 */
export function useImport(id: string | null, onFinished?: () => void): ImportState {
  const [state, setState] = useState<ImportState>({ detail: null, progress: null, error: null });
  const [generation, setGeneration] = useState(0);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    setState({ detail: null, progress: null, error: null });
    if (!id) return;
    // Subscribed before the first read: an event missed before subscribing was committed before the read.
    return deskSocket.on('import.progress', (payload) => {
      if (payload.id !== id) return;
      setState((s) => ({ ...s, progress: { done: payload.done, total: payload.total, message: payload.message ?? null } }));
      if (payload.total === null || payload.done >= payload.total) refetch();
    });
  }, [id, refetch]);

  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    let timer: number | undefined;
    getImport(api, id, controller.signal).then(
      (detail) => {
        setState((s) => ({ ...s, detail, error: null }));
        if (!isFinished(detail)) timer = window.setTimeout(refetch, POLL_MS);
      },
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((s) => ({ ...s, error: error instanceof ApiError ? error.message : '导入结果加载失败' }));
      },
    );
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [id, generation, refetch]);

  const finished = isFinished(state.detail);
  const finishedHandler = useCallbackRef(onFinished);
  useEffect(() => {
    if (finished) finishedHandler();
  }, [finished, finishedHandler]);

  return state;
}

/** A stable function that always calls the latest `fn` (so the effect above runs once per finish, not per render). */
function useCallbackRef(fn: (() => void) | undefined): () => void {
  const holder = useRef(fn);
  holder.current = fn;
  return useCallback(() => holder.current?.(), []);
}
