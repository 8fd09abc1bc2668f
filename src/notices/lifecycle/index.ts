export { contentHash } from './content-hash.js';
export * from './notice-lifecycle.js';
