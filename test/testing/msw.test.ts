// @vitest-environment node
// The msw handlers driven through the kit's real client: proves the mock's answers and the
// client's error mapping agree, which is what every story and component test relies on.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRiffynClient, type RiffynClient } from '../../src/api/client.js';
import { listApiKeys, logout, refreshAccessToken, renameApiKey } from '../../src/api/session-calls.js';
import { AuthError, type AuthErrorKind } from '../../src/core/errors.js';
import {
  createMockRiffyn,
  DEMO_PASSWORD,
  UNICODE_PASSWORD,
  type MockRiffyn,
} from '../../src/testing/index.js';
import { riffynHandlers } from '../../src/testing/msw.js';

const BASE_URL = 'https://api.riffyn.test';
const START = Date.parse('2025-03-01T12:00:00.000Z');
let now = START;
const mock: MockRiffyn = createMockRiffyn({ now: () => now });
const realClockMock = createMockRiffyn();
const server = setupServer(
  ...riffynHandlers(mock, { baseUrl: BASE_URL }),
  ...riffynHandlers(realClockMock, { baseUrl: 'https://real-clock.riffyn.test/' }),
  ...riffynHandlers(createMockRiffyn(), { baseUrl: 'https://gateway.example.test/riffyn' }),
);
const client: RiffynClient = createRiffynClient({ baseUrl: BASE_URL });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  now = START;
  mock.reset();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof AuthError)) throw error;
  return error;
}

const kindOf = async (promise: Promise<unknown>): Promise<AuthErrorKind> => (await failure(promise)).kind;
const login = (username: string, password = DEMO_PASSWORD) => client.login({ username, password });

async function startMfa(username: string) {
  const answer = await login(username);
  if (answer.status !== 'MFA_REQUIRED') throw new Error(`expected MFA_REQUIRED, got ${answer.status}`);
  return answer;
}

describe('login through msw', () => {
  it('signs new-user in with an apiKey and reads the Date header', async () => {
    const answer = await login('new-user');
    expect(answer).toMatchObject({ status: 'SUCCESS', username: 'new-user', apiKey: expect.stringMatching(/^mockkey_/) });
    expect(answer.serverDate).toBe(START);
    expect(mock.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v1/auth', username: 'new-user', passwordOk: true });
  });

  it('sends the non-ASCII password as UTF-8', async () => {
    expect(await login('unicode-user', UNICODE_PASSWORD)).toMatchObject({ status: 'SUCCESS', username: 'unicode-user' });
  });

  it('maps a wrong password to invalid-credentials with the server sentence', async () => {
    const error = await failure(login('new-user', 'wrong'));
    expect(error).toMatchObject({ kind: 'invalid-credentials', status: 401, serverMessage: 'Invalid username or password.' });
  });

  it('maps 429 to rate-limited with retryAfter 30', async () => {
    expect(await failure(login('rate-limited', 'x'))).toMatchObject({ kind: 'rate-limited', status: 429, retryAfter: 30 });
  });

  it('reads an HTTP-date Retry-After', async () => {
    const realClock = createRiffynClient({ baseUrl: 'https://real-clock.riffyn.test' });
    const error = await failure(realClock.login({ username: 'rate-limited-date', password: 'x' }));
    expect(error.kind).toBe('rate-limited');
    // The date has whole seconds only, so up to a second is lost.
    expect(error.retryAfter).toBeGreaterThanOrEqual(119);
    expect(error.retryAfter).toBeLessThanOrEqual(120);
  });

  it('maps a 502 HTML page to server, without the page as a message', async () => {
    const error = await failure(login('bad-gateway', 'x'));
    expect(error).toMatchObject({ kind: 'server', status: 502, detail: 'an HTML page instead of JSON' });
    expect(error.serverMessage).toBeUndefined();
  });

  it('maps a 500 JSON error to server', async () => {
    expect(await failure(login('server-error', 'x'))).toMatchObject({ kind: 'server', status: 500 });
  });

  it('maps truncated JSON and an unknown status to malformed', async () => {
    expect(await kindOf(login('truncated-json', 'x'))).toBe('malformed');
    expect(await kindOf(login('unknown-status', 'x'))).toBe('malformed');
  });

  it('passes MFA_REQUIRED with no factors on (the controller turns it into no-mfa-factor)', async () => {
    expect(await login('no-factor-user', 'x')).toMatchObject({ status: 'MFA_REQUIRED', factors: [] });
  });

  it('works with the older GET /v1/login path and a baseUrl that has a path', async () => {
    const older = createRiffynClient({ baseUrl: BASE_URL, paths: { login: 'GET /v1/login' } });
    expect(await older.login({ username: 'key-holder', password: DEMO_PASSWORD })).toMatchObject({ status: 'SUCCESS' });
    expect(mock.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/login' });
    const prefixed = createRiffynClient({ baseUrl: 'https://gateway.example.test/riffyn' });
    expect(await prefixed.login({ username: 'key-holder', password: DEMO_PASSWORD })).toMatchObject({ status: 'SUCCESS' });
  });
});

describe('MFA verify through msw', () => {
  it('maps a wrong code to invalid-passcode, then signs in with the right one', async () => {
    const mfa = await startMfa('mfa-user');
    const factorId = mfa.factors[0]!.id;
    const code = await mock.currentCode('mfa-user');
    const wrong = code === '000000' ? '111111' : '000000';
    const input = { username: 'mfa-user', password: DEMO_PASSWORD, factorId, stateToken: mfa.stateToken };
    const error = await failure(client.verifyFactor({ ...input, passCode: wrong }));
    expect(error).toMatchObject({ kind: 'invalid-passcode', status: 401, serverMessage: 'Invalid passcode.' });
    const answer = await client.verifyFactor({ ...input, passCode: code });
    expect(answer).toMatchObject({ status: 'SUCCESS', apiKeyName: 'loginKey', apiKey: expect.any(String) });
    expect(mock.requests.at(-1)).toMatchObject({ factorId, passCode: code, bodyFields: ['stateToken', 'passCode'] });
  });

  it('maps an expired stateToken to mfa-expired', async () => {
    const mfa = await startMfa('short-mfa-user');
    now += 3_500;
    const error = await failure(
      client.verifyFactor({
        username: 'short-mfa-user',
        password: 'any',
        factorId: mfa.factors[0]!.id,
        stateToken: mfa.stateToken,
        passCode: await mock.currentCode('short-mfa-user'),
      }),
    );
    expect(error).toMatchObject({ kind: 'mfa-expired', status: 401 });
  });
});

describe('keys and tokens through msw', () => {
  async function token(): Promise<string> {
    const answer = await login('key-holder');
    if (answer.status !== 'SUCCESS' || !answer.accessToken) throw new Error('expected an accessToken');
    return answer.accessToken;
  }

  it('lists and renames keys, and reports a taken name as conflict', async () => {
    const accessToken = await token();
    expect((await listApiKeys(client, { accessToken })).map((key) => key.name)).toEqual(['loginKey', 'ci-pipeline']);
    expect(await kindOf(renameApiKey(client, { from: 'loginKey', to: 'ci-pipeline' }, { accessToken }))).toBe('conflict');
    expect(await renameApiKey(client, { from: 'loginKey', to: 'laptop' }, { accessToken })).toMatchObject({ id: 'key_demo_login', name: 'laptop' });
    expect((await listApiKeys(client, { accessToken })).map((key) => key.name)).toEqual(['laptop', 'ci-pipeline']);
  });

  it('refreshes the access token for the asked time', async () => {
    const answer = await refreshAccessToken(client, { time: 3600 }, { accessToken: await token() });
    expect(answer.accessTokenExpiresAt).toBe(new Date(START + 3_600_000).toISOString());
    expect(answer.serverDate).toBe(START);
  });

  it('logs out, after which the token gives session-expired', async () => {
    const accessToken = await token();
    await logout(client, { accessToken });
    expect(await kindOf(listApiKeys(client, { accessToken }))).toBe('session-expired');
  });
});
