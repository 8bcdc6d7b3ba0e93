import { useEffect, useState } from 'react';
import { api } from '../services';

/** Numbers looked up once per order and page: a notice re-renders with every alarm of a burst. */
const numbers = new Map<string, Promise<string | null>>();

/**
 * The 工单编号 to name an order by. Events carry the platform's number only; an order entered by hand has the desk's
 * own number (`orderNo`), read from the order itself. Until it is known (or if it cannot be read) null.
 */
export function useOrderNumber(orderId: string, upstreamNo: string | null): string | null {
  const [looked, setLooked] = useState<string | null>(null);
  useEffect(() => {
    if (upstreamNo) return;
    let current = true;
    let lookup = numbers.get(orderId);
    if (!lookup) {
      lookup = api.order(orderId).then((order) => order.orderNo, () => null);
      numbers.set(orderId, lookup);
    }
    void lookup.then((no) => current && setLooked(no));
    return () => {
      current = false;
    };
  }, [orderId, upstreamNo]);
  return upstreamNo ?? looked;
}
