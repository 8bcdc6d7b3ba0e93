export * from './assessment-period.js';
export * from './change.js';
export * from './duration-histogram.js';
export * from './keywords.js';
export * from './ranking.js';
export * from './rate-config.js';
export * from './sudden-rises.js';
export * from './three-rates.js';
