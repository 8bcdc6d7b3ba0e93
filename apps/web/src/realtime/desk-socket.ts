import { io, type Socket } from 'socket.io-client';
import type { ClientEventMap, ClientEventName } from '@app/realtime/client-events';

/** What arrives on the wire: the event's payload plus the id and commit time the server adds (DESIGN §10). */
export type DeskEventPayload<N extends ClientEventName> = ClientEventMap[N] & { eventId: number; at: string };
export type DeskEvent = { [N in ClientEventName]: { name: N; payload: DeskEventPayload<N> } }[ClientEventName];

export type ConnectionStatus = 'offline' | 'connecting' | 'connected' | 'reconnecting';

export interface DeskSocketAuth {
  accessToken(): string | null;
  /** Renews the access token after the handshake rejected `usedToken` (single-flight, shared with the api client). */
  renew(usedToken: string | null): Promise<void>;
}

const LAST_EVENT_KEY = 'hotline.desk.lastEventId';
/** How many event ids to remember for de-duplication; catch-up overlaps live delivery only briefly. */
const SEEN_LIMIT = 1000;

/**
 * The socket.io connection to namespace `/desk`. The handshake carries the access token and the last event id seen
 * in this tab, so after a reconnect (or a reload) the server replays what was missed. An event committed during the
 * replay can arrive twice, so events are de-duplicated by `eventId` before listeners see them.
 */
export class DeskSocket {
  private socket: Socket | null = null;
  private status: ConnectionStatus = 'offline';
  private lastEventId: number | null = readLastEventId();
  private handshakeToken: string | null = null;
  private renewedSinceConnect = false;
  private readonly seen = new Set<number>();
  private readonly listeners = new Set<(event: DeskEvent) => void>();
  private readonly statusListeners = new Set<() => void>();

  constructor(private readonly auth: DeskSocketAuth) {}

  /** A fresh sign-in: start from now, not from a previous session's position. */
  startSession(): void {
    this.forget();
    this.connect();
  }

  connect(): void {
    if (this.socket) return;
    const socket = io('/desk', {
      path: '/socket.io',
      // A function, so every reconnect sends the current token and position.
      auth: (send) => {
        this.handshakeToken = this.auth.accessToken();
        send({ token: this.handshakeToken, ...(this.lastEventId ? { lastEventId: this.lastEventId } : {}) });
      },
      reconnectionDelayMax: 10_000,
    });
    this.socket = socket;
    this.setStatus('connecting');
    socket.on('connect', () => {
      this.renewedSinceConnect = false;
      this.setStatus('connected');
    });
    socket.on('disconnect', () => this.setStatus(socket.active ? 'reconnecting' : 'offline'));
    socket.on('connect_error', () => this.onConnectError(socket));
    socket.onAny((name: string, payload: unknown) => {
      if (name !== 'ready') this.receive(name as ClientEventName, payload);
    });
  }

  /** Closes the connection; `forget` also drops the remembered position (sign-out). */
  disconnect(options: { forget?: boolean } = {}): void {
    this.socket?.removeAllListeners();
    this.socket?.offAny();
    this.socket?.disconnect();
    this.socket = null;
    this.setStatus('offline');
    if (options.forget) this.forget();
  }

  /** Every event, once. Returns the unsubscribe function. */
  subscribe(listener: (event: DeskEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One event type, typed. */
  on<N extends ClientEventName>(name: N, handler: (payload: DeskEventPayload<N>) => void): () => void {
    return this.subscribe((event) => {
      if (event.name === name) handler(event.payload as unknown as DeskEventPayload<N>);
    });
  }

  getStatus = (): ConnectionStatus => this.status;

  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  private onConnectError(socket: Socket): void {
    // socket.io retries transport failures itself; a refusal by the server's auth middleware it does not.
    if (socket.active) return this.setStatus('reconnecting');
    if (this.renewedSinceConnect) return this.setStatus('offline');
    this.renewedSinceConnect = true;
    this.setStatus('reconnecting');
    this.auth.renew(this.handshakeToken).then(
      () => this.socket === socket && socket.connect(),
      () => this.socket === socket && this.setStatus('offline'),
    );
  }

  private receive(name: ClientEventName, payload: unknown): void {
    const eventId = Number((payload as { eventId?: unknown } | null)?.eventId);
    if (Number.isFinite(eventId)) {
      if (this.seen.has(eventId)) return;
      this.remember(eventId);
    }
    const event = { name, payload } as DeskEvent;
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('desk event listener failed', error);
      }
    }
  }

  private remember(eventId: number): void {
    this.seen.add(eventId);
    if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.values().next().value as number);
    if (this.lastEventId === null || eventId > this.lastEventId) {
      this.lastEventId = eventId;
      sessionStorage.setItem(LAST_EVENT_KEY, String(eventId));
    }
  }

  private forget(): void {
    this.lastEventId = null;
    this.seen.clear();
    sessionStorage.removeItem(LAST_EVENT_KEY);
  }

  private setStatus(status: ConnectionStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const listener of this.statusListeners) listener();
  }
}

function readLastEventId(): number | null {
  const value = Number(sessionStorage.getItem(LAST_EVENT_KEY));
  return Number.isFinite(value) && value > 0 ? value : null;
}
