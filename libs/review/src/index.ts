export * from './domain/index.js';
export * from './review.module.js';
export { ReviewStats } from './metrics/review-stats.query.js';
