export * from './audit-hash.js';
export * from './audit-writer.js';
export * from './verify-audit-chain.js';
export * from './anchor/index.js';
