/** The review lib's pure core: screening, suggested checklist, rounds, metrics, rates, templates. */
export * from './reply-screening.js';
export * from './suggested-checklist.js';
export * from './review-history.js';
export * from './review-metrics.js';
export * from './template-render.js';
