// Jest runs in native ESM mode (NestJS 12 ships only ES modules): see README "Tests".
const aliases = {
  '^@app/access$': '<rootDir>/libs/access/src/index.ts',
  '^@app/clock$': '<rootDir>/libs/platform/clock/src/index.ts',
  '^@app/schema$': '<rootDir>/libs/schema/src/index.ts',
  '^@app/system$': '<rootDir>/libs/system/src/index.ts',
  '^@app/seed$': '<rootDir>/libs/seed/src/index.ts',
  '^@app/deadlines$': '<rootDir>/libs/deadlines/src/index.ts',
  '^@app/config$': '<rootDir>/libs/platform/config/src/index.ts',
  '^@app/database$': '<rootDir>/libs/platform/database/src/index.ts',
  '^@app/queue$': '<rootDir>/libs/platform/queue/src/index.ts',
  '^@app/realtime$': '<rootDir>/libs/platform/realtime/src/index.ts',
  '^@app/auth$': '<rootDir>/libs/platform/auth/src/index.ts',
  '^@app/audit$': '<rootDir>/libs/platform/audit/src/index.ts',
  '^@app/errors$': '<rootDir>/libs/platform/errors/src/index.ts',
  '^@app/idempotency$': '<rootDir>/libs/platform/idempotency/src/index.ts',
  '^@app/cache-bus$': '<rootDir>/libs/platform/cache-bus/src/index.ts',
  '^@app/testing$': '<rootDir>/libs/platform/testing/src/index.ts',
  '^@app/reference$': '<rootDir>/libs/reference/src/index.ts',
  '^@app/address$': '<rootDir>/libs/address/src/index.ts',
  '^@app/calendar$': '<rootDir>/libs/calendar/src/index.ts',
  '^@app/orders$': '<rootDir>/libs/orders/src/index.ts',
  '^@app/attachments$': '<rootDir>/libs/attachments/src/index.ts',
  '^@app/roster$': '<rootDir>/libs/roster/src/index.ts',
  '^@app/rostering$': '<rootDir>/libs/rostering/src/index.ts',
  '^@app/intake$': '<rootDir>/libs/intake/src/index.ts',
  '^@app/review$': '<rootDir>/libs/review/src/index.ts',
  '^@app/stats$': '<rootDir>/libs/stats/src/index.ts',
  '^@app/reports$': '<rootDir>/libs/reports/src/index.ts',
  '^@app/demo$': '<rootDir>/libs/demo/src/index.ts',
  // The web UI's own subpath aliases (apps/web/tsconfig.json), for its unit specs.
  '^@app/orders/domain/(.*)$': '<rootDir>/libs/orders/src/domain/$1',
  '^@app/review/domain/(.*)$': '<rootDir>/libs/review/src/domain/$1',
  '^@app/stats/domain/(.*)$': '<rootDir>/libs/stats/src/domain/$1',
  '^@app/realtime/client-events$': '<rootDir>/libs/platform/realtime/src/client-events.ts',
  // Relative imports are written with .js (ESM); Jest resolves the .ts source.
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: aliases,
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  testEnvironment: 'node',
  rootDir: '.',
};

export default {
  // A global option: Jest ignores testTimeout inside a project, and hooks that start an app need more than 5 s
  // on a loaded two-core machine.
  testTimeout: 60000,
  // Two files at a time, each worker on its own copy of the database (test/global-setup.js). A worker grows with
  // every file (ESM in VM contexts leaks) until GC thrashes and hooks time out, so it is replaced once its heap
  // passes the limit.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      setupFiles: ['<rootDir>/test/setup-env.js'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/libs/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.js',
      setupFiles: ['<rootDir>/test/setup-env.js'],
      testTimeout: 60000,
    },
  ],
};
