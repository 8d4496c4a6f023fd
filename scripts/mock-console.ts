/**
 * What `npm start` and `npm run mock-server` print about the mock Riffyn: its demo users and,
 * at every 30 s boundary, the TOTP code an authenticator app would show now.
 */
import { DEMO_TOTP_SECRET, demoUsers, otpauthUri } from '../src/testing/index.js';
import type { MockRiffynServer } from '../src/testing/server.js';

/** Prints the users and starts the code ticker; returns a function that stops it. */
export async function announceMockRiffyn(server: MockRiffynServer): Promise<() => void> {
  const mfaUsers = demoUsers.filter((user) => user.totpSecret !== undefined);
  const width = Math.max(...demoUsers.map((user) => user.username.length));
  console.log(`Mock Riffyn on ${server.url}. Demo users:\n`);
  for (const user of demoUsers) {
    const password = user.password === null ? '(any)' : JSON.stringify(user.password);
    console.log(`  ${user.username.padEnd(width)}  ${password.padEnd(16)}  ${user.shows}`);
  }
  console.log(`\nTOTP secret of the MFA users: ${DEMO_TOTP_SECRET}`);
  console.log(`  authenticator app URI: ${otpauthUri(DEMO_TOTP_SECRET, 'mfa-user')}\n`);

  const printCode = async () => {
    const now = Date.now();
    const code = await server.mock.currentCode(mfaUsers[0]!.username, now);
    const left = 30 - (Math.floor(now / 1000) % 30);
    const who = mfaUsers.map((u) => u.username).join(', ');
    console.log(`[${new Date(now).toLocaleTimeString()}] TOTP code for ${who}: ${code} (${left} s left)`);
  };

  // Print now, then at each 30 s boundary, so the code shown is the one an authenticator shows.
  await printCode();
  let interval: NodeJS.Timeout | undefined;
  const align = setTimeout(() => {
    void printCode();
    interval = setInterval(() => void printCode(), 30_000);
  }, 30_000 - (Date.now() % 30_000) + 50);
  return () => {
    clearTimeout(align);
    clearInterval(interval);
  };
}
