// The same-origin proxy handler, imported as a server imports it: server-side code, never in the
// browser's bundle (the tree-shaking check makes sure).
export { createRiffynProxy } from 'riffyn-login-kit/core';
