// The same-origin proxy handler: server-side code, never in the browser's bundle.
export { createRiffynProxy } from '../../src/server/index.js';
