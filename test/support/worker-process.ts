import type { AppConfig } from '@app/config';
import { deskEnvironment, startDeskProcess, type DeskProcess } from './desk-process.js';

/** The built worker (`npm test` builds it first, in pretest). */
export const WORKER_ENTRY = 'dist/apps/worker/apps/worker/src/main.js';

export type WorkerProcess = DeskProcess;

/**
 * The production worker as a separate process against the test's database, Redis and queue prefix, resolved once it
 * consumes jobs. Tests use it to prove the api → Redis → worker path, and to kill it for real.
 */
export function startWorkerProcess(config: AppConfig): Promise<WorkerProcess> {
  return startDeskProcess(WORKER_ENTRY, [], deskEnvironment(config), 'consuming jobs');
}
