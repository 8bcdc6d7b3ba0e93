// `npm run pii:rotate`: moves citizens' personal data from PII_KEY to PII_KEY_NEW (README "Operations"). First reads
// every value and stops, writing nothing, if one opens under neither key; then rewrites in batches of one transaction
// each, with an audit record per batch. A rerun skips what has moved. `--check` only reads and reports, and may run
// while the desk does; the rotation itself refuses while the api or a worker is connected (they hold the old key).
// Exit code 0 when done (or nothing to do), 2 naming a value neither key opens, 1 on error (configuration, the api or
// worker still connected).
import { ConfigError } from '../../../platform/config/src/load-config.js';
import { loadPiiKeyRotation, storeEmbeddedPiiKey, type PiiKeyRotationConfig } from '../../../platform/config/src/pii-key-rotation.js';
import { openStandaloneDataSource } from '../../../platform/database/src/cli/standalone-data-source.js';
import { CitizenPii } from '../../../orders/src/pii/citizen-pii.js';
import { deskConnections, rotatePiiKey, surveyPii, UnreadablePiiError } from '../pii-rotation/rotate-pii-key.js';

const checkOnly = process.argv.includes('--check');
let rotation: PiiKeyRotationConfig;
try {
  rotation = loadPiiKeyRotation();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const keys = { from: new CitizenPii(rotation.from), to: new CitizenPii(rotation.to) };
console.log(`PII_KEY ${keys.from.keyId} → PII_KEY_NEW ${keys.to.keyId}`);

const { dataSource, embedded, close } = await openStandaloneDataSource('hotline-desk-pii-rotate');
let exitCode = 0;
try {
  // Reading is safe while the desk runs (`--check` before the maintenance window); writing is not.
  const running = embedded || checkOnly ? [] : await deskConnections(dataSource);
  if (running.length) {
    exitCode = 1;
    console.log(`refused: stop the desk first, it still holds the old key (${running.map((r) => `${r.application} × ${r.connections}`).join(', ')})`);
  } else {
    const survey = await surveyPii(dataSource, keys);
    console.log(`orders: ${survey.orders} read, ${survey.toRekey} to move, ${survey.current} under the new key already`);
    if (survey.unreadableCount) {
      exitCode = 2;
      console.log(`UNREADABLE under both keys: ${survey.unreadableCount} value(s), nothing was written`);
      for (const u of survey.unreadable) console.log(`  ${u.table}.${u.column} id = ${u.id}`);
    } else if (!checkOnly) {
      const started = Date.now();
      const done = await rotatePiiKey(dataSource, keys);
      console.log(`rotated: ${done.rekeyed} orders re-encrypted, ${done.statsFacts} statistics facts re-hashed, ${done.batches} batches in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (rotation.embeddedSecretsFile) {
        storeEmbeddedPiiKey(rotation.embeddedSecretsFile, rotation.to);
        console.log(`the new key is stored in ${rotation.embeddedSecretsFile}`);
      } else {
        console.log('now start the desk with PII_KEY set to the new key');
      }
    }
  }
} catch (error) {
  if (!(error instanceof UnreadablePiiError)) throw error;
  exitCode = 2;
  console.log('UNREADABLE under both keys (this batch was rolled back, earlier batches stay moved; fix it and run again):');
  for (const u of error.values) console.log(`  ${u.table}.${u.column} id = ${u.id}`);
} finally {
  await close();
}
process.exit(exitCode);
