export * from './demo-users.js';
export * from './reference.seeder.js';
export * from './seeder.service.js';
export * from './seed.module.js';
