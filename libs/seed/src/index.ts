export * from './seeder.service.js';
export * from './seed.module.js';
