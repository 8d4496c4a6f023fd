// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { parseAuthResponse } from '../../src/core/auth-response.js';
import { base64Utf8, basicAuthHeader } from '../../src/core/basic-auth.js';
import { parseRetryAfter } from '../../src/core/retry-after.js';
import {
  API_KEY_MESSAGE,
  apiKeyNameTakenError,
  createMockRiffyn,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  invalidCredentialsError,
  invalidPasscodeError,
  NON_TOTP_PASSCODE,
  SHORT_ACCESS_TOKEN_TTL_MS,
  stateTokenExpiredError,
  totp,
  UNICODE_PASSWORD,
  type MockResponse,
  type MockRiffyn,
} from '../../src/testing/index.js';
import { MAX_REQUEST_LOG } from '../../src/testing/mock-riffyn.js';

const START = Date.parse('2025-03-01T12:00:00.000Z');
let now = START;
let mock: MockRiffyn;

beforeEach(() => {
  now = START;
  mock = createMockRiffyn({ now: () => now });
});

interface CallInit {
  user?: string;
  password?: string;
  authorization?: string;
  token?: string;
  body?: unknown;
}

function call(method: string, url: string, init: CallInit = {}): Promise<MockResponse> {
  const headers: Record<string, string> = {};
  if (init.authorization !== undefined) headers.authorization = init.authorization;
  else if (init.user !== undefined) headers.authorization = basicAuthHeader({ username: init.user, password: init.password ?? DEMO_PASSWORD });
  if (init.token !== undefined) headers['access-token'] = init.token;
  return mock.handle({
    method,
    url,
    headers,
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
}

const json = (response: MockResponse) => JSON.parse(response.body) as Record<string, unknown>;
const login = (user: string, password = DEMO_PASSWORD) => call('POST', '/v1/auth', { user, password });
const verify = (user: string, factorId: string, stateToken: string, passCode: string, password = DEMO_PASSWORD) =>
  call('POST', `/v1/auth/factor/${encodeURIComponent(factorId)}/verify`, { user, password, body: { stateToken, passCode } });

async function mfaLogin(user: string) {
  const body = json(await login(user));
  const factors = body.factors as Array<{ id: string; factorType: string }>;
  return { stateToken: body.stateToken as string, factors, expiresAt: body.expiresAt as string };
}

async function signedIn(user = 'key-holder'): Promise<string> {
  return json(await login(user)).accessToken as string;
}

describe('login: demo users', () => {
  it('gives new-user an apiKey on the first login only, with the Date header of the clock', async () => {
    const first = await login('new-user');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.headers.date).toBe(new Date(START).toUTCString());
    const body = parseAuthResponse(json(first));
    expect(body).toMatchObject({ status: 'SUCCESS', username: 'new-user', message: API_KEY_MESSAGE });
    if (body.status !== 'SUCCESS') throw new Error('expected SUCCESS');
    expect(body.apiKey).toMatch(/^mockkey_[0-9a-f]{48}$/);
    expect(body.accessToken).toMatch(/^mockat_[0-9a-f]{48}$/);
    expect(body.accessTokenExpiresAt).toBe(new Date(START + 30 * 60_000).toISOString());

    const second = json(await login('new-user'));
    expect(second.status).toBe('SUCCESS');
    expect(second).not.toHaveProperty('apiKey');
    expect(second.accessToken).not.toBe(body.accessToken);
  });

  it('hands out keys per instance, and they are random', async () => {
    const other = createMockRiffyn();
    const a = json(await login('new-user')).apiKey;
    const b = json(await other.handle({ method: 'POST', url: '/v1/auth', headers: { authorization: basicAuthHeader({ username: 'new-user', password: DEMO_PASSWORD }) } })).apiKey;
    expect(typeof a).toBe('string');
    expect(typeof b).toBe('string');
    expect(a).not.toBe(b);
  });

  it('reset() forgets issued keys and empties the same requests array', async () => {
    const log = mock.requests;
    await login('new-user');
    expect(log).toHaveLength(1);
    mock.reset();
    expect(log).toHaveLength(0);
    expect(json(await login('new-user')).apiKey).toEqual(expect.any(String));
  });

  it('gives key-holder SUCCESS without an apiKey', async () => {
    const body = json(await login('key-holder'));
    expect(body).toMatchObject({ status: 'SUCCESS', username: 'key-holder' });
    expect(body).not.toHaveProperty('apiKey');
  });

  it('decodes Basic auth as UTF-8 for unicode-user', async () => {
    const response = await login('unicode-user', UNICODE_PASSWORD);
    expect(response.status).toBe(200);
    expect(json(response).apiKey).toEqual(expect.any(String));
    expect(mock.requests.at(-1)).toMatchObject({ username: 'unicode-user', passwordOk: true, auth: 'basic' });
  });

  it('refuses the same password in another Unicode normal form (NFD), as a byte-exact server would', async () => {
    const response = await login('unicode-user', UNICODE_PASSWORD.normalize('NFD'));
    expect(response.status).toBe(401);
    expect(mock.requests.at(-1)).toMatchObject({ passwordOk: false });
  });

  it('answers the older GET /v1/login like POST /v1/auth', async () => {
    const response = await call('GET', '/v1/login', { user: 'mfa-user' });
    expect(response.status).toBe(200);
    expect(json(response).status).toBe('MFA_REQUIRED');
  });

  it('accepts an absolute URL and a trailing slash', async () => {
    expect((await call('POST', 'https://api.riffyn.test/v1/auth/', { user: 'key-holder' })).status).toBe(200);
  });
});

describe('login: refusals', () => {
  it('401s a wrong password and logs it as wrong', async () => {
    const response = await login('new-user', 'nope');
    expect(response.status).toBe(401);
    expect(json(response)).toEqual(invalidCredentialsError);
    expect(mock.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v1/auth', status: 401, username: 'new-user', passwordOk: false });
  });

  it('401s an unknown user', async () => {
    expect((await login('nobody')).status).toBe(401);
  });

  it.each([
    ['missing', undefined, 'none'],
    ['another scheme', 'Bearer abc', 'garbled'],
    ['not base64', 'Basic ***', 'garbled'],
    ['no colon', `Basic ${base64Utf8('new-user')}`, 'garbled'],
    ['empty username', `Basic ${base64Utf8(':demo-password')}`, 'garbled'],
    ['invalid UTF-8', `Basic ${btoa('new-user:\xff\xfe')}`, 'garbled'],
  ])('401s a %s Authorization header', async (_label, authorization, auth) => {
    const response = await call('POST', '/v1/auth', authorization === undefined ? {} : { authorization });
    expect(response.status).toBe(401);
    expect(json(response)).toEqual(invalidCredentialsError);
    expect(mock.requests.at(-1)?.auth).toBe(auth);
  });
});

describe('login: trigger users (any password)', () => {
  it('rate-limited: 429 with Retry-After: 30', async () => {
    const response = await login('rate-limited', 'whatever');
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('30');
  });

  it('rate-limited-date: 429 with an HTTP-date Retry-After two minutes ahead of the clock', async () => {
    const response = await login('rate-limited-date', 'x');
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toMatch(/GMT$/);
    expect(parseRetryAfter(response.headers['retry-after'] ?? null, START)).toBe(120);
  });

  it('bad-gateway: 502 with an HTML page', async () => {
    const response = await login('bad-gateway', 'x');
    expect(response.status).toBe(502);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toMatch(/^<!DOCTYPE html>/);
  });

  it('server-error: 500 with a JSON error', async () => {
    const response = await login('server-error', 'x');
    expect(response.status).toBe(500);
    expect(json(response).error).toEqual(expect.any(String));
  });

  it('truncated-json: 200 whose JSON does not parse', async () => {
    const response = await login('truncated-json', 'x');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(() => JSON.parse(response.body)).toThrow(SyntaxError);
  });

  it('unknown-status: 200 with an undocumented status', async () => {
    const response = await login('unknown-status', 'x');
    expect(json(response).status).toBe('PASSWORD_WARN');
    expect(() => parseAuthResponse(json(response))).toThrow(/status/);
  });

  it('no-factor-user: MFA_REQUIRED with an empty factor list', async () => {
    const body = json(await login('no-factor-user', 'x'));
    expect(body).toMatchObject({ status: 'MFA_REQUIRED', factors: [] });
    expect(body.stateToken).toEqual(expect.any(String));
  });
});

describe('MFA verify', () => {
  it('offers mfa-user one Google TOTP factor, expiring after 5 minutes', async () => {
    const body = json(await login('mfa-user'));
    expect(body).toMatchObject({
      status: 'MFA_REQUIRED',
      username: 'mfa-user',
      expiresAt: new Date(START + 5 * 60_000).toISOString(),
      factors: [{ factorType: 'token:software:totp', provider: 'GOOGLE', vendorName: 'GOOGLE', profile: { credentialId: expect.any(String) } }],
    });
    expect(body.stateToken).toMatch(/^mockst_[0-9a-f]{48}$/);
  });

  it('accepts the current code: SUCCESS with apiKey and apiKeyName loginKey; the stateToken is then used up', async () => {
    const { stateToken, factors } = await mfaLogin('mfa-user');
    const code = await totp(DEMO_TOTP_SECRET, now);
    expect(await mock.currentCode('mfa-user')).toBe(code);
    const response = await verify('mfa-user', factors[0]!.id, stateToken, code);
    expect(response.status).toBe(200);
    expect(json(response)).toMatchObject({ status: 'SUCCESS', username: 'mfa-user', apiKeyName: 'loginKey', apiKey: expect.stringMatching(/^mockkey_/) });
    expect(mock.requests.at(-1)).toMatchObject({ factorId: factors[0]!.id, passCode: code, bodyFields: ['stateToken', 'passCode'], passwordOk: true });

    const replay = await verify('mfa-user', factors[0]!.id, stateToken, code);
    expect(replay.status).toBe(401);
    expect(json(replay)).toEqual(stateTokenExpiredError);

    // Second sign-in: the user has a key now.
    const again = await mfaLogin('mfa-user');
    const second = json(await verify('mfa-user', again.factors[0]!.id, again.stateToken, code));
    expect(second.status).toBe('SUCCESS');
    expect(second).not.toHaveProperty('apiKey');
  });

  it('401s a wrong code with "Invalid passcode." and keeps the transaction for a retry', async () => {
    const { stateToken, factors } = await mfaLogin('mfa-user');
    const code = await mock.currentCode('mfa-user');
    const wrong = code === '000000' ? '111111' : '000000';
    const response = await verify('mfa-user', factors[0]!.id, stateToken, wrong);
    expect(response.status).toBe(401);
    expect(json(response)).toEqual(invalidPasscodeError);
    expect((await verify('mfa-user', factors[0]!.id, stateToken, code)).status).toBe(200);
  });

  it('accepts a code one step old but not two', async () => {
    const { stateToken, factors } = await mfaLogin('mfa-user');
    // START is fixed, so these codes are too (and all differ: 900982, 056812, 148752).
    const twoStepsOld = await totp(DEMO_TOTP_SECRET, now - 60_000);
    const oneStepOld = await totp(DEMO_TOTP_SECRET, now - 30_000);
    expect((await verify('mfa-user', factors[0]!.id, stateToken, twoStepsOld)).status).toBe(401);
    expect((await verify('mfa-user', factors[0]!.id, stateToken, oneStepOld)).status).toBe(200);
  });

  it('expires the stateToken after 5 minutes on the injected clock', async () => {
    const { stateToken, factors } = await mfaLogin('mfa-user');
    now = START + 5 * 60_000;
    const response = await verify('mfa-user', factors[0]!.id, stateToken, await mock.currentCode('mfa-user'));
    expect(response.status).toBe(401);
    expect(json(response)).toEqual(stateTokenExpiredError);
  });

  it('honours the stateTokenTtlMs option', async () => {
    mock = createMockRiffyn({ now: () => now, stateTokenTtlMs: 1_000 });
    const { stateToken, factors, expiresAt } = await mfaLogin('mfa-user');
    expect(expiresAt).toBe(new Date(START + 1_000).toISOString());
    now += 999;
    expect((await verify('mfa-user', factors[0]!.id, stateToken, await mock.currentCode('mfa-user'))).status).toBe(200);
  });

  it('gives short-mfa-user a stateToken of about 3 s', async () => {
    const { stateToken, factors, expiresAt } = await mfaLogin('short-mfa-user');
    expect(Date.parse(expiresAt) - START).toBe(3_000);
    now += 3_001;
    const response = await verify('short-mfa-user', factors[0]!.id, stateToken, await mock.currentCode('short-mfa-user'), 'any');
    expect(json(response)).toEqual(stateTokenExpiredError);
  });

  it('gives short-session-user an accessToken of 150 s that stops working after it', async () => {
    const body = json(await login('short-session-user'));
    expect(body.accessTokenExpiresAt).toBe(new Date(START + SHORT_ACCESS_TOKEN_TTL_MS).toISOString());
    expect(body.apiKey).toBeUndefined();
    const token = body.accessToken as string;
    expect((await call('GET', '/v1/auth/api-keys', { token })).status).toBe(200);
    now += SHORT_ACCESS_TOKEN_TTL_MS + 1;
    expect((await call('GET', '/v1/auth/api-keys', { token })).status).toBe(401);
  });

  it('401s an unknown stateToken as expired', async () => {
    const { factors } = await mfaLogin('mfa-user');
    expect(json(await verify('mfa-user', factors[0]!.id, 'mockst_forged', '123456'))).toEqual(stateTokenExpiredError);
  });

  it('401s verify with the wrong Basic password or another user', async () => {
    const { stateToken, factors } = await mfaLogin('mfa-user');
    const code = await mock.currentCode('mfa-user');
    expect(json(await verify('mfa-user', factors[0]!.id, stateToken, code, 'wrong'))).toEqual(invalidCredentialsError);
    expect(json(await verify('new-user', factors[0]!.id, stateToken, code))).toEqual(invalidCredentialsError);
  });

  it('400s a body without stateToken and passCode, 404s a factor not offered', async () => {
    const { stateToken, factors } = await mfaLogin('mfa-user');
    const bad = await call('POST', `/v1/auth/factor/${factors[0]!.id}/verify`, { user: 'mfa-user', body: '{"stateToken":' });
    expect(bad.status).toBe(400);
    expect((await verify('mfa-user', 'uft-someone-else', stateToken, '123456')).status).toBe(404);
  });

  it('offers multi-factor-user TOTP, push and an unknown type; non-TOTP factors take the fixed code', async () => {
    const { stateToken, factors } = await mfaLogin('multi-factor-user');
    expect(factors.map((factor) => factor.factorType)).toEqual(['token:software:totp', 'push', 'x-future:hologram']);
    const push = factors[1]!.id;
    const unknown = factors[2]!.id;
    const wrong = NON_TOTP_PASSCODE.replace(/\d/g, (d) => String((Number(d) + 1) % 10)); // every digit differs
    expect(json(await verify('multi-factor-user', unknown, stateToken, wrong))).toEqual(invalidPasscodeError);
    expect((await verify('multi-factor-user', push, stateToken, NON_TOTP_PASSCODE)).status).toBe(200);
  });

  it('currentCode throws for a user without TOTP', async () => {
    await expect(mock.currentCode('new-user')).rejects.toThrow(/no TOTP/);
  });
});

describe('keys and tokens', () => {
  it('lists keys with a valid access-token, never their secret', async () => {
    const response = await call('GET', '/v1/auth/api-keys', { token: await signedIn() });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual([
      { id: 'key_demo_login', name: 'loginKey', created: '2024-05-14T09:30:00.000Z' },
      { id: 'key_demo_ci', name: 'ci-pipeline', created: '2024-02-01T12:00:00.000Z' },
    ]);
  });

  it('401s key calls without, with a forged, or with an expired access-token', async () => {
    const token = await signedIn();
    expect((await call('GET', '/v1/auth/api-keys')).status).toBe(401);
    expect((await call('GET', '/v1/auth/api-keys', { token: 'mockat_forged' })).status).toBe(401);
    now += 30 * 60_000;
    expect((await call('GET', '/v1/auth/api-keys', { token })).status).toBe(401);
    expect(mock.requests.at(-1)?.auth).toBe('access-token');
  });

  it('accepts the api-key header with a key this mock handed out', async () => {
    const apiKey = json(await login('new-user')).apiKey as string;
    const response = await mock.handle({ method: 'GET', url: '/v1/auth/api-keys', headers: { 'api-key': apiKey } });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual([{ id: expect.any(String), name: 'loginKey', created: new Date(START).toISOString() }]);
    expect(response.body).not.toContain(apiKey);
  });

  it('renames a key, and 409s a name another key has', async () => {
    const token = await signedIn();
    const taken = await call('PATCH', '/v1/auth/api-key/key_demo_login', { token, body: { name: 'ci-pipeline' } });
    expect(taken.status).toBe(409);
    expect(json(taken)).toEqual(apiKeyNameTakenError);

    const renamed = await call('PATCH', '/v1/auth/api-key/key_demo_login', { token, body: { name: '  my-laptop ' } });
    expect(renamed.status).toBe(200);
    expect(json(renamed)).toEqual({ id: 'key_demo_login', name: 'my-laptop', created: '2024-05-14T09:30:00.000Z' });
    expect(mock.requests.at(-1)?.bodyFields).toEqual(['name']);
    const list = JSON.parse((await call('GET', '/v1/auth/api-keys', { token })).body) as Array<{ name: string }>;
    expect(list.map((key) => key.name)).toEqual(['my-laptop', 'ci-pipeline']);
  });

  it('400s an empty name and 404s a key of another user', async () => {
    const token = await signedIn();
    expect((await call('PATCH', '/v1/auth/api-key/key_demo_login', { token, body: { name: ' ' } })).status).toBe(400);
    const otherToken = await signedIn('new-user');
    expect((await call('PATCH', '/v1/auth/api-key/key_demo_login', { token: otherToken, body: { name: 'x' } })).status).toBe(404);
  });

  it('makes a new access token for the asked time, at most 6 hours', async () => {
    const token = await signedIn();
    const fresh = await call('POST', '/v1/auth/access-token', { token, body: { time: 3600 } });
    expect(fresh.status).toBe(200);
    const body = json(fresh);
    expect(body.accessTokenExpiresAt).toBe(new Date(START + 3_600_000).toISOString());
    expect(body.accessToken).not.toBe(token);
    now += 40 * 60_000; // the login token is dead, the new one is not
    expect((await call('GET', '/v1/auth/api-keys', { token: body.accessToken as string })).status).toBe(200);
    expect((await call('POST', '/v1/auth/access-token', { token: body.accessToken as string, body: { time: 21_601 } })).status).toBe(400);
    expect((await call('POST', '/v1/auth/access-token', { token: body.accessToken as string, body: { time: '60' } })).status).toBe(400);
  });

  it('defaults a new access token to 30 minutes when no time is sent', async () => {
    const body = json(await call('POST', '/v1/auth/access-token', { token: await signedIn() }));
    expect(body.accessTokenExpiresAt).toBe(new Date(START + 30 * 60_000).toISOString());
  });

  it('logout revokes the access token', async () => {
    const token = await signedIn();
    expect((await call('POST', '/v1/logout', { token })).status).toBe(200);
    expect((await call('GET', '/v1/auth/api-keys', { token })).status).toBe(401);
    expect((await call('POST', '/v1/logout', { token })).status).toBe(401);
  });
});

describe('routing', () => {
  it('404s unknown paths, 405s a wrong method with Allow, 204s OPTIONS', async () => {
    expect((await call('GET', '/v1/nothing')).status).toBe(404);
    const wrongMethod = await call('DELETE', '/v1/auth');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('POST');
    const options = await call('OPTIONS', '/v1/auth');
    expect(options.status).toBe(204);
    expect(options.headers.date).toEqual(expect.any(String));
  });
});

describe('the request log', () => {
  it('keeps the latest MAX_REQUEST_LOG requests, so a mock left running does not grow forever', async () => {
    const mock = createMockRiffyn();
    const log = mock.requests;
    for (let i = 0; i < MAX_REQUEST_LOG + 5; i++) await mock.handle({ method: 'GET', url: `/v1/nothing-${i}`, headers: {} });
    expect(mock.requests).toBe(log); // the same array, trimmed in place
    expect(log).toHaveLength(MAX_REQUEST_LOG);
    expect(log[0]!.path).toBe('/v1/nothing-5');
    expect(log.at(-1)!.path).toBe(`/v1/nothing-${MAX_REQUEST_LOG + 4}`);
  });
});
