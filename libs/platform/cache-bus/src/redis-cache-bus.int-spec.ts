import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { waitUntil } from '@app/testing';
import { CacheBus } from './cache-bus.js';
import { RedisCacheBusTransport } from './redis-cache-bus.transport.js';

/** Three "processes" on the real Redis: two of one deployment (one prefix), one of another deployment. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = () => 'hdtest' + randomBytes(4).toString('hex');
const buses: CacheBus[] = [];

async function processOn(queuePrefix: string) {
  const bus = new CacheBus();
  const dropped: string[] = [];
  bus.on('classifier', (street) => dropped.push(street));
  await bus.connect(new RedisCacheBusTransport(REDIS_URL, queuePrefix));
  buses.push(bus);
  return { bus, dropped };
}

afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
});

describe('CacheBus over Redis', () => {
  it('when one process publishes, then the other process of its deployment drops its copy, and another deployment hears nothing', async () => {
    const mine = prefix();
    const api = await processOn(mine);
    const worker = await processOn(mine);
    const otherDesk = await processOn(prefix());

    await api.bus.publish('classifier', '110102001');
    // Redis has handed the message to the subscribers; the worker's socket delivers it within moments.
    await waitUntil(() => worker.dropped.length > 0, 5_000, () => 'the worker was not told');
    expect(worker.dropped).toEqual(['110102001']);
    expect(api.dropped).toEqual(['110102001']); // its own echo is not handled twice

    // A later message of the other deployment arrives after any stray one would have: still nothing for the first.
    await otherDesk.bus.publish('classifier', '110102999');
    await api.bus.publish('classifier', '110102002');
    await waitUntil(() => worker.dropped.length > 1, 5_000, () => 'the second message did not arrive');
    expect(worker.dropped).toEqual(['110102001', '110102002']);
    expect(otherDesk.dropped).toEqual(['110102999']);
  });
});
