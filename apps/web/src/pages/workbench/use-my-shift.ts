import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { onDuty } from '../../api/roster-client';
import type { OnDutyPerson } from '../../api/roster-types';
import { api, deskSocket } from '../../services';

export interface MyShiftState {
  /** The signed-in user's entry on a published shift now; null when not on duty. */
  entry: OnDutyPerson | null;
  /** How many people are on duty now (the whole street). */
  onDutyCount: number;
  loaded: boolean;
  error: string | null;
}

/** Shifts change on the hour: read again every few minutes as well as on roster events. */
const POLL_MS = 5 * 60_000;

/**
 * `GET /api/roster/on-duty`, with the signed-in user found by `userId` (roster staff are linked to desk
 * accounts). Read again when a roster is published, when this shift ends, and every few minutes.
 */
export function useMyShift(userId: string): MyShiftState {
  const [state, setState] = useState<MyShiftState>({ entry: null, onDutyCount: 0, loaded: false, error: null });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    let timer: number | undefined;
    onDuty(api, controller.signal).then(
      (now) => {
        const entry = now.items.find((item) => item.userId === userId) ?? null;
        setState({ entry, onDutyCount: now.items.length, loaded: true, error: null });
        const untilEnd = entry ? new Date(entry.endsAt).getTime() - Date.now() + 1000 : POLL_MS;
        timer = window.setTimeout(reload, Math.max(1000, Math.min(untilEnd, POLL_MS)));
      },
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((s) => ({ ...s, loaded: true, error: error instanceof ApiError ? error.message : '当班信息加载失败' }));
      },
    );
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [userId, generation, reload]);

  useEffect(() => deskSocket.on('roster.published', reload), [reload]);

  return state;
}
