import { shanghaiInstant } from '@app/calendar';
import type { JobQueue } from '@app/queue';
import type { Queryable } from './calendar.queries.js';

/**
 * The running clocks a load of `year` may move (DESIGN §14), as a FROM/WHERE over `order_clock c JOIN work_order o`
 * with parameters $1 street, $2 the year's first instant, $3 the next year's. A clock's arithmetic looks only at days
 * from its start to its due time, or to the upstream limit it counts back from; clocks whose span misses the year
 * cannot have been decided by it. The recompute job (libs/orders) and the admin's preview both use it, so the
 * preview's count is the job's candidates.
 */
export const PROVISIONAL_CLOCKS_OF_YEAR = `order_clock c JOIN work_order o ON o.id = c.order_id
  WHERE c.street_code = $1 AND c.stopped_at IS NULL AND c.provisional
    AND c.started_at < $3
    AND GREATEST(c.due_at, CASE WHEN c.kind = 'unitReply' THEN o.upstream_due_at END) >= $2`;

export function provisionalClocksOfYearParams(streetCode: string, year: number): [string, Date, Date] {
  return [streetCode, shanghaiInstant(`${year}-01-01`), shanghaiInstant(`${year + 1}-01-01`)];
}

/** Running provisional clocks (and their orders) that a load of `year` would have recomputed. Read only. */
export async function countProvisionalClocksOfYear(db: Queryable, streetCode: string, year: number): Promise<{ clocks: number; orders: number }> {
  const [row] = (await db.query(
    `SELECT count(*)::int AS clocks, count(DISTINCT c.order_id)::int AS orders FROM ${PROVISIONAL_CLOCKS_OF_YEAR}`,
    provisionalClocksOfYearParams(streetCode, year),
  )) as { clocks: number; orders: number }[];
  return row;
}

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
