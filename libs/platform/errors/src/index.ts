export * from './domain-error.js';
export * from './error-body.js';
export * from './zod-errors.js';
export * from './error-codes.js';
export * from './all-exceptions.filter.js';
export * from './zod-body.pipe.js';
