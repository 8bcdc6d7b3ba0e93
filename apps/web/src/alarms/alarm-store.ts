import type { SessionState } from '../auth/session';
import type { DeskEventPayload } from '../realtime/desk-socket';
import { acknowledgeGroup, EMPTY_ALARMS, receiveAlarms, type Alarm, type AlarmKind, type AlarmState } from './alarm-groups';

type AlarmEventName = 'order.deadline-warning' | 'order.overdue';

export interface AlarmEventSource {
  on<N extends AlarmEventName>(name: N, handler: (payload: DeskEventPayload<N>) => void): () => void;
}

export interface SessionSource {
  getSnapshot(): SessionState;
  subscribe(listener: () => void): () => void;
}

const STORAGE_PREFIX = 'hotline.desk.alarms.';
/** How long alarms arriving together are gathered before they are shown: short enough to feel immediate. */
const BURST_MS = 100;

/**
 * The signed-in user's deadline alarms: what the socket delivered and what they acknowledged. Kept in sessionStorage
 * under the user's id, so a reload shows the same notices and does not raise acknowledged ones again; dropped at
 * sign-out (another user of the same tab starts clean).
 */
export class AlarmStore {
  private state: AlarmState = EMPTY_ALARMS;
  private userId: string | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly arrivalListeners = new Set<() => void>();
  private pending: Alarm[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(socket: AlarmEventSource, session: SessionSource) {
    socket.on('order.deadline-warning', (payload) => this.receive('warning', payload));
    socket.on('order.overdue', (payload) => this.receive('overdue', payload));
    const follow = () => {
      const current = session.getSnapshot();
      if (current.status === 'signed-in') this.start(current.user.id);
      else if (current.status === 'signed-out') this.stop();
    };
    session.subscribe(follow);
    follow();
  }

  getSnapshot = (): AlarmState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called once per alarm that is new to the user (for the sound). */
  onArrival(listener: () => void): () => void {
    this.arrivalListeners.add(listener);
    return () => this.arrivalListeners.delete(listener);
  }

  acknowledge(groupKey: string): void {
    this.set(acknowledgeGroup(this.state, groupKey));
  }

  private start(userId: string): void {
    if (this.userId === userId) return;
    this.userId = userId;
    this.set(read(userId));
  }

  private stop(): void {
    this.pending = [];
    if (this.userId) sessionStorage.removeItem(STORAGE_PREFIX + this.userId);
    this.userId = null;
    this.set(EMPTY_ALARMS);
  }

  private receive(kind: AlarmKind, payload: DeskEventPayload<AlarmEventName>): void {
    if (!this.userId) return;
    this.pending.push({
      kind,
      clock: payload.clock,
      orderId: payload.orderId,
      orderNo: payload.orderNo ?? payload.upstreamNo ?? null,
      dueAt: payload.dueAt,
      at: payload.at,
    });
    // A burst (an import of an old export: thousands of 超期 in seconds) is taken in at once, stored and shown once,
    // and sounds once, instead of rewriting sessionStorage and redrawing per alarm.
    this.flushTimer ??= setTimeout(() => this.flush(), BURST_MS);
  }

  private flush(): void {
    this.flushTimer = undefined;
    const burst = this.pending;
    this.pending = [];
    if (!this.userId) return;
    const next = receiveAlarms(this.state, burst);
    if (next === this.state) return;
    this.set(next);
    for (const listener of this.arrivalListeners) listener();
  }

  private set(state: AlarmState): void {
    if (state === this.state) return;
    this.state = state;
    try {
      if (this.userId) sessionStorage.setItem(STORAGE_PREFIX + this.userId, JSON.stringify(state));
    } catch {
      // Over the browser's quota (tens of thousands of alarms): the notices still show; a reload forgets them.
    }
    for (const listener of this.listeners) listener();
  }
}

function read(userId: string): AlarmState {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_PREFIX + userId) ?? 'null') as AlarmState | null;
    return value && Array.isArray(value.groups) && Array.isArray(value.acknowledged) ? value : EMPTY_ALARMS;
  } catch {
    return EMPTY_ALARMS;
  }
}
