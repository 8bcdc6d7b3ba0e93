import { Inject, Injectable, SetMetadata } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@app/clock';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { TooManyRequestsError } from '@app/errors';

/** The routes limited per client address (issue 13), each with its own per-minute budget from the configuration. */
export type RateLimitScope = 'login' | 'intake';

export const RATE_LIMIT_SCOPE = 'hd:rate-limit-scope';
/** Counts the route's requests per client address per minute; the access guard answers 429 over the limit. */
export const RateLimited = (scope: RateLimitScope) => SetMetadata(RATE_LIMIT_SCOPE, scope);

export const RateLimitErrorCode = { TooManyRequests: 'RATE_LIMITED' } as const;

const WINDOW_MS = 60_000;

export interface RateLimitVerdict {
  allowed: boolean;
  hits: number;
  limit: number;
  /** Whole seconds until the window ends: the Retry-After header. */
  retryAfterSeconds: number;
}

/** The fixed window a moment falls in, and what the counter says once this request is counted. */
export function windowStartOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
}

export function verdictOf(hits: number, limit: number, windowStart: Date, now: Date): RateLimitVerdict {
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  return { allowed: hits <= limit, hits, limit, retryAfterSeconds };
}

/**
 * A fixed-window counter per route and client address, kept in the database rather than in each process: several
 * api processes share one budget, and the embedded mode has no Redis. One upsert counts atomically, so concurrent
 * requests can never all read "under the limit".
 */
@Injectable()
export class RequestRateLimiter {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async hit(scope: RateLimitScope, client: string): Promise<RateLimitVerdict> {
    const now = this.clock.now();
    const windowStart = windowStartOf(now);
    const [row] = (await this.dataSource.query(
      `INSERT INTO request_rate_window AS w (scope, client, window_start, hits) VALUES ($1, $2, $3, 1)
       ON CONFLICT (scope, client) DO UPDATE SET
         hits = CASE WHEN w.window_start < EXCLUDED.window_start THEN 1 ELSE w.hits + 1 END,
         window_start = greatest(w.window_start, EXCLUDED.window_start)
       RETURNING hits, window_start`,
      [scope, client, windowStart],
    )) as { hits: number; window_start: Date }[];
    return verdictOf(row.hits, this.limitOf(scope), new Date(row.window_start), now);
  }

  /** Throws 429 over the limit; the caller sets Retry-After from the error's details. */
  async enforce(scope: RateLimitScope, client: string): Promise<void> {
    const verdict = await this.hit(scope, client);
    if (verdict.allowed) return;
    throw new TooManyRequestsError(RateLimitErrorCode.TooManyRequests, `请求过于频繁，请 ${verdict.retryAfterSeconds} 秒后再试`, {
      scope,
      limitPerMinute: verdict.limit,
      retryAfterSeconds: verdict.retryAfterSeconds,
    });
  }

  private limitOf(scope: RateLimitScope): number {
    return scope === 'login' ? this.config.rateLimits.loginPerMinute : this.config.rateLimits.intakePerMinute;
  }
}
