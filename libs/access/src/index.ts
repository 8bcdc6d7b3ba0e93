export * from './roles.js';
export * from './permissions.js';
export * from './permission-labels.js';
export * from './data-scope.js';
export * from './pii-mask.js';
export * from './free-text-mask.js';
export * from './free-text-fields.js';
