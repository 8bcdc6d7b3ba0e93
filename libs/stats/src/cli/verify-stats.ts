// `npm run stats:verify`: recomputes every statistics fact and rollup from the raw order tables and compares.
// Exit code 0 when they agree, 2 naming the first difference, 1 on error.
import { openStandaloneDataSource } from '../../../platform/database/src/cli/standalone-data-source.js';
import { StatsRefresher } from '../rollups/stats-refresher.js';
import { StatsVerifier } from '../rollups/stats-verifier.js';

const { dataSource, close } = await openStandaloneDataSource('hotline-desk-stats-verify');
let exitCode = 0;
try {
  const { orders, difference } = await new StatsVerifier(dataSource, new StatsRefresher(dataSource)).verify();
  if (!difference) {
    console.log(`statistics agree with the raw orders (${orders} orders recomputed)`);
  } else {
    exitCode = 2;
    console.log(`statistics DIFFER in ${difference.table}:`);
    console.log(`  stored     ${JSON.stringify(difference.stored)}`);
    console.log(`  recomputed ${JSON.stringify(difference.recomputed)}`);
  }
} finally {
  await close();
}
process.exit(exitCode);
