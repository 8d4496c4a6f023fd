// Node's import() of every entry (the ESM build), and a sign-in through the React-free entry
// against the kit's own mock server.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const kit = await import('riffyn-login-kit');
const core = await import('riffyn-login-kit/core');
const { DEMO_PASSWORD } = await import('riffyn-login-kit/testing');
const { startMockRiffynServer } = await import('riffyn-login-kit/testing/server');
const { riffynHandlers } = await import('riffyn-login-kit/testing/msw');

assert.equal(kit.AuthError, core.AuthError, 'one AuthError for both entries');
assert.equal(typeof riffynHandlers, 'function');
// An error from the CommonJS build is still recognised by the ESM one.
const cjs = createRequire(import.meta.url)('riffyn-login-kit/core');
assert.ok(core.isAuthError(new cjs.AuthError('network')));

const server = await startMockRiffynServer({ log: false });
try {
  const client = core.createRiffynClient({ baseUrl: server.url });
  const answer = await client.login({ username: 'mfa-user', password: DEMO_PASSWORD });
  assert.equal(answer.status, 'MFA_REQUIRED');
  await assert.rejects(client.login({ username: 'mfa-user', password: 'wrong' }), (error) => core.isAuthError(error) && error.kind === 'invalid-credentials');
} finally {
  await server.close();
}
console.log('import(): 5 entries; core signs in from Node');
