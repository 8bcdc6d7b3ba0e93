export * from './app-config.js';
export * from './config.schema.js';
export * from './load-config.js';
export * from './config.module.js';
export * from './pii-key-rotation.js';
