import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { SOCKET_ENDING_EVENTS, type StoredDeskEvent } from './client-events.js';
import type { EventBroadcaster } from './event-broadcaster.js';
import { wireMessage } from './event-outbox.js';
import { socketChannelKey } from './socket-channel-key.js';

/** A worker process has no socket server: it publishes through Redis to the api processes' adapter. */
export class RedisEmitterBroadcaster implements EventBroadcaster {
  private readonly emitter: ReturnType<Emitter['of']>;

  constructor(redis: Redis, prefix: string) {
    this.emitter = new Emitter(redis, { key: socketChannelKey(prefix) }).of('/desk');
  }

  broadcast(events: StoredDeskEvent[]): void {
    for (const event of events) {
      if (!event.rooms.length) continue;
      this.emitter.to(event.rooms).emit(event.name, wireMessage(event));
      if (SOCKET_ENDING_EVENTS.includes(event.name)) this.emitter.in(event.rooms).disconnectSockets(true);
    }
  }
}
