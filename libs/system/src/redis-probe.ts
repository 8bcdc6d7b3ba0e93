import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';

/**
 * Redis as the health check sees it: a PING on its own connection to the configured `REDIS_URL`, so the answer is
 * Redis's and not the queue driver's (which may not use Redis at all). Without `REDIS_URL` there is no Redis: the
 * queue and the realtime hub run embedded, in this process.
 */
@Injectable()
export class RedisProbe implements OnModuleDestroy {
  private connection?: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return Boolean(this.config.redis.url);
  }

  /** Resolves with what Redis answered; rejects when it does not answer. */
  async ping(): Promise<string> {
    if (!this.config.redis.url) throw new Error('REDIS_URL is not set');
    const answer = await this.connect(this.config.redis.url)
      .ping()
      .catch((error: Error) => {
        throw new Error(`redis did not answer PING: ${error.message}`);
      });
    if (answer !== 'PONG') throw new Error(`unexpected answer to PING: ${answer}`);
    return answer;
  }

  /** Connected on first use; one retry per command, so a dead Redis fails the check instead of queueing it. */
  private connect(url: string): Redis {
    if (!this.connection) {
      // A short disconnect timeout: after a refused connection ioredis would otherwise keep a 2 s timer on close.
      this.connection = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, disconnectTimeout: 200 });
      this.connection.on('error', () => undefined); // ping() reports it; ioredis keeps reconnecting
    }
    return this.connection;
  }

  async onModuleDestroy(): Promise<void> {
    this.connection?.disconnect();
  }
}
