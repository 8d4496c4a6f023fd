// The README's session-mode proxy, mounted under /session: the secret comes from the server's
// environment (the consumer suite makes a fresh one per run), never from the page.
import { createRiffynProxy } from 'riffyn-login-kit/core';

const riffyn = createRiffynProxy({
  upstream: process.env.RIFFYN_API_URL ?? 'https://api.app.riffyn.com',
  basePath: '/session',
  session: { secret: process.env.RIFFYN_SESSION_SECRET! },
});
export { riffyn as GET, riffyn as POST, riffyn as PATCH, riffyn as DELETE };
