import { ApiError, type ApiClient } from '../api/client';
import type { SessionUser } from '../api/types';
import type { DeskSocket } from '../realtime/desk-socket';
import type { EventFeed } from '../realtime/event-feed';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out'; notice: string | null }
  | { status: 'signed-in'; user: SessionUser };

/** Shown on the login page after the 30-minute idle sign-out (DESIGN §1, MLPS idle timeout). */
export const IDLE_NOTICE = '会话已超时，请重新登录';

/**
 * Who is signed in, for the whole page: sign-in, restoring the session after a reload, sign-out, and the end of a
 * session the server refused to renew (idle, revoked, reused refresh token) — whose Chinese message the login page
 * then shows. Also starts and stops the realtime connection with the session.
 */
export class Session {
  private state: SessionState = { status: 'restoring' };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly api: ApiClient,
    private readonly socket: DeskSocket,
    private readonly feed: EventFeed,
  ) {
    api.onSessionEnded((reason) => this.end(reason.message));
  }

  getSnapshot = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** After a reload: the tokens in sessionStorage are checked against `GET /api/me`. */
  async restore(): Promise<void> {
    if (!this.api.tokens.get()) return this.set({ status: 'signed-out', notice: null });
    try {
      const user = await this.api.me();
      this.set({ status: 'signed-in', user });
      this.socket.connect();
    } catch (error) {
      this.api.tokens.clear();
      this.set({ status: 'signed-out', notice: error instanceof ApiError ? error.message : '无法恢复登录状态，请重新登录' });
    }
  }

  /** Throws `ApiError` with the server's message (用户名或密码错误, the lockout notice, …). */
  async login(username: string, password: string): Promise<void> {
    const user = await this.api.login(username, password);
    this.feed.clear();
    this.socket.startSession();
    this.set({ status: 'signed-in', user });
  }

  async logout(notice: string | null = null): Promise<void> {
    this.stopRealtime();
    this.set({ status: 'signed-out', notice });
    await this.api.logout();
  }

  private end(notice: string): void {
    this.stopRealtime();
    this.set({ status: 'signed-out', notice });
  }

  private stopRealtime(): void {
    this.socket.disconnect({ forget: true });
    this.feed.clear();
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
