import { useEffect, useRef } from 'react';
import type { DeskEventPayload } from '../../realtime/desk-socket';
import { deskSocket } from '../../services';

type OrderEventName = 'order.created' | 'orders.created' | 'order.changed' | 'order.overdue';
const ORDER_EVENTS: readonly OrderEventName[] = ['order.created', 'orders.created', 'order.changed', 'order.overdue'];

/**
 * Calls `onEvent` for every order event the socket delivers (created — one order, or an import's batch as one
 * `orders.created` — changed, overdue). Bursts (a sweep raising several overdues) are coalesced: one call per
 * `quietMs`, so a list reloads once, not fifty times.
 */
export function useOrderEvents(onEvent: (payloads: DeskEventPayload<OrderEventName>[]) => void, quietMs = 400): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    let pending: DeskEventPayload<OrderEventName>[] = [];
    let timer: number | undefined;
    const receive = (payload: DeskEventPayload<OrderEventName>) => {
      pending.push(payload);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const batch = pending;
        pending = [];
        handler.current(batch);
      }, quietMs);
    };
    const offs = ORDER_EVENTS.map((name) => deskSocket.on(name, receive));
    return () => {
      window.clearTimeout(timer);
      for (const off of offs) off();
    };
  }, [quietMs]);
}
