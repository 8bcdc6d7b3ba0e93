export * from './address-key.js';
export * from './normalise-text.js';
