import { describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { guardedPublisher } from './guarded-publisher.js';

describe('guardedPublisher', () => {
  it('when the adapter publishes after its connection was closed (a late commit during shutdown), then the publish resolves instead of rejecting', async () => {
    const client = guardedPublisher(new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null }));
    expect(await client.publish('hd-test:guarded-publisher', 'open')).toBeGreaterThanOrEqual(0);
    await client.quit();
    // Unguarded, this rejects with "Connection is closed.", and the adapter does not await it.
    await expect(client.publish('hd-test:guarded-publisher', 'after quit')).resolves.toBe(0);
  });
});
