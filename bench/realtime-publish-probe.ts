/**
 * The realtime benchmark's commit clock: subscribes to the socket.io Redis adapter's channels of namespace `/desk`
 * and prints `<order id> <wall ms>` the moment a server publishes an `order.changed`. The desk publishes right after
 * COMMIT (TransactionRunner → gateway → adapter, synchronously, before its own sockets are written), the bare
 * baseline right on request, so this is the same "event leaves the server" instant for both. A process of its own:
 * in the bench process the timestamps would wait behind a thousand clients' work.
 *   node --import tsx bench/realtime-publish-probe.ts <redis url> <channel key>
 */
import { createRequire } from 'node:module';
import { Redis } from 'ioredis';

// The adapter's own message parser, resolved from the adapter (a dependency of it, not of ours).
const adapterRequire = createRequire(createRequire(import.meta.url).resolve('@socket.io/redis-adapter'));
const { decode } = adapterRequire('notepack.io') as { decode(message: Buffer): unknown };

const [redisUrl, key] = process.argv.slice(2) as [string, string];
const sub = new Redis(redisUrl, { maxRetriesPerRequest: null });
sub.on('pmessageBuffer', (_pattern: Buffer, _channel: Buffer, message: Buffer) => {
  const now = performance.timeOrigin + performance.now();
  const [, packet] = decode(message) as [string, { data?: [string, { orderId?: string; action?: string }] }];
  const [name, payload] = packet.data ?? [];
  if (name === 'order.changed' && payload?.action === 'sign') process.stdout.write(`${payload.orderId} ${now}\n`);
});
await sub.psubscribe(`${key}#/desk#*`);
console.log('probe subscribed');
process.on('SIGTERM', () => void sub.quit().then(() => process.exit(0)));
