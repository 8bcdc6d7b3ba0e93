import { useEffect, useRef } from 'react';
import type { DeskEventPayload } from '../../realtime/desk-socket';
import { deskSocket } from '../../services';

type OrderEventName = 'order.created' | 'orders.created' | 'order.changed' | 'order.overdue';
const ORDER_EVENTS: readonly OrderEventName[] = ['order.created', 'orders.created', 'order.changed', 'order.overdue'];

/**
 * Calls `onEvent` for every order event the socket delivers (created — one order, or an import's batch as one
 * `orders.created` — changed, overdue). Bursts (a sweep raising several overdues) are coalesced: one call per
 * `quietMs`, so a list reloads once, not fifty times; and at least every `maxWaitMs` while they keep coming (an
 * import raising 超期 for thousands of orders, a busy desk), so the list does not wait for a quiet moment.
 */
export function useOrderEvents(onEvent: (payloads: DeskEventPayload<OrderEventName>[]) => void, quietMs = 400, maxWaitMs = 3000): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    let pending: DeskEventPayload<OrderEventName>[] = [];
    let timer: number | undefined;
    let maxTimer: number | undefined;
    const fire = () => {
      window.clearTimeout(timer);
      window.clearTimeout(maxTimer);
      timer = maxTimer = undefined;
      const batch = pending;
      pending = [];
      handler.current(batch);
    };
    const receive = (payload: DeskEventPayload<OrderEventName>) => {
      pending.push(payload);
      window.clearTimeout(timer);
      timer = window.setTimeout(fire, quietMs);
      maxTimer ??= window.setTimeout(fire, maxWaitMs);
    };
    const offs = ORDER_EVENTS.map((name) => deskSocket.on(name, receive));
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(maxTimer);
      for (const off of offs) off();
    };
  }, [quietMs, maxWaitMs]);
}
