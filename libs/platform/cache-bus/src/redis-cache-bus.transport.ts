import { Redis } from 'ioredis';
import type { CacheBusTransport, CacheInvalidation } from './cache-bus.js';

/** The channel carries the deployment's prefix: two desks (or two test files) on one Redis never hear each other. */
export const cacheBusChannel = (prefix: string) => `${prefix}:cache-invalidate`;

/**
 * Redis pub/sub between the api and worker processes. A message published while a process is disconnected is lost
 * to it (pub/sub keeps nothing); its caches' own expiry bounds how long it serves the old copy then.
 */
export class RedisCacheBusTransport implements CacheBusTransport {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly channel: string;

  constructor(redisUrl: string, prefix: string) {
    // A publish fails fast when Redis is away (the bus logs it); the subscriber reconnects and resubscribes.
    this.pub = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    this.sub = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.channel = cacheBusChannel(prefix);
  }

  async publish(message: CacheInvalidation & { origin: string }): Promise<void> {
    await this.pub.publish(this.channel, JSON.stringify(message));
  }

  async subscribe(receive: (message: unknown) => void): Promise<void> {
    this.sub.on('message', (channel: string, text: string) => {
      if (channel !== this.channel) return;
      try {
        receive(JSON.parse(text));
      } catch {
        // Not ours or not JSON: nothing to drop.
      }
    });
    await this.sub.subscribe(this.channel);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}
