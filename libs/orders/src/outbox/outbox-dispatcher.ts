import { Injectable } from '@nestjs/common';
import { JobQueue } from '@app/queue';

/**
 * One job id per (message, round): enqueueing the same round twice (the after-commit hook and a sweep) is a no-op,
 * and a supervisor's retry starts a new round, so it is not swallowed by the queue still keeping the last job.
 */
export function outboxJobId(outboxId: string, round: number): string {
  return `outbox-${outboxId}-r${round}`;
}

/** Hands outbox messages to the `outbox-deliver` job. */
@Injectable()
export class OutboxDispatcher {
  constructor(private readonly jobs: JobQueue) {}

  async enqueue(outboxId: string, round: number): Promise<void> {
    await this.jobs.enqueue('outbox-deliver', { outboxId }, { jobId: outboxJobId(outboxId, round) });
  }
}
