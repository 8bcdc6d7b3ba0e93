/**
 * Events the desk pushes to browsers (DESIGN §10), typed once for the gateway, the publishers and the UI.
 * Every event carries `eventId` (for catch-up after a reconnect) and, for orders, the order `version`.
 */
export interface OrderEventPayload {
  orderId: string;
  version: number;
  status: string;
  upstreamNo?: string | null;
  /** The number people read: the platform's, or the desk's own for an order entered by hand (TRT-20261203-0007). */
  orderNo?: string | null;
  action?: string;
}
/** Many orders came in at once (one import batch): one event instead of one `order.created` per order. */
export interface OrdersCreatedPayload {
  count: number;
  orderIds: string[];
  source: string;
}
export interface ClockEventPayload extends OrderEventPayload {
  clock: string;
  dueAt: string;
}
export interface ProgressPayload {
  id: string;
  kind: string;
  done: number;
  total: number | null;
  message?: string;
}

/** A roster generation's state: the solver's incumbent, bound and gap while it runs, the roster when it is done. */
export interface RosterGenerationPayload {
  id: string;
  month: string;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  incumbent: number | null;
  bound: number | null;
  gap: number | null;
  elapsedMs: number;
  rosterId: string | null;
  message?: string;
}

export interface ClientEventMap {
  'order.created': OrderEventPayload;
  'orders.created': OrdersCreatedPayload;
  'order.changed': OrderEventPayload;
  'order.deadline-warning': ClockEventPayload;
  'order.overdue': ClockEventPayload;
  'roster.published': { rosterId: string; month: string; version: number };
  'roster.gap': { date: string; from: string; to: string; missing: string };
  /** 交接班 gathered at a shift's end: the incoming shift is asked to read and confirm it. */
  'roster.handover': { id: string; date: string; shiftCode: string; openOrders: number; nearDueClocks: number };
  'roster.generation': RosterGenerationPayload;
  'report.progress': ProgressPayload;
  'report.ready': { id: string; kind: string; period: string };
  'import.progress': ProgressPayload;
  'job.finished': { jobName: string; jobId: string; ok: boolean; result?: unknown; error?: string };
  /**
   * A session ended on the server (logout, revocation, a disabled account, a changed role or unit): every socket in
   * the event's rooms is disconnected right after it, in every api process. Never replayed on reconnect.
   */
  'session.ended': { reason: SessionEndReason };
}

export type SessionEndReason = 'logout' | 'revoked' | 'disabled' | 'changed';

/** Events that end the sockets they reach: delivered live, then the sockets are closed; not part of catch-up. */
export const SOCKET_ENDING_EVENTS: readonly ClientEventName[] = ['session.ended'];
export type ClientEventName = keyof ClientEventMap;

/** An event as the outbox stores it, before it has an id. */
export interface PendingDeskEvent<N extends ClientEventName = ClientEventName> {
  name: N;
  rooms: string[];
  payload: ClientEventMap[N];
}

/** An event after commit: what a client receives (payload fields plus eventId and at). */
export interface StoredDeskEvent<N extends ClientEventName = ClientEventName> extends PendingDeskEvent<N> {
  id: number;
  streetCode: string;
  at: string;
}
