// `npm run migration:run`: applies pending migrations to DATABASE_URL (or the embedded database under DATA_DIR).
import { loadConfig } from '../../../config/src/load-config.js';
import { MIGRATIONS } from '../../../../schema/src/migrations.js';
import { createDataSource } from '../data-source.factory.js';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { runMigrations } from '../migrate.js';

const config = loadConfig(process.env, { requireSecrets: false });
const embedded = config.embedded ? await startEmbeddedPostgres(config.dataDir) : null;
const dataSource = createDataSource({
  url: embedded?.url ?? config.database.url!,
  poolSize: embedded ? 1 : 2,
  entities: [],
  migrations: MIGRATIONS,
  applicationName: 'hotline-desk-migrate',
});
await dataSource.initialize();
try {
  const applied = await runMigrations(dataSource, { lock: !embedded });
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await dataSource.destroy();
  await embedded?.stop();
}
