export * from './reference-data.js';
export * from './reference.seeder.js';
export * from './reference.module.js';
export * from './admin/classifier-hook.js';
export * from './words/word-list.js';
export * from './words/default-stop-words.js';
export * from './routing-precedence.js';
