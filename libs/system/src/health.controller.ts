import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { QUEUE_DRIVER, type QueueDriver } from '@app/queue';
import { RedisProbe } from './redis-probe.js';

interface Check {
  ok: boolean;
  detail: string;
  ms: number;
}

/**
 * Liveness and readiness: 200 when the database, Redis and the queue answer, 503 otherwise, with what failed. Redis
 * is checked on its own (PING), not through the queue: the queue may run in-process while Redis is configured.
 */
@ApiTags('system 系统')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(QUEUE_DRIVER) private readonly queue: QueueDriver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisProbe,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: '健康检查：数据库、Redis、队列' })
  async health(@Res({ passthrough: true }) res: Response) {
    const [database, redis, queue] = await Promise.all([
      timed(async () => {
        await this.dataSource.query('SELECT 1');
        return this.config.embedded ? 'embedded PGlite' : 'postgresql';
      }),
      this.redis.configured ? timed(async () => `redis ${await this.redis.ping()}`) : notConfigured('embedded/in-process (REDIS_URL not set)'),
      timed(async () => {
        const h = await this.queue.health();
        if (!h.ok) throw new Error(`${this.queue.kind}: ${h.detail}`);
        return `${this.queue.kind}: ${h.detail}`;
      }),
    ]);
    const checks: Record<string, Check> = { database, redis, queue };
    const ok = Object.values(checks).every((c) => c.ok);
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', mode: this.config.embedded ? 'embedded' : 'production', queueDriver: this.queue.kind, checks };
  }
}

/** A part this deployment does not use: nothing to fail. */
async function notConfigured(detail: string): Promise<Check> {
  return { ok: true, detail, ms: 0 };
}

async function timed(fn: () => Promise<string>): Promise<Check> {
  const start = performance.now();
  try {
    const detail = await withTimeout(fn(), 3000);
    return { ok: true, detail, ms: Math.round(performance.now() - start) };
  } catch (error) {
    return { ok: false, detail: (error as Error).message, ms: Math.round(performance.now() - start) };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms).unref())]);
}
