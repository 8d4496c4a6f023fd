// Node's import() of every entry (the ESM build), and a sign-in through the React-free entry
// against the kit's own mock server: directly, and through the proxy handler on node:http.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const kit = await import('riffyn-login-kit');
const core = await import('riffyn-login-kit/core');
const { DEMO_PASSWORD } = await import('riffyn-login-kit/testing');
const { startMockRiffynServer } = await import('riffyn-login-kit/testing/server');
const { riffynHandlers } = await import('riffyn-login-kit/testing/msw');
const { toNodeHandler } = await import('riffyn-login-kit/node');
const { de } = await import('riffyn-login-kit/locales/de');
const { zhCN } = await import('riffyn-login-kit/locales/zh-CN');
assert.equal(de.errors.retryIn(60), 'Versuchen Sie es in 1 Minute erneut.');
assert.equal(core.withOverrides(zhCN, { loginForm: { submit: '继续' } }).loginForm.heading, '登录 Riffyn');

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

  // A server of the app's own: the proxy from /core, on node:http through /node.
  const proxy = createServer(toNodeHandler(core.createRiffynProxy({ upstream: server.url })));
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  try {
    const sameOrigin = core.createRiffynClient({ baseUrl: `http://127.0.0.1:${proxy.address().port}` });
    const before = server.mock.requests.length;
    const relayed = await sameOrigin.login({ username: 'mfa-user', password: DEMO_PASSWORD });
    assert.equal(relayed.status, 'MFA_REQUIRED');
    assert.equal(server.mock.requests.length, before + 1, 'the mock got the relayed login');
    const verified = await sameOrigin.verifyFactor({
      factorId: relayed.factors.find((factor) => factor.factorType === core.TOTP_FACTOR_TYPE).id,
      stateToken: relayed.stateToken,
      passCode: await server.mock.currentCode('mfa-user'),
      username: 'mfa-user',
      password: DEMO_PASSWORD,
    });
    assert.equal(verified.status, 'SUCCESS');
  } finally {
    proxy.close();
  }
} finally {
  await server.close();
}
console.log('import(): 6 entries and the locales; core signs in from Node, directly and through the proxy on /node');
