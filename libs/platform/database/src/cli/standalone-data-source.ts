import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/src/app-config.js';
import { loadConfig } from '../../../config/src/load-config.js';
import { createDataSource } from '../data-source.factory.js';
import { startEmbeddedPostgres } from '../embedded-postgres.js';

/**
 * A DataSource for command-line tools (migrations, audit verification): DATABASE_URL, or the embedded database under
 * DATA_DIR. Tools need no secrets, so they run with only the storage variables set.
 */
export async function openStandaloneDataSource(
  applicationName: string,
  migrations: Function[] = [],
): Promise<{ dataSource: DataSource; config: AppConfig; embedded: boolean; close(): Promise<void> }> {
  const config = loadConfig(process.env, { requireSecrets: false });
  const server = config.embedded ? await startEmbeddedPostgres(config.dataDir) : null;
  const dataSource = createDataSource({
    url: server?.url ?? config.database.url!,
    poolSize: server ? 1 : 2,
    entities: [],
    migrations,
    applicationName,
  });
  await dataSource.initialize();
  return {
    dataSource,
    config,
    embedded: server !== null,
    async close() {
      await dataSource.destroy();
      await server?.stop();
    },
  };
}
