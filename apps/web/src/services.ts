import { ApiClient } from './api/client';
import { TokenStore } from './api/token-store';
import { Session } from './auth/session';
import { DeskSocket } from './realtime/desk-socket';
import { EventFeed } from './realtime/event-feed';

/** The page's single instances, wired once: one token store, one api client, one socket, one session. */
export const api = new ApiClient(new TokenStore());
export const deskSocket = new DeskSocket({
  accessToken: () => api.tokens.accessToken(),
  renew: (usedToken) => api.renew(usedToken),
});
export const eventFeed = new EventFeed(deskSocket);
export const session = new Session(api, deskSocket, eventFeed);
