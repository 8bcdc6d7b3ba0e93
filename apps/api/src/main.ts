import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { JobRunner } from '@app/queue';
import { createApiApp } from './create-api-app.js';

/**
 * `npm start`: everything in one process (embedded PGlite and in-process jobs without DATABASE_URL).
 * `npm run start:api` (--role=api): HTTP + socket.io only; jobs go to the worker processes through Redis.
 */
async function main(): Promise<void> {
  const role = process.argv.includes('--role=api') ? 'api' : 'all';
  const config = loadConfig();
  const runJobs = role === 'all' || config.queue.driver === 'in-process';
  const app = await createApiApp(config, { runJobs });
  if (runJobs) await app.get(JobRunner).start();
  await app.listen(config.http.port, config.http.host);
  const url = `http://${config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host}:${config.http.port}`;
  const lines = [
    `Hotline Desk 接诉即办工单台 is running at ${url}`,
    `  mode: ${config.embedded ? `embedded (data in ${config.dataDir})` : 'PostgreSQL'}, jobs: ${runJobs ? 'in this process' : 'worker processes'} (${config.queue.driver})`,
    `  API docs: ${url}/api/docs`,
  ];
  if (config.seed.demo) {
    lines.push(`  demo accounts (password ${config.seed.demoPassword}): admin, supervisor, operator, reviewer, leader, unit.cgb`);
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Hotline Desk failed to start:', error);
  }
  process.exit(1);
});
