import { Foundation1764201600000 } from './migrations/1764201600000-Foundation.js';

/** Every migration, in order. Never edit one that has landed; add a new one. */
export const MIGRATIONS = [Foundation1764201600000];
