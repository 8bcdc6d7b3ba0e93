import type { SessionTokens } from './types';

/**
 * Where the browser keeps the session's tokens.
 *
 * sessionStorage, not localStorage or a long-lived cookie: it lives exactly as long as the tab, so closing the
 * browser ends the session on this machine — the MLPS 2.0 (等保 2.0) level-3 expectation for a shared government
 * desk, alongside the server's 30-minute idle timeout. A reload keeps the session; a new window asks for a login.
 *
 * Caveat: a *duplicated* tab copies sessionStorage. Both tabs then hold the same refresh token, and whichever
 * refreshes second trips the server's reuse detection, which revokes the session (by design) — both tabs return to
 * the login page.
 */
export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: string;
  /** Epoch ms after which the access token should be considered stale (a little before its real expiry). */
  accessStaleAt: number;
}

const KEY = 'hotline.session.tokens';
/** Renew this long before the access token expires, so requests and socket handshakes never race its expiry. */
const STALE_MARGIN_MS = 60_000;

export class TokenStore {
  private current: StoredTokens | null = read();

  get(): StoredTokens | null {
    return this.current;
  }

  accessToken(): string | null {
    return this.current?.accessToken ?? null;
  }

  save(tokens: SessionTokens): void {
    this.current = {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      refreshExpiresAt: tokens.refreshExpiresAt,
      accessStaleAt: Date.now() + Math.max(0, tokens.expiresIn * 1000 - STALE_MARGIN_MS),
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
    if (value && typeof value.accessToken === 'string' && typeof value.refreshToken === 'string') return value as StoredTokens;
  } catch {
    // Unreadable or tampered: start signed out.
  }
  return null;
}
