import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { guardedPublisher } from './guarded-publisher.js';
import { socketChannelKey } from './socket-channel-key.js';

/**
 * socket.io with the Redis adapter, so an event emitted by one api process reaches clients of every other one.
 * Its channels carry the deployment's prefix: two desks (or two test files) on one Redis never hear each other.
 */
export class RedisIoAdapter extends IoAdapter {
  private pub?: Redis;
  private sub?: Redis;

  constructor(app: INestApplicationContext, private readonly redisUrl: string, private readonly prefix: string) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    this.pub = guardedPublisher(new Redis(this.redisUrl, { lazyConnect: false, maxRetriesPerRequest: null }));
    this.sub = this.pub.duplicate();
    for (const client of [this.pub, this.sub]) client.on('error', (error: Error) => new Logger('RedisIoAdapter').warn(`realtime Redis: ${error.message}`));
    server.adapter(createAdapter(this.pub, this.sub, { key: socketChannelKey(this.prefix) }));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    // Without this the adapter's pub/sub connections keep the process (and Jest) alive.
    await Promise.allSettled([this.pub?.quit(), this.sub?.quit()]);
  }
}

