export * from './reference-data.js';
export * from './demo/index.js';
