import type { AppConfig } from '@app/config';
import { deskEnvironment, startDeskProcess, type DeskProcess } from './desk-process.js';
import { freePort } from './free-port.js';

/** The built api (`npm test` builds it first, in pretest). */
export const API_ENTRY = 'dist/apps/api/apps/api/src/main.js';

export interface ApiProcess extends DeskProcess {
  url: string;
}

/**
 * The production api (`--role=api`: HTTP and sockets, jobs left to workers) as a separate process on a free loopback
 * port, against the test's database and Redis, resolved once it listens. Tests kill it for real.
 */
export async function startApiProcess(config: AppConfig, port?: number): Promise<ApiProcess> {
  const listenOn = port ?? (await freePort());
  const env = deskEnvironment(config, {
    PORT: String(listenOn),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false', // the test's own app has seeded the database
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
    RATE_LIMIT_INTAKE_PER_MINUTE: '1000000',
  });
  const process = await startDeskProcess(API_ENTRY, ['--role=api'], env, 'is running at');
  return { ...process, url: `http://127.0.0.1:${listenOn}` };
}
