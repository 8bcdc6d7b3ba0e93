import { useApiResource } from '../../../ui-kit/use-api-resource';

export interface OrderResource<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/**
 * A side resource of an order (its duplicates, its suggestions), read again whenever the order's `version` moves:
 * the detail page already reloads the order on realtime events, so following its version keeps these current too.
 */
export function useOrderResource<T>(
  load: (orderId: string, signal: AbortSignal) => Promise<T>,
  orderId: string,
  version: number,
  failureText: string,
): OrderResource<T> {
  const { data, error, reload } = useApiResource(`${orderId}@${version}`, (signal) => load(orderId, signal), { failure: failureText, owner: orderId });
  return { data, error, reload };
}
