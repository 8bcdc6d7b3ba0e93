import { useEffect, useRef } from 'react';
import { deskSocket } from '../../services';

/** The events after which what the 排班 page shows may be out of date. */
const ROSTER_EVENTS = ['roster.published', 'roster.gap', 'roster.handover'] as const;

/**
 * Calls `onEvent` after a roster is published or changed (swap approved, cover assigned), a sick call opens a gap,
 * or a handover is gathered. Bursts (a sick call raising several gaps) are coalesced into one call per `quietMs`.
 */
export function useRosterEvents(onEvent: () => void, quietMs = 400): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    let timer: number | undefined;
    const receive = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => handler.current(), quietMs);
    };
    const offs = ROSTER_EVENTS.map((name) => deskSocket.on(name, receive));
    return () => {
      window.clearTimeout(timer);
      for (const off of offs) off();
    };
  }, [quietMs]);
}
