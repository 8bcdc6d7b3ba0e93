import { JOB_NAMES, type JobName } from './job-map.js';
import type { JobHandlerFn, JobHandlerMap } from './queue-driver.js';

export class JobRegistryError extends Error {}

/**
 * Every job name must have exactly one handler before anything is consumed: a job with none would sit in Redis
 * forever, a job with two would run whichever registered last (immich's startup check).
 */
export function buildHandlerMap(found: { name: string; handler: JobHandlerFn; owner: string }[]): JobHandlerMap {
  const problems: string[] = [];
  const map: JobHandlerMap = new Map();
  for (const name of JOB_NAMES) {
    const owners = found.filter((f) => f.name === name);
    if (owners.length === 0) problems.push(`job "${name}" has no handler`);
    if (owners.length > 1) problems.push(`job "${name}" has ${owners.length} handlers: ${owners.map((o) => o.owner).join(', ')}`);
    if (owners.length === 1) map.set(name, owners[0].handler);
  }
  for (const f of found) {
    if (!(JOB_NAMES as string[]).includes(f.name)) problems.push(`${f.owner} handles unknown job "${f.name}"`);
  }
  if (problems.length) throw new JobRegistryError('Refusing to start the worker:\n  - ' + problems.join('\n  - '));
  return map as Map<JobName, JobHandlerFn>;
}
