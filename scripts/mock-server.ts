/**
 * `npm run mock-server`: the mock Riffyn alone on http://127.0.0.1:4010 (or $PORT), for trying the
 * kit by hand or pointing another app at it. Prints the demo users and, every 30 s, the TOTP code.
 */
import { startMockRiffynServer } from '../src/testing/server.js';
import { announceMockRiffyn } from './mock-console.js';

const port = Number(process.env.PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

const server = await startMockRiffynServer({ port, log: (line) => console.log(`  ${line}`) });
console.log(`\nUse ${server.url} as the kit's baseUrl.`);
const stopCodes = await announceMockRiffyn(server);

function stop(signal: string): void {
  console.log(`\n${signal}: stopping mock Riffyn`);
  stopCodes();
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));
