import type { NextFunction, Request, Response } from 'express';

/**
 * What the desk allows a page to load (the UI and the API docs): its own scripts only, antd's runtime styles
 * (CSS-in-JS, hence 'unsafe-inline' for style alone), images and fonts from itself or data/blob URLs (charts,
 * previews), requests and the socket to its own origin, and no framing by anyone (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers on every response, API and UI alike (issue 13 item 11): the policy above, no framing for browsers that
 * predate frame-ancestors, no MIME sniffing, and no Referer leaving the desk (its URLs carry order ids).
 */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  next();
}
