import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import type { AuditAnchorStore } from './anchor-store.js';
import { FileAnchorStore } from './file-anchor-store.js';
import { RedisAnchorStore } from './redis-anchor-store.js';

/** Redis when the deployment has one (REDIS_URL), else a file under DATA_DIR: never a table beside the audit log. */
export function createAnchorStore(config: Pick<AppConfig, 'redis' | 'queue' | 'dataDir'>): AuditAnchorStore {
  return config.redis.url
    ? new RedisAnchorStore(config.redis.url, config.queue.prefix)
    : new FileAnchorStore(join(config.dataDir, 'audit-anchors.json'));
}
