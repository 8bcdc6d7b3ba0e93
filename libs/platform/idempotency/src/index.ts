export * from './idempotency-key.js';
export * from './request-hash.js';
export * from './replay-decision.js';
export * from './run-once.js';
export * from './idempotency-key.decorator.js';
