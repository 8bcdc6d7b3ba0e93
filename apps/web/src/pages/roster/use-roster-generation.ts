import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { getGeneration } from '../../api/roster-client';
import type { GenerationProgress, GenerationStatus, RosterGeneration } from '../../api/roster-types';
import { api, deskSocket } from '../../services';

/** While the socket is down no event comes, so a running generation is also asked for now and then. */
const POLL_MS = 4000;

export const isGenerationFinished = (status: GenerationStatus | undefined) => status === 'done' || status === 'failed' || status === 'cancelled';

export interface GenerationState {
  detail: RosterGeneration | null;
  /** The latest figures: from a `roster.generation` event, or the detail's. */
  progress: GenerationProgress | null;
  error: string | null;
}

/**
 * One roster generation: `GET /api/roster/generations/:id`, moved forward live by the `roster.generation` events
 * (incumbent, bound, gap) the server sends to the requester, read again when an event says it has finished.
 */
export function useRosterGeneration(id: string | null): GenerationState {
  const [state, setState] = useState<GenerationState>({ detail: null, progress: null, error: null });
  const [reads, setReads] = useState(0);
  const refetch = useCallback(() => setReads((n) => n + 1), []);

  useEffect(() => {
    setState({ detail: null, progress: null, error: null });
    if (!id) return;
    // Subscribed before the first read: an event missed before subscribing was committed before the read.
    return deskSocket.on('roster.generation', (payload) => {
      if (payload.id !== id) return;
      const { incumbent, bound, gap, elapsedMs } = payload;
      setState((s) => ({ ...s, progress: { incumbent, bound, gap, elapsedMs } }));
      if (isGenerationFinished(payload.status)) refetch();
    });
  }, [id, refetch]);

  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    let timer: number | undefined;
    getGeneration(api, id, controller.signal).then(
      (detail) => {
        setState((s) => ({ ...s, detail, progress: isGenerationFinished(detail.status) || !s.progress ? detail.progress : s.progress, error: null }));
        if (!isGenerationFinished(detail.status)) timer = window.setTimeout(refetch, POLL_MS);
      },
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((s) => ({ ...s, error: error instanceof ApiError ? error.message : '排班生成状态加载失败' }));
      },
    );
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [id, reads, refetch]);

  return state;
}
