import type { EntityManager } from 'typeorm';
import type { ClaimedKey, RecordedResponse } from './replay-decision.js';

export interface KeyClaim {
  streetCode: string;
  scope: string;
  key: string;
  requestHash: string;
  now: Date;
  expiresAt: Date;
}

/**
 * The `idempotency_key` table. A claim is an insert on the (scope, key) primary key, so a second request with the
 * key waits on the first one's row until that transaction ends: it then finds the committed response, or — if the
 * first rolled back — claims the key itself. An expired row that housekeeping has not pruned yet is taken over.
 */
export const IdempotencyStore = {
  async claim(manager: EntityManager, c: KeyClaim): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO idempotency_key (street_code, scope, key, request_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (scope, key) DO UPDATE
         SET street_code = EXCLUDED.street_code, request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
             expires_at = EXCLUDED.expires_at, response_status = NULL, response_body = NULL
         WHERE idempotency_key.expires_at <= EXCLUDED.created_at
       RETURNING key`,
      [c.streetCode, c.scope, c.key, c.requestHash, c.now, c.expiresAt],
    )) as unknown[];
    return rows.length > 0;
  },

  async read(manager: EntityManager, scope: string, key: string): Promise<ClaimedKey | undefined> {
    const [row] = (await manager.query(
      'SELECT request_hash, response_status, response_body FROM idempotency_key WHERE scope = $1 AND key = $2',
      [scope, key],
    )) as { request_hash: string; response_status: number | null; response_body: unknown }[];
    if (!row) return undefined;
    return { requestHash: row.request_hash, response: row.response_status === null ? null : { status: row.response_status, body: row.response_body } };
  },

  async record(manager: EntityManager, scope: string, key: string, response: RecordedResponse): Promise<void> {
    // `json`, not `jsonb`: it keeps the text as sent, so a replay's keys come back in the first answer's order.
    await manager.query('UPDATE idempotency_key SET response_status = $3, response_body = $4::json WHERE scope = $1 AND key = $2', [
      scope, key, response.status, JSON.stringify(response.body),
    ]);
  },
};
