import type { DeskEvent, DeskSocket } from './desk-socket';

export interface FeedItem {
  eventId: number | null;
  /** When the browser received it (ISO); the server's commit time is `event.payload.at`. */
  receivedAt: string;
  event: DeskEvent;
}

const KEY = 'hotline.desk.feed';
const LIMIT = 50;

/**
 * The realtime events received since sign-in, newest first, for the 工作台's live feed. Kept in sessionStorage so
 * a reload keeps the list (the socket's catch-up fills in what arrived meanwhile); cleared on sign-out.
 */
export class EventFeed {
  private items: readonly FeedItem[] = read();
  private readonly listeners = new Set<() => void>();

  constructor(socket: DeskSocket) {
    socket.subscribe((event) => this.add(event));
  }

  getSnapshot = (): readonly FeedItem[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  clear(): void {
    this.set([]);
  }

  private add(event: DeskEvent): void {
    const eventId = Number.isFinite(event.payload.eventId) ? event.payload.eventId : null;
    this.set([{ eventId, receivedAt: new Date().toISOString(), event }, ...this.items].slice(0, LIMIT));
  }

  private set(items: readonly FeedItem[]): void {
    this.items = items;
    if (items.length) sessionStorage.setItem(KEY, JSON.stringify(items));
    else sessionStorage.removeItem(KEY);
    for (const listener of this.listeners) listener();
  }
}

function read(): readonly FeedItem[] {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? (value as FeedItem[]).slice(0, LIMIT) : [];
  } catch {
    return [];
  }
}
