import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-client request counters (issue 13): one row per limited route and client address, holding the current
 * fixed window's start and hits. Counted with one upsert, so every api process and the embedded mode (no Redis)
 * share the same count. A sign-in attempt is reserved as a `login_attempt` row under the user's row lock before the
 * password is checked (AuthService); `failures_reset_at` is when an administrator's unlock or password reset wiped
 * the slate, so the failures before it no longer count toward the lock.
 */
export class LoginAttemptSlots1765497600000 implements MigrationInterface {
  name = 'LoginAttemptSlots1765497600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE request_rate_window (
        scope varchar(32) NOT NULL,
        client text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (scope, client)
      )`);
    await q.query(`ALTER TABLE app_user ADD COLUMN failures_reset_at timestamptz`);
    await q.query(`CREATE INDEX request_rate_window_start ON request_rate_window (window_start)`);
    // The lockout counts a user's recent attempts on every sign-in.
    await q.query(`CREATE INDEX login_attempt_user_recent ON login_attempt (user_id, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX login_attempt_user_recent`);
    await q.query(`DROP TABLE request_rate_window`);
    await q.query(`ALTER TABLE app_user DROP COLUMN failures_reset_at`);
  }
}
