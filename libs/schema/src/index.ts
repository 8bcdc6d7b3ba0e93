export * from './entities.js';
export * from './migrations.js';
