import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts that audit records need (request id, client address) without threading them through every call. */
export interface RequestContext {
  requestId: string | null;
  ip: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext {
  return storage.getStore() ?? { requestId: null, ip: null };
}
