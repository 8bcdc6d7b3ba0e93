// Every test process runs in UTC so that business-time code must say Asia/Shanghai explicitly.
process.env.TZ = 'UTC';

// The worker's own copy of the migrated database (test/global-setup.js): `<run database>_w<JEST_WORKER_ID>`.
if (process.env.TEST_DATABASE_BASE_URL) {
  const url = new URL(process.env.TEST_DATABASE_BASE_URL);
  url.pathname = `${url.pathname}_w${process.env.JEST_WORKER_ID ?? '1'}`;
  process.env.TEST_DATABASE_URL = url.toString();
}
