export * from './cache-bus.js';
export * from './cache-bus.module.js';
export * from './redis-cache-bus.transport.js';
