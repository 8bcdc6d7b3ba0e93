// `npm run stats:rebuild`: drops the statistics facts and rollups and builds them again from the raw order tables.
import { openStandaloneDataSource } from '../../../platform/database/src/cli/standalone-data-source.js';
import { StatsRefresher } from '../rollups/stats-refresher.js';

const { dataSource, close } = await openStandaloneDataSource('hotline-desk-stats-rebuild');
try {
  const started = Date.now();
  const orders = await new StatsRefresher(dataSource).rebuildAll();
  console.log(`statistics rebuilt from ${orders} orders in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await close();
}
