export * from './audit-checkpoint.js';
export * from './anchor-store.js';
export { RedisAnchorStore } from './redis-anchor-store.js';
export { FileAnchorStore } from './file-anchor-store.js';
export { createAnchorStore } from './create-anchor-store.js';
export { takeAuditCheckpoint } from './take-checkpoint.js';
export { AuditAnchorModule } from './audit-anchor.module.js';
