export * from './test-config.js';
export * from './test-app.js';
export * from './wait.js';
