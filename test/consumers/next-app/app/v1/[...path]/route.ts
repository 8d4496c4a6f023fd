// The README's same-origin proxy, as written there: the browser calls /v1/… on this app, and this
// route handler relays the kit's calls (and nothing else) to Riffyn, here the kit's mock server.
import { createRiffynProxy } from 'riffyn-login-kit/core';

const riffyn = createRiffynProxy({ upstream: process.env.RIFFYN_API_URL ?? 'https://api.app.riffyn.com' });
export { riffyn as GET, riffyn as POST, riffyn as PATCH };
