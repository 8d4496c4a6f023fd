/**
 * `npm start`: the demo app against the embedded mock Riffyn, in one command.
 * `RIFFYN_API_URL=https://api.<company>.riffyn.com npm start` points the demo at a real deployment
 * instead. Either way the browser calls same-origin /v1, served by the kit's own proxy handler
 * (`createRiffynProxy` through the Node adapter), the way a deployed app serves it: so CORS never
 * gets in the way, and the demo runs through exactly the code a deployment would.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { createRiffynProxy } from '../src/server/index.js';
import { toNodeHandler } from '../src/server/node.js';
import { startMockRiffynServer } from '../src/testing/server.js';
import { announceMockRiffyn } from './mock-console.js';

const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const mockPort = Number(process.env.MOCK_PORT ?? 4010);
const realApi = process.env.RIFFYN_API_URL?.replace(/\/+$/, '');

const mock = realApi ? null : await startMockRiffynServer({ port: mockPort, log: (line) => console.log(`  ${line}`) });
const target = realApi ?? mock!.url;

// Session mode: the accessToken in an encrypted HttpOnly cookie. A deployment keeps its secret in its
// configuration; the demo makes one per start unless SESSION_SECRET says otherwise.
const sessionSecret = process.env.SESSION_SECRET ?? randomBytes(32).toString('base64url');

const riffyn = toNodeHandler(
  createRiffynProxy({
    upstream: target,
    session: { secret: sessionSecret },
    // The mock prints its own, richer line per request; a real API gets the proxy's.
    log: realApi ? ({ method, path, status, durationMs, error }) => console.log(`  ${method} ${path ?? '(refused)'} ${status} ${durationMs} ms${error ? ` ${error}` : ''}`) : undefined,
  }),
);
/** Mounted before Vite's own middlewares, so no /v1 request ever falls through to the SPA fallback. */
const riffynProxy: Plugin = {
  name: 'riffyn-proxy',
  configureServer(server) {
    // Connect drops the promise; the kit's handler answers every request itself, errors too.
    server.middlewares.use('/v1', (req, res) => void riffyn(req, res));
  },
};

const vite = await createServer({
  configFile: resolve(import.meta.dirname, '../demo/vite.config.ts'),
  plugins: [riffynProxy],
  server: { host: '127.0.0.1', port: demoPort, strictPort: true },
  logLevel: 'warn',
});
await vite.listen();
const url = `http://127.0.0.1:${demoPort}/`;

console.log(`\nriffyn-login-kit demo: ${url}`);
console.log(`Riffyn API: ${target}${realApi ? ' (RIFFYN_API_URL)' : ' (embedded mock)'}\n`);
const stopCodes = mock ? await announceMockRiffyn(mock) : () => {};

async function stop(signal: string): Promise<void> {
  console.log(`\n${signal}: stopping`);
  stopCodes();
  await Promise.allSettled([vite.close(), mock?.close()]);
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
