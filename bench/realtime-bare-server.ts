/**
 * The realtime benchmark's baseline server: a bare socket.io server on namespace `/desk` with the same Redis adapter
 * as the desk's api processes and no app behind it — no database, no auth, no outbox. A client joins the rooms of a
 * desk supervisor; `POST /emit` publishes one `order.changed` to them, stamped with `at` as it is emitted, which
 * reaches the clients of every server sharing the Redis key. Started twice by bench/realtime.bench.ts:
 *   node --import tsx bench/realtime-bare-server.ts <port> <redis url> <channel key> <server index>
 */
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';

const [port, redisUrl, key, index] = process.argv.slice(2) as [string, string, string, string];
const ROOMS = ['role:operator', 'role:supervisor', 'role:reviewer'];

const pub = new Redis(redisUrl, { maxRetriesPerRequest: null });
const sub = pub.duplicate();
let eventId = 0;
const http = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/emit') return void res.writeHead(404).end();
  // Odd ids from one server, even from the other: unique across both, as the desk's outbox ids are.
  eventId += 1;
  const orderId = req.headers['x-order-id'];
  desk.to(ROOMS).emit('order.changed', { orderId, version: 2, status: 'signed', action: 'sign', eventId: eventId * 2 + Number(index), at: new Date().toISOString() });
  res.writeHead(204).end();
});
const io = new Server(http, { cors: { origin: true, credentials: true } });
io.adapter(createAdapter(pub, sub, { key }));
const desk = io.of('/desk');
desk.on('connection', (socket) => {
  void socket.join(['role:supervisor', `user:${socket.id}`]);
  socket.emit('ready', { rooms: [...socket.rooms] });
});
http.listen(Number(port), '127.0.0.1', () => console.log(`bare socket.io listening on ${port}`));
process.on('SIGTERM', () => {
  io.close();
  void Promise.allSettled([pub.quit(), sub.quit()]).then(() => process.exit(0));
});
