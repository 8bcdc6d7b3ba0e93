import type { JobsOptions } from 'bullmq';
import type { RetryPreset } from './job-map.js';

export function jobOptionsOf(preset: RetryPreset): JobsOptions {
  return {
    attempts: preset.attempts,
    backoff: { type: preset.backoff.type, delay: preset.backoff.delayMs },
    removeOnComplete: { age: preset.keepCompleted.ageSeconds, count: preset.keepCompleted.count },
    removeOnFail: { age: preset.keepFailed.ageSeconds, count: preset.keepFailed.count },
  };
}

/** BullMQ refuses custom ids containing ':' or made only of digits; check here so both drivers agree. */
export function assertJobId(jobId: string): string {
  if (jobId.includes(':') || /^\d+$/.test(jobId)) throw new Error(`Invalid job id "${jobId}": no ':' and not only digits`);
  return jobId;
}

/** Delay before attempt n+1 (n ≥ 1), as BullMQ computes it. */
export function backoffDelay(preset: RetryPreset, attemptsMade: number): number {
  return preset.backoff.type === 'fixed' ? preset.backoff.delayMs : preset.backoff.delayMs * 2 ** (attemptsMade - 1);
}
