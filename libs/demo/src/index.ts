export * from './generator.js';
export * from './demo-users.js';
export * from './demo-seeder.service.js';
export { demoOverdueShare, seedDemoOrders } from './demo-orders.seeder.js';
