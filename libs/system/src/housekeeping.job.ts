import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { HandlesJob, type JobHandler } from '@app/queue';

/** Retention of operational tables (not of the audit trail, which is kept forever). */
export const RETENTION = { deskEventsDays: 7, loginAttemptsDays: 180, sessionsDays: 30 } as const;

@Injectable()
@HandlesJob('housekeeping')
export class HousekeepingJob implements JobHandler<'housekeeping'> {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle(): Promise<unknown> {
    const now = this.clock.now().getTime();
    const before = (days: number) => new Date(now - days * 86_400_000);
    const events = await this.dataSource.query('DELETE FROM desk_event WHERE at < $1', [before(RETENTION.deskEventsDays)]);
    const tokens = await this.dataSource.query(
      `DELETE FROM refresh_token t USING auth_session s WHERE s.id = t.session_id AND (s.revoked_at < $1 OR s.absolute_expires_at < $1)`,
      [before(RETENTION.sessionsDays)],
    );
    const attempts = await this.dataSource.query('DELETE FROM login_attempt WHERE at < $1', [before(RETENTION.loginAttemptsDays)]);
    // A rate window older than a day counts nothing any more (windows are a minute long).
    const windows = await this.dataSource.query('DELETE FROM request_rate_window WHERE window_start < $1', [before(1)]);
    // An expired key no longer answers (a request with it starts afresh), so its row is only dead weight.
    const keys = await this.dataSource.query('DELETE FROM idempotency_key WHERE expires_at <= $1', [new Date(now)]);
    return {
      deskEvents: affected(events), refreshTokens: affected(tokens), loginAttempts: affected(attempts), rateWindows: affected(windows),
      idempotencyKeys: affected(keys),
    };
  }
}

function affected(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
