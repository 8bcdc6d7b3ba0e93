import type { CookieOptions, Request, Response } from 'express';

/**
 * The web UI's refresh token travels in a cookie instead of the response body, so page scripts — and an XSS payload
 * among them — never see it. The cookie is:
 * - httpOnly (unreadable from JavaScript), Secure when the request came over HTTPS;
 * - SameSite=Strict and scoped to /api/auth, so it goes only to the login, refresh and logout endpoints, never
 *   cross-site;
 * - without Expires/Max-Age: a browser-session cookie, gone when the browser closes (a shared 7×24 desk), while the
 *   server still ends the session after SESSION_IDLE_TIMEOUT without use.
 * Every request that uses the cookie must also send `X-Hotline-Session: cookie`: a cross-site page cannot add a
 * custom header without a CORS preflight, which the api never grants (CSRF defence beside SameSite).
 */
export const REFRESH_COOKIE = 'hd_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
export const SESSION_TRANSPORT_HEADER = 'x-hotline-session';

/** The browser asked for the cookie transport (login) or presents its cookie (refresh, logout). */
export function wantsCookie(req: Request): boolean {
  return req.get(SESSION_TRANSPORT_HEADER) === 'cookie';
}

/** The refresh token from the cookie, only when the request also carries the transport header. */
export function readRefreshCookie(req: Request): string | null {
  if (!wantsCookie(req)) return null;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== REFRESH_COOKIE) continue;
    const value = part.slice(separator + 1).trim();
    return value ? value : null;
  }
  return null;
}

export function setRefreshCookie(req: Request, res: Response, token: string): void {
  res.cookie(REFRESH_COOKIE, token, cookieOptions(req));
}

export function clearRefreshCookie(req: Request, res: Response): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(req));
}

function cookieOptions(req: Request): CookieOptions {
  // `req.secure` honours X-Forwarded-Proto from a local reverse proxy (the api trusts loopback and private ranges).
  return { httpOnly: true, sameSite: 'strict', secure: req.secure, path: REFRESH_COOKIE_PATH };
}
