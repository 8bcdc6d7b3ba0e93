import { useSyncExternalStore } from 'react';
import type { SessionUser } from '../api/types';
import { session } from '../services';
import type { SessionState } from './session';

export function useSessionState(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

/** For components that only render while signed in (inside the app shell). */
export function useCurrentUser(): SessionUser {
  const state = useSessionState();
  if (state.status !== 'signed-in') throw new Error('useCurrentUser outside a signed-in session');
  return state.user;
}
