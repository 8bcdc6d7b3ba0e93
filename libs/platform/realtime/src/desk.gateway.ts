import { Inject, Logger } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import type { DataSource } from 'typeorm';
import { SOCKET_ENDING_EVENTS, type StoredDeskEvent } from './client-events.js';
import { BroadcasterHub, EVENT_BROADCASTER } from './event-broadcaster.js';
import { loadDeskEventsSince, wireMessage } from './event-outbox.js';
import { roomsForUser } from './rooms.js';
import { SOCKET_AUTHENTICATOR, type SocketAuthenticator } from './socket-authenticator.js';
import { REALTIME_DATA_SOURCE } from './tokens.js';

/** Events read from the log per query when a client catches up. */
const CATCH_UP_PAGE = 500;

interface SocketUser {
  id: string;
  role: Parameters<typeof roomsForUser>[0]['role'];
  unitId: string | null;
  streetCode: string;
  sessionId: string;
}

/**
 * socket.io namespace `/desk` (DESIGN §10): the JWT is checked at the handshake, the client joins its user, role and
 * unit rooms, and a reconnecting client sends `auth.lastEventId` to receive what it missed from the event log.
 * Clients de-duplicate by `eventId` (an event committed during catch-up may arrive both ways).
 */
@WebSocketGateway({ namespace: '/desk', cors: { origin: true, credentials: true } })
export class DeskGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(DeskGateway.name);
  @WebSocketServer() private namespace!: Namespace;

  constructor(
    @Inject(SOCKET_AUTHENTICATOR) private readonly authenticator: SocketAuthenticator,
    @Inject(EVENT_BROADCASTER) private readonly hub: BroadcasterHub,
    @Inject(REALTIME_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  afterInit(namespace: Namespace): void {
    namespace.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || !token) return next(Object.assign(new Error('AUTH_UNAUTHENTICATED'), { data: { code: 'AUTH_UNAUTHENTICATED', message: '请先登录' } }));
      this.authenticator
        .resolve(token)
        .then((user) => {
          socket.data.user = { id: user.id, role: user.role, unitId: user.unitId, streetCode: user.streetCode, sessionId: user.sessionId } satisfies SocketUser;
          next();
        })
        .catch(() => next(Object.assign(new Error('AUTH_TOKEN_INVALID'), { data: { code: 'AUTH_TOKEN_INVALID', message: '登录已失效，请重新登录' } })));
    });
    this.hub.attach({ broadcast: (events) => this.broadcast(events) });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const user = socket.data.user as SocketUser | undefined;
    if (!user) return void socket.disconnect(true);
    const rooms = roomsForUser(user);
    await socket.join(rooms);
    const lastEventId = Number((socket.handshake.auth as { lastEventId?: unknown }).lastEventId);
    if (Number.isFinite(lastEventId) && lastEventId > 0) {
      try {
        // Page by page to the end of the log: a client away during an import misses thousands of events, and one
        // capped read would leave it `ready` with a gap its next live event id hides for good.
        let after = lastEventId;
        for (;;) {
          const page = await loadDeskEventsSince(this.dataSource.manager, user.streetCode, after, rooms, CATCH_UP_PAGE);
          for (const event of page) {
            if (!SOCKET_ENDING_EVENTS.includes(event.name)) socket.emit(event.name, wireMessage(event));
          }
          if (page.length < CATCH_UP_PAGE) break;
          after = page[page.length - 1]!.id;
        }
      } catch (error) {
        this.logger.warn({ err: error }, 'catch-up failed');
      }
    }
    socket.emit('ready', { rooms, lastEventId: Number.isFinite(lastEventId) ? lastEventId : null });
  }

  private broadcast(events: StoredDeskEvent[]): void {
    for (const event of events) {
      if (!event.rooms.length) continue;
      this.namespace.to(event.rooms).emit(event.name, wireMessage(event));
      // Through the Redis adapter this reaches the sockets held by every api process.
      if (SOCKET_ENDING_EVENTS.includes(event.name)) this.namespace.in(event.rooms).disconnectSockets(true);
    }
  }
}
