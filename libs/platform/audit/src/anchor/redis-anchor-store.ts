import { Redis } from 'ioredis';
import { ANCHOR_HISTORY, type AuditAnchorStore } from './anchor-store.js';
import type { AuditCheckpoint } from './audit-checkpoint.js';

/**
 * Checkpoints in Redis under the deployment's QUEUE_PREFIX: `<prefix>:audit-anchor:latest` (the newest, for a quick
 * look with redis-cli) and `<prefix>:audit-anchor:history` (a list, newest first, trimmed to ANCHOR_HISTORY).
 */
export class RedisAnchorStore implements AuditAnchorStore {
  readonly kind = 'redis' as const;
  private readonly redis: Redis;
  readonly latestKey: string;
  readonly historyKey: string;

  constructor(url: string, prefix: string, private readonly history = ANCHOR_HISTORY) {
    // One retry per command: a dead Redis fails the job (and it is retried) instead of hanging it.
    this.redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, disconnectTimeout: 200 });
    this.redis.on('error', () => undefined); // commands report it; ioredis keeps reconnecting
    this.latestKey = `${prefix}:audit-anchor:latest`;
    this.historyKey = `${prefix}:audit-anchor:history`;
  }

  async save(checkpoint: AuditCheckpoint): Promise<void> {
    const json = JSON.stringify(checkpoint);
    const results = await this.redis
      .multi()
      .set(this.latestKey, json)
      .lpush(this.historyKey, json)
      .ltrim(this.historyKey, 0, this.history - 1)
      .exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('audit checkpoint was not stored');
  }

  async recent(): Promise<AuditCheckpoint[]> {
    return (await this.redis.lrange(this.historyKey, 0, -1)).map((json) => JSON.parse(json) as AuditCheckpoint);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
