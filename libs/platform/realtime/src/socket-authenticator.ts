import type { Role } from '@app/access';

/** Resolves a handshake token to the user; implemented by the auth module (kept as an interface to avoid a cycle). */
export interface SocketAuthenticator {
  resolve(accessToken: string): Promise<{ id: string; role: Role; unitId: string | null; streetCode: string; username: string; sessionId: string }>;
}
export const SOCKET_AUTHENTICATOR = Symbol('SOCKET_AUTHENTICATOR');
