import type { EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';

export interface SessionRow {
  id: string;
  user_id: string;
  absolute_expires_at: Date;
  revoked_at: Date | null;
}

export interface RefreshRow {
  id: string;
  session_id: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
  absolute_expires_at: Date;
  user_id: string;
}

/** SQL for sign-in sessions (one per sign-in, the refresh-token family) and their rotating refresh tokens. */
export const SessionStore = {
  async createSession(
    m: EntityManager,
    s: { userId: string; now: Date; absoluteExpiresAt: Date; ip: string | null; userAgent: string | null },
  ): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO auth_session (user_id, created_at, last_refreshed_at, absolute_expires_at, ip, user_agent)
       VALUES ($1, $2, $2, $3, $4, $5) RETURNING id`,
      [s.userId, s.now, s.absoluteExpiresAt, s.ip, s.userAgent],
    )) as { id: string }[];
    return row.id;
  },

  async addRefreshToken(m: EntityManager, t: { sessionId: string; hash: string; now: Date; expiresAt: Date }): Promise<void> {
    await m.query(
      `INSERT INTO refresh_token (session_id, token_hash, issued_at, expires_at) VALUES ($1, $2, $3, $4)`,
      [t.sessionId, t.hash, t.now, t.expiresAt],
    );
  },

  async findRefresh(m: EntityManager, hash: string): Promise<RefreshRow | undefined> {
    const [row] = (await m.query(
      `SELECT t.id, t.session_id, t.expires_at, t.used_at, s.revoked_at, s.absolute_expires_at, s.user_id
         FROM refresh_token t JOIN auth_session s ON s.id = t.session_id WHERE t.token_hash = $1`,
      [hash],
    )) as RefreshRow[];
    return row;
  },

  /** Marks a refresh token used; false when another request used it first (a replay or a race). */
  async markUsed(m: EntityManager, tokenId: string, now: Date): Promise<boolean> {
    const rows: unknown = await m.query(`UPDATE refresh_token SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id`, [tokenId, now]);
    return returnedRows(rows).length === 1;
  },

  async touchSession(m: EntityManager, sessionId: string, now: Date): Promise<void> {
    await m.query(`UPDATE auth_session SET last_refreshed_at = $2 WHERE id = $1`, [sessionId, now]);
  },

  async revokeSession(m: EntityManager, sessionId: string, now: Date, reason: string): Promise<boolean> {
    const rows: unknown = await m.query(
      `UPDATE auth_session SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [sessionId, now, reason],
    );
    return returnedRows(rows).length === 1;
  },

  async revokeAllSessionsOf(m: EntityManager, userId: string, now: Date, reason: string): Promise<void> {
    await m.query(
      `UPDATE auth_session SET revoked_at = $2, revoked_reason = $3 WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, now, reason],
    );
  },
};
