// The same-origin proxy: Fetch API only, no React, no node: imports (the Node adapter is `./node.ts`,
// its own entry). Values first, then `export type`, as in the main barrel.
export { createRiffynProxy } from './proxy.js';

export type { RiffynProxyError, RiffynProxyHandler, RiffynProxyLogEntry, RiffynProxyOptions } from './proxy.js';
export type { RiffynSessionInfo, RiffynSessionOptions } from './session.js';
export type { SignInLimit } from './rate-limit.js';
