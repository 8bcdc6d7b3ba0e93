import type { StoredDeskEvent } from './client-events.js';

/**
 * Where committed events go: the socket.io server in an api process (fanned out to other api processes by the
 * Redis adapter), or a Redis emitter in a worker process, which has no socket server of its own.
 */
export interface EventBroadcaster {
  broadcast(events: StoredDeskEvent[]): void;
}
export const EVENT_BROADCASTER = Symbol('EVENT_BROADCASTER');

/** Late-bound holder: the gateway or the emitter plugs itself in at startup; before that, events stay in the log. */
export class BroadcasterHub implements EventBroadcaster {
  private targets: EventBroadcaster[] = [];
  attach(target: EventBroadcaster): void {
    this.targets.push(target);
  }
  broadcast(events: StoredDeskEvent[]): void {
    for (const t of this.targets) t.broadcast(events);
  }
}
