import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayload } from './job-map.js';
import type { JobContext } from './queue-driver.js';

export const JOB_HANDLER = 'hd:job-handler';

/** Marks a provider as the handler of one job; the job runner finds it by discovery. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);

export interface JobHandler<N extends JobName> {
  handle(payload: JobPayload<N>, ctx: JobContext): Promise<unknown>;
}
