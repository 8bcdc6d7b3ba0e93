/**
 * Where a tab keeps its access token.
 *
 * The refresh token is not here: the server keeps it in an httpOnly, SameSite=Strict cookie scoped to /api/auth
 * (libs/platform/auth/src/refresh-cookie.ts), out of reach of page scripts. What a tab holds is its short-lived
 * access token, in sessionStorage so a reload keeps it. A new tab (Ctrl+click on an order) has none and joins the
 * browser's session through the cookie; the cookie lasts as long as the browser, so closing it ends the session on
 * a shared desk — the MLPS 2.0 (等保 2.0) level-3 expectation, alongside the server's idle timeout.
 */
export interface StoredTokens {
  accessToken: string;
  /** Epoch ms after which the access token should be considered stale (a little before its real expiry). */
  accessStaleAt: number;
  /** The browser's sign-in session; every tab of the browser shares it. */
  sessionId: string;
  /** The server's SESSION_IDLE_TIMEOUT, which the idle sign-out follows. */
  idleTimeoutMs: number;
  /** When this tab last received tokens (epoch ms): the server's idle clock restarted then. */
  receivedAt: number;
}

/** The api's login and refresh answer to the browser (the refresh token itself went into the cookie). */
export interface SessionGrant {
  accessToken: string;
  /** Lifetime of the access token in seconds. */
  expiresIn: number;
  sessionId: string;
  idleTimeoutSeconds: number;
}

const KEY = 'hotline.session.tokens';
/** Renew this long before the access token expires (at most), so requests and socket handshakes never race its expiry. */
const STALE_MARGIN_MS = 60_000;

export class TokenStore {
  private current: StoredTokens | null = read();

  get(): StoredTokens | null {
    return this.current;
  }

  accessToken(): string | null {
    return this.current?.accessToken ?? null;
  }

  save(grant: SessionGrant, now = Date.now()): void {
    const lifetimeMs = grant.expiresIn * 1000;
    this.current = {
      accessToken: grant.accessToken,
      // A quarter of the lifetime for short-lived tokens, else a minute.
      accessStaleAt: now + lifetimeMs - Math.min(STALE_MARGIN_MS, lifetimeMs / 4),
      sessionId: grant.sessionId,
      idleTimeoutMs: grant.idleTimeoutSeconds * 1000,
      receivedAt: now,
    };
    sessionStorage.setItem(KEY, JSON.stringify(this.current));
  }

  clear(): void {
    this.current = null;
    sessionStorage.removeItem(KEY);
  }
}

function read(): StoredTokens | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const value = raw ? (JSON.parse(raw) as Partial<StoredTokens>) : null;
    if (
      value &&
      typeof value.accessToken === 'string' &&
      typeof value.sessionId === 'string' &&
      typeof value.idleTimeoutMs === 'number' &&
      typeof value.accessStaleAt === 'number' &&
      typeof value.receivedAt === 'number'
    ) {
      return value as StoredTokens;
    }
  } catch {
    // Unreadable or tampered: the tab joins the session through the cookie, or asks for a login.
  }
  return null;
}
