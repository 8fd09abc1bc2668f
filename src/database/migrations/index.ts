import { Foundation1764000000000 } from './1764000000000-foundation.js';

/** In order. A new migration is added here as well as written in this folder. */
export const MIGRATIONS = [Foundation1764000000000];
