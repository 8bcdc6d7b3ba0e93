export * from './domain/index.js';
export * from './orders.module.js';
export * from './pii/citizen-pii.js';
export * from './sla/clock-alarms.service.js';
