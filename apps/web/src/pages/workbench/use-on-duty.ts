import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { onDuty as readOnDuty } from '../../api/roster-client';
import type { OnDuty } from '../../api/roster-types';
import { api, deskSocket } from '../../services';

export interface OnDutyState {
  onDuty: OnDuty | null;
  error: string | null;
}

/** Shifts change on the hour: read again every few minutes as well as on roster events. */
const POLL_MS = 5 * 60_000;

/**
 * `GET /api/roster/on-duty`: who is on a published shift now. Read again when a roster is published, when the first
 * of the current shifts ends, and every few minutes.
 */
export function useOnDuty(): OnDutyState {
  const [state, setState] = useState<OnDutyState>({ onDuty: null, error: null });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    let timer: number | undefined;
    readOnDuty(api, controller.signal).then(
      (onDuty) => {
        setState({ onDuty, error: null });
        const firstEnd = Math.min(...onDuty.items.map((item) => new Date(item.endsAt).getTime() - Date.now() + 1000), POLL_MS);
        timer = window.setTimeout(reload, Math.max(1000, firstEnd));
      },
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((s) => ({ ...s, error: error instanceof ApiError ? error.message : '当班信息加载失败' }));
      },
    );
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [generation, reload]);

  useEffect(() => deskSocket.on('roster.published', reload), [reload]);

  return state;
}
