// `npm run migration:run`: applies pending migrations to DATABASE_URL (or the embedded database under DATA_DIR).
import { MIGRATIONS } from '../../../../schema/src/migrations.js';
import { runMigrations } from '../migrate.js';
import { openStandaloneDataSource } from './standalone-data-source.js';

const { dataSource, embedded, close } = await openStandaloneDataSource('hotline-desk-migrate', MIGRATIONS);
try {
  const applied = await runMigrations(dataSource, { lock: !embedded });
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await close();
}
