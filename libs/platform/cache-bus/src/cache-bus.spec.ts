import { describe, expect, it } from '@jest/globals';
import { CacheBus, type CacheBusTransport } from './cache-bus.js';

/** Redis pub/sub as the bus sees it: every subscriber, the publisher included, gets each message. */
function broker() {
  const receivers: ((message: unknown) => void)[] = [];
  const transport = (): CacheBusTransport => ({
    publish: async (message) => receivers.forEach((receive) => receive(JSON.parse(JSON.stringify(message)))),
    subscribe: async (receive) => void receivers.push(receive),
    close: async () => undefined,
  });
  return { transport, send: (message: unknown) => receivers.forEach((receive) => receive(message)) };
}

/** A bus with a handler per cache name that records the streets it was told to drop. */
function processWith(...caches: string[]) {
  const bus = new CacheBus();
  const dropped: string[] = [];
  for (const cache of caches) bus.on(cache, (street) => dropped.push(`${cache}:${street}`));
  return { bus, dropped };
}

describe('CacheBus', () => {
  it('when there is no transport (one process), then publishing runs this process\'s handlers of that cache only', async () => {
    const { bus, dropped } = processWith('classifier', 'calendar');
    await bus.publish('classifier', '110102001');
    expect(dropped).toEqual(['classifier:110102001']);
  });

  it('when two processes share a transport, then a publish drops the cache in both, once each', async () => {
    const { transport } = broker();
    const api = processWith('classifier');
    const worker = processWith('classifier', 'calendar');
    await api.bus.connect(transport());
    await worker.bus.connect(transport());

    await api.bus.publish('classifier', '110102001');
    expect(api.dropped).toEqual(['classifier:110102001']);
    expect(worker.dropped).toEqual(['classifier:110102001']);
    await worker.bus.publish('calendar', '110102002');
    expect(api.dropped).toEqual(['classifier:110102001']);
    expect(worker.dropped).toEqual(['classifier:110102001', 'calendar:110102002']);
  });

  it.each([
    ['not an object', 'drop everything'],
    ['null', null],
    ['no street', { cache: 'classifier', origin: 'x' }],
    ['a numeric street', { cache: 'classifier', streetCode: 110102001, origin: 'x' }],
  ])('when a message is malformed (%s), then nothing is dropped', async (_, message) => {
    const { transport, send } = broker();
    const { bus, dropped } = processWith('classifier');
    await bus.connect(transport());
    send(message);
    expect(dropped).toEqual([]);
  });

  it('when one handler throws, then the other handlers of the cache still run', async () => {
    const { bus, dropped } = processWith('classifier');
    bus.on('classifier', () => {
      throw new Error('broken cache');
    });
    bus.on('classifier', (street) => dropped.push(`second:${street}`));
    await bus.publish('classifier', 'S');
    expect(dropped).toEqual(['classifier:S', 'second:S']);
  });

  it('when the transport cannot publish, then the publish still resolves, having dropped this process\'s copy', async () => {
    const { bus, dropped } = processWith('classifier');
    await bus.connect({
      publish: () => Promise.reject(new Error('Redis is away')),
      subscribe: async () => undefined,
      close: async () => undefined,
    });
    await expect(bus.publish('classifier', 'S')).resolves.toBeUndefined();
    expect(dropped).toEqual(['classifier:S']);
  });
});
