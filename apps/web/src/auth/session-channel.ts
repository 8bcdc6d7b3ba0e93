/**
 * What the tabs of one browser tell each other about the session they share (through the refresh cookie). Same
 * origin only (BroadcastChannel); a message never reaches the tab that sent it.
 *
 * - `activity`: the user acted in that tab — the idle clock of every tab restarts.
 * - `renewed`: that tab renewed — the server's idle clock restarted, no other tab needs to for earlier activity.
 * - `signed-in`: a sign-in replaced the browser's session — every other tab follows it (no second login form).
 * - `signed-out`: the session ended (退出登录, idle sign-out, refused renewal) — every tab of that session shows the
 *   login page with `notice`.
 */
export type SessionMessage =
  | { type: 'activity'; at: number }
  | { type: 'renewed'; at: number }
  | { type: 'signed-in'; sessionId: string }
  | { type: 'signed-out'; sessionId: string; notice: string | null };

const CHANNEL_NAME = 'hotline.session';

/** A message from another tab, or null when it is not one of ours (another build of the page, a tampered one). */
export function parseSessionMessage(data: unknown): SessionMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'activity':
    case 'renewed':
      return Number.isFinite(m.at) ? { type: m.type, at: m.at as number } : null;
    case 'signed-in':
      return typeof m.sessionId === 'string' ? { type: 'signed-in', sessionId: m.sessionId } : null;
    case 'signed-out':
      return typeof m.sessionId === 'string' && (m.notice === null || typeof m.notice === 'string')
        ? { type: 'signed-out', sessionId: m.sessionId, notice: m.notice }
        : null;
    default:
      return null;
  }
}

export class SessionChannel {
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  private readonly listeners = new Set<(message: SessionMessage) => void>();

  constructor() {
    this.channel?.addEventListener('message', (event: MessageEvent) => {
      const message = parseSessionMessage(event.data);
      if (message) for (const listener of this.listeners) listener(message);
    });
  }

  post(message: SessionMessage): void {
    this.channel?.postMessage(message);
  }

  subscribe(listener: (message: SessionMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
  }
}
