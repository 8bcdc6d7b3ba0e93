import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import type { StoredDeskEvent } from './client-events.js';
import type { EventBroadcaster } from './event-broadcaster.js';
import { wireMessage } from './event-outbox.js';

/** A worker process has no socket server: it publishes through Redis to the api processes' adapter. */
export class RedisEmitterBroadcaster implements EventBroadcaster {
  private readonly emitter: ReturnType<Emitter['of']>;

  constructor(redis: Redis) {
    this.emitter = new Emitter(redis).of('/desk');
  }

  broadcast(events: StoredDeskEvent[]): void {
    for (const event of events) {
      if (event.rooms.length) this.emitter.to(event.rooms).emit(event.name, wireMessage(event));
    }
  }
}
