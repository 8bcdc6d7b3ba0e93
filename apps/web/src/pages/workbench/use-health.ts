import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import type { HealthResponse } from '../../api/types';
import { api } from '../../services';

const POLL_MS = 60_000;

export interface HealthState {
  health: HealthResponse | null;
  error: string | null;
  checkedAt: Date | null;
  loading: boolean;
  reload: () => void;
}

/** `GET /api/health`, polled once a minute while the 工作台 is open. */
export function useHealth(): HealthState {
  const [state, setState] = useState<Omit<HealthState, 'reload'>>({ health: null, error: null, checkedAt: null, loading: true });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api.health(controller.signal).then(
      (health) => setState({ health, error: null, checkedAt: new Date(), loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? error.message : '系统状态获取失败';
        setState({ health: null, error: message, checkedAt: new Date(), loading: false });
      },
    );
    const timer = window.setTimeout(reload, POLL_MS);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [tick, reload]);

  return { ...state, reload };
}
