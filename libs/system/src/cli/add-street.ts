// `npm run street:add -- --file street.json [--code 110102017] [--name 白纸坊街道] [--short-code BZF] [--admin bzf.admin]`:
// adds a street to the deployment from a reference file of the demo street's shape (libs/reference/data/taoranting.json),
// on DATABASE_URL or the embedded database under DATA_DIR. The first admin's password is read from
// STREET_ADMIN_PASSWORD, never from the command line (it would stay in the shell's history). Exit code 0 on success,
// 1 with the reason otherwise; nothing is written when it fails.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ZodError, z } from 'zod';
import { MIGRATIONS } from '../../../schema/src/migrations.js';
import { runMigrations } from '../../../platform/database/src/migrate.js';
import { openStandaloneDataSource } from '../../../platform/database/src/cli/standalone-data-source.js';
import { TransactionRunner } from '../../../platform/database/src/transaction-runner.js';
import { SystemClock } from '../../../platform/clock/src/clock.js';
import { BroadcasterHub } from '../../../platform/realtime/src/event-broadcaster.js';
import { addStreet, StreetSetupError } from '../street/add-street.js';

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    code: { type: 'string' },
    name: { type: 'string' },
    'short-code': { type: 'string' },
    admin: { type: 'string' },
  },
});
if (!values.file) fail('--file <street.json> is required');
if (values.admin && !process.env.STREET_ADMIN_PASSWORD) fail('--admin needs the password in STREET_ADMIN_PASSWORD');

let file: unknown;
try {
  file = JSON.parse(readFileSync(values.file!, 'utf8'));
} catch (error) {
  fail(`cannot read ${values.file}: ${(error as Error).message}`);
}

const { dataSource, embedded, close } = await openStandaloneDataSource('hotline-desk-street-add', MIGRATIONS);
try {
  await runMigrations(dataSource, { lock: !embedded });
  const tx = new TransactionRunner(dataSource, new SystemClock(), new BroadcasterHub());
  const added = await addStreet(tx, file, {
    code: values.code,
    name: values.name,
    shortCode: values['short-code'],
    admin: values.admin ? { username: values.admin, password: process.env.STREET_ADMIN_PASSWORD! } : undefined,
  });
  console.log(`street ${added.code} ${added.name} added: ${JSON.stringify(added.reference)}${added.admin ? `; admin ${added.admin}` : ''}`);
} catch (error) {
  if (error instanceof ZodError) fail(`invalid street file:\n${z.prettifyError(error)}`);
  if (error instanceof StreetSetupError) fail(error.message);
  throw error;
} finally {
  await close();
}

function fail(message: string): never {
  console.error(`street:add: ${message}`);
  process.exit(1);
}
