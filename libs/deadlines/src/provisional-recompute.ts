import type { JobQueue } from '@app/queue';

/**
 * Asks for the running clocks computed provisionally for `year` to be set again now that its schedule changed
 * (DESIGN §14). Only libs/orders writes order tables, so the calendar side only enqueues. The job id is fixed per
 * (street, year, load): enqueueing the same load twice is a no-op, while a later correction of the year runs again.
 */
export async function enqueueProvisionalRecompute(jobs: JobQueue, streetCode: string, year: number, loadedAt: Date): Promise<void> {
  await jobs.enqueue(
    'recompute-provisional-clocks',
    { streetCode, year },
    { jobId: `recompute-provisional-${streetCode}-${year}-${loadedAt.getTime()}` },
  );
}
