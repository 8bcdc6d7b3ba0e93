export * from './directory.module.js';
