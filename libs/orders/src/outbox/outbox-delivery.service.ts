import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@app/clock';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { backoffDelay, JOBS, type JobContext } from '@app/queue';
import { CitizenPii } from '../pii/citizen-pii.js';
import { OutboxChannels } from './outbox-channels.js';
import { OutboxRepository, type OutboxRow } from './outbox.repository.js';
import { nextAttemptAt, type DeliveryResult } from './outbox-status.js';
import { PlatformSender } from './platform-sender.js';
import { SmsSender } from './sms-sender.js';

export type DeliveryOutcome = 'delivered' | 'failed' | 'manual' | 'skipped';

/** Thrown so the queue tries again with its backoff; the message already records the error for supervisors. */
export class OutboxDeliveryError extends Error {}

/**
 * Delivers one outbox message. The message is claimed first, so a second job for it (a redelivery, the sweep, a
 * retry) sends nothing while this one runs, and nothing at all once it is delivered. Each attempt's outcome —
 * attempts, the error, when the queue tries next — is written on the message for the supervisors' list.
 */
@Injectable()
export class OutboxDelivery {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly channels: OutboxChannels,
    private readonly platform: PlatformSender,
    private readonly sms: SmsSender,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  async deliver(outboxId: string, ctx: Pick<JobContext, 'attempt'>): Promise<DeliveryOutcome> {
    const m = this.dataSource.manager;
    const now = this.clock.now();
    // Long enough for one attempt and its bookkeeping; a sender that dies leaves a claim that simply runs out.
    const until = new Date(now.getTime() + 2 * this.config.outbox.timeoutMs + 30_000);
    const message = await OutboxRepository.claim(m, outboxId, now, until);
    if (!message) return 'skipped';
    if (!this.channels.configured(message.kind)) {
      await OutboxRepository.markManual(m, outboxId, now);
      return 'manual';
    }

    const result = await this.attempt(message, now).catch((error: unknown): DeliveryResult => ({
      ok: false, retryable: true, error: describe(error),
    }));
    const after = this.clock.now();
    if (result.ok) {
      await OutboxRepository.markDelivered(m, outboxId, after);
      return 'delivered';
    }
    const retry = JOBS['outbox-deliver'].retry;
    const next = nextAttemptAt({ result, attempt: ctx.attempt, maxAttempts: retry.attempts, now: after, backoffMs: (n) => backoffDelay(retry, n) });
    await OutboxRepository.markFailed(m, outboxId, after, result.error, next);
    // A refusal that will not change by itself is not retried by the queue: a supervisor looks at it.
    if (result.retryable) throw new OutboxDeliveryError(result.error);
    return 'failed';
  }

  private async attempt(message: OutboxRow, now: Date): Promise<DeliveryResult> {
    if (message.kind === 'platform') return this.platform.send(message, now);
    const [order] = (await this.dataSource.query('SELECT citizen_phone_enc FROM work_order WHERE id = $1', [message.order_id])) as {
      citizen_phone_enc: string | null;
    }[];
    const phone = this.pii.decrypt(order?.citizen_phone_enc);
    if (!phone) return { ok: false, retryable: false, error: '工单没有诉求人电话，无法发送短信' };
    return this.sms.send({ id: message.id, orderId: message.order_id, phone, text: String(message.payload.text ?? '') });
  }
}

/** A network failure as supervisors read it, without stack traces. */
function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return '连接超时（OUTBOX_HTTP_TIMEOUT）';
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `网络错误：${e?.message ?? String(error)}${cause ? `（${cause}）` : ''}`.slice(0, 300);
}
