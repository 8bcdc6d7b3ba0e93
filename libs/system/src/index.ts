export * from './system.module.js';
export * from './audit-anchor.job.js';
export * from './audit-verify.job.js';
export * from './housekeeping.job.js';
export * from './health.controller.js';
export * from './redis-probe.js';
export * from './audit/audit-diff.js';
export * from './street/add-street.js';
