/**
 * `npm start`: the demo app against the embedded mock Riffyn, in one command.
 * `RIFFYN_API_URL=https://api.<company>.riffyn.com npm start` points the demo at a real deployment
 * instead; either way the browser calls same-origin /v1 and Vite's dev proxy forwards it, so CORS
 * never gets in the way.
 */
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { startMockRiffynServer } from '../src/testing/server.js';
import { announceMockRiffyn } from './mock-console.js';

const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const mockPort = Number(process.env.MOCK_PORT ?? 4010);
const realApi = process.env.RIFFYN_API_URL?.replace(/\/+$/, '');

const mock = realApi ? null : await startMockRiffynServer({ port: mockPort, log: (line) => console.log(`  ${line}`) });
const target = realApi ?? mock!.url;

const vite = await createServer({
  configFile: resolve(import.meta.dirname, '../demo/vite.config.ts'),
  server: {
    host: '127.0.0.1',
    port: demoPort,
    strictPort: true,
    proxy: { '/v1': { target, changeOrigin: true, secure: true } },
  },
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
