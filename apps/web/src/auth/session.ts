import { ApiError, SESSION_REPLACED, type ApiClient } from '../api/client';
import type { SessionUser } from '../api/types';
import type { DeskSocket } from '../realtime/desk-socket';
import type { EventFeed } from '../realtime/event-feed';
import { ActivityTracker } from './activity-tracker';
import { DEFAULT_IDLE_TIMEOUT_MS } from './idle-clock';
import { SessionChannel, type SessionMessage } from './session-channel';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out'; notice: string | null }
  | { status: 'signed-in'; user: SessionUser };

/** Shown on the login page of every tab after the idle sign-out (DESIGN §1, MLPS idle timeout). */
export const IDLE_NOTICE = '会话已超时，请重新登录';
/** Shown in the other tabs when the user chose 退出登录 in one. */
export const SIGNED_OUT_ELSEWHERE_NOTICE = '已在其他标签页退出登录';

/**
 * Who is signed in, for the whole page: sign-in, restoring the session after a reload or in a new tab, sign-out,
 * and the end of a session the server refused to renew (idle, revoked, reused refresh token) — whose Chinese message
 * the login page then shows. Also starts and stops the realtime connection with the session.
 *
 * All tabs of the browser share one session (the refresh cookie): a new tab joins it, 退出登录 or the idle sign-out
 * in one tab ends it in all, and a sign-in in one tab signs the others in (session-channel.ts).
 */
export class Session {
  private state: SessionState = { status: 'restoring' };
  /** The session this tab belongs to, kept after sign-out so the other tabs' messages can be matched. */
  private sessionId: string | null = null;
  private readonly listeners = new Set<() => void>();
  readonly activity: ActivityTracker;

  constructor(
    private readonly api: ApiClient,
    private readonly socket: DeskSocket,
    private readonly feed: EventFeed,
    private readonly channel = new SessionChannel(),
  ) {
    this.activity = new ActivityTracker(channel);
    api.onSessionEnded((reason) => this.onRefused(reason));
    api.onRenewed((at) => {
      this.sessionId = api.tokens.get()?.sessionId ?? null;
      this.activity.renewed(at);
    });
    channel.subscribe((message) => this.onMessage(message));
    // The server ended this session (logged out elsewhere, account disabled, password reset) and closed the socket:
    // asking who we are runs the api client's renewal, whose refusal ends the session here with the server's reason.
    socket.on('session.ended', () => void this.api.me().catch(() => undefined));
  }

  getSnapshot = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The server's SESSION_IDLE_TIMEOUT, as it told this tab. */
  idleTimeoutMs(): number {
    return this.api.tokens.get()?.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  }

  /**
   * After a reload the tab's own access token is checked against `GET /api/me`; a tab without one (new tab) joins
   * the browser's session through the refresh cookie, or shows the login form when there is none.
   */
  async restore(): Promise<void> {
    try {
      const stored = this.api.tokens.get();
      if (stored) {
        this.sessionId = stored.sessionId;
        this.activity.lastRenewedAt = Math.max(this.activity.lastRenewedAt, stored.receivedAt);
      } else if (!(await this.api.resume())) return this.set({ status: 'signed-out', notice: null });
      const user = await this.api.me();
      this.set({ status: 'signed-in', user });
      this.socket.connect();
    } catch (error) {
      if (error instanceof ApiError && error.code === SESSION_REPLACED) return; // following the new session already
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
    if (this.sessionId) this.channel.post({ type: 'signed-in', sessionId: this.sessionId });
  }

  /** 退出登录, or the idle sign-out with its notice: ends the session on the server and in every tab. */
  async logout(notice: string | null = null): Promise<void> {
    this.endHere(notice);
    if (this.sessionId) this.channel.post({ type: 'signed-out', sessionId: this.sessionId, notice });
    await this.api.logout();
  }

  private onRefused(reason: ApiError): void {
    // The browser's cookie belongs to a newer sign-in (another tab): follow it rather than end it.
    if (reason.code === SESSION_REPLACED) return void this.follow();
    this.endHere(reason.message);
    if (this.sessionId) this.channel.post({ type: 'signed-out', sessionId: this.sessionId, notice: reason.message });
  }

  private onMessage(message: SessionMessage): void {
    if (message.type === 'signed-out' && message.sessionId === this.sessionId && this.state.status === 'signed-in') {
      this.api.tokens.clear();
      this.endHere(message.notice ?? SIGNED_OUT_ELSEWHERE_NOTICE);
    }
    if (message.type === 'signed-in' && message.sessionId !== this.sessionId && this.state.status !== 'restoring') {
      void this.follow();
    }
  }

  /** Drops this tab's tokens and joins the browser's current session (or shows the login form). */
  private async follow(): Promise<void> {
    this.stopRealtime();
    this.api.tokens.clear();
    this.set({ status: 'restoring' });
    await this.restore();
  }

  private endHere(notice: string | null): void {
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
