// @vitest-environment node
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { listApiKeys, refreshAccessToken, renameApiKey } from '../../src/api/session-calls.js';
import { AuthError } from '../../src/core/errors.js';

const BASE = 'https://api.acme.riffyn.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const PASSWORD = 'pässwörd✓ 🔑';
const credentials = { username: 'jürgen', password: PASSWORD };
const success = {
  username: 'jürgen',
  userId: 'u-1',
  status: 'SUCCESS',
  apiKey: 'rk_secret',
  message: 'This Api key is displayed only once, please save it and store securely',
  accessToken: 'at-secret',
  accessTokenExpiresAt: '2026-11-27T12:30:00.000Z',
};
const verifyInput = { ...credentials, factorId: 'ufs1-a.b~c', stateToken: 'st-secret', passCode: '123456' };
const SECRETS = [PASSWORD, 'rk_secret', 'at-secret', 'st-secret', '123456'];

const client = createRiffynClient({ baseUrl: `${BASE}/` });

function decodeBasic(header: string | null): string {
  const bytes = Uint8Array.from(atob((header ?? '').replace(/^Basic /, '')), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    const authError = error as AuthError;
    for (const secret of SECRETS) expect(authError.message).not.toContain(secret);
    return authError;
  }
  throw new Error('expected the call to fail');
}

describe('login', () => {
  it('POSTs /v1/auth with a UTF-8 Basic header and returns the parsed answer with the server date', async () => {
    let seen: { method: string; authorization: string; accept: string | null; body: string } | undefined;
    server.use(
      http.post(`${BASE}/v1/auth`, async ({ request }) => {
        seen = {
          method: request.method,
          authorization: decodeBasic(request.headers.get('Authorization')),
          accept: request.headers.get('Accept'),
          body: await request.text(),
        };
        return HttpResponse.json(success, { headers: { Date: 'Fri, 27 Nov 2026 12:00:00 GMT' } });
      }),
    );
    const answer = await client.login(credentials);
    expect(seen).toEqual({ method: 'POST', authorization: `jürgen:${PASSWORD}`, accept: 'application/json', body: '' });
    expect(answer).toEqual({ ...success, serverDate: Date.parse('2026-11-27T12:00:00Z') });
  });

  it('refuses a username with a colon without sending anything', async () => {
    let requests = 0;
    server.use(http.post(`${BASE}/v1/auth`, () => void requests++));
    const error = await failure(client.login({ username: 'ada:admin', password: 'x' }));
    expect(error).toMatchObject({ kind: 'invalid-input', detail: 'usernameHasColon' });
    expect(requests).toBe(0);
  });

  it('speaks the older GET /v1/login when told to', async () => {
    server.use(http.get(`${BASE}/v1/login`, () => HttpResponse.json(success)));
    const legacy = createRiffynClient({ baseUrl: BASE, paths: { login: 'GET /v1/login' } });
    await expect(legacy.login(credentials)).resolves.toMatchObject({ status: 'SUCCESS' });
  });

  it.each([
    [401, { error: 'Invalid username or password.' }, 'invalid-credentials', 'Invalid username or password.'],
    [403, { error: 'This account may not use the API.' }, 'forbidden', 'This account may not use the API.'],
    [403, { error: 'User is locked out.' }, 'locked-out', 'User is locked out.'],
    [401, { errorCode: 'E0000069', errorSummary: 'User Locked' }, 'locked-out', 'User Locked'],
    [500, { message: 'Database unavailable' }, 'server', 'Database unavailable'],
    [404, { error: 'Not found' }, 'server', 'Not found'],
  ])('maps HTTP %i to %s and keeps the server text apart', async (status, body, kind, serverMessage) => {
    server.use(http.post(`${BASE}/v1/auth`, () => HttpResponse.json(body, { status })));
    const error = await failure(client.login(credentials));
    expect(error).toMatchObject({ kind, status, serverMessage });
    expect(error.message).not.toContain(serverMessage);
  });

  it('reads 429 Retry-After as seconds', async () => {
    server.use(
      http.post(`${BASE}/v1/auth`, () =>
        HttpResponse.json({ error: 'Too many requests' }, { status: 429, headers: { 'Retry-After': '30' } }),
      ),
    );
    expect(await failure(client.login(credentials))).toMatchObject({ kind: 'rate-limited', retryAfter: 30 });
  });

  it('reads 429 Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    server.use(http.post(`${BASE}/v1/auth`, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': at } })));
    const error = await failure(client.login(credentials));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfter).toBeGreaterThanOrEqual(88);
    expect(error.retryAfter).toBeLessThanOrEqual(90);
  });

  it('a 429 without Retry-After still says rate-limited', async () => {
    server.use(http.post(`${BASE}/v1/auth`, () => new HttpResponse(null, { status: 429 })));
    const error = await failure(client.login(credentials));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfter).toBeUndefined();
  });

  it('treats a proxy’s HTML error page as a server error and never shows its markup', async () => {
    server.use(
      http.post(`${BASE}/v1/auth`, () =>
        HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 }),
      ),
    );
    const error = await failure(client.login(credentials));
    expect(error).toMatchObject({ kind: 'server', status: 502, detail: 'an HTML page instead of JSON' });
    expect(error.serverMessage).toBeUndefined();
  });

  it.each([
    ['an HTML page', () => HttpResponse.html('<html>captive portal</html>'), 'an HTML page instead of JSON'],
    ['truncated JSON', () => HttpResponse.text('{"status":"SUCCESS","user', { headers: { 'Content-Type': 'application/json' } }), 'invalid JSON'],
    ['an unknown status', () => HttpResponse.json({ status: 'RECOVERY' }), 'status'],
    ['an empty body', () => new HttpResponse(null, { status: 200 }), 'answer'],
  ])('calls a 200 with %s malformed', async (_, resolver, detail) => {
    server.use(http.post(`${BASE}/v1/auth`, resolver));
    expect(await failure(client.login(credentials))).toMatchObject({ kind: 'malformed', detail });
  });

  it('caps a Retry-After that would lock the form for good', async () => {
    server.use(http.post(`${BASE}/v1/auth`, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1'.repeat(31) } })));
    expect(await failure(client.login(credentials))).toMatchObject({ kind: 'rate-limited', retryAfter: 3600 });
  });

  it('calls a redirect a misconfigured server, never a network failure, and never follows it', async () => {
    let followed = 0;
    server.use(
      http.post(`${BASE}/v1/auth`, () => new HttpResponse(null, { status: 302, headers: { Location: 'https://elsewhere.test/steal' } })),
      http.all('https://elsewhere.test/*', () => void followed++),
    );
    expect(await failure(client.login(credentials))).toMatchObject({ kind: 'server', status: 302, detail: 'a redirect' });
    expect(followed).toBe(0);
  });

  it('calls a firewall’s 403 HTML page a server problem, not an account that may not sign in', async () => {
    server.use(http.post(`${BASE}/v1/auth`, () => HttpResponse.html('<html><h1>403 Forbidden</h1>Request blocked.</html>', { status: 403 })));
    expect(await failure(client.login(credentials))).toMatchObject({ kind: 'server', status: 403 });
  });

  it('reports a network failure (offline, DNS, CORS) as network', async () => {
    server.use(http.post(`${BASE}/v1/auth`, () => HttpResponse.error()));
    expect(await failure(client.login(credentials))).toMatchObject({ kind: 'network' });
  });

  it('gives up after timeoutMs', async () => {
    server.use(
      http.post(`${BASE}/v1/auth`, async () => {
        await delay(2_000);
        return HttpResponse.json(success);
      }),
    );
    const impatient = createRiffynClient({ baseUrl: BASE, timeoutMs: 50 });
    expect(await failure(impatient.login(credentials))).toMatchObject({ kind: 'timeout' });
  });

  it('aborts on the caller’s signal, before or during the request', async () => {
    let requests = 0;
    server.use(
      http.post(`${BASE}/v1/auth`, async () => {
        requests++;
        await delay(2_000);
        return HttpResponse.json(success);
      }),
    );
    const early = new AbortController();
    early.abort();
    expect(await failure(client.login(credentials, { signal: early.signal }))).toMatchObject({ kind: 'aborted' });
    expect(requests).toBe(0);

    const late = new AbortController();
    const pending = client.login(credentials, { signal: late.signal });
    setTimeout(() => late.abort(), 20);
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' });
  });
});

describe('verifyFactor', () => {
  it('POSTs stateToken and passCode to the factor’s path, with Basic auth as the SDK does', async () => {
    let seen: { url: string; body: unknown; authorization: string; contentType: string | null } | undefined;
    server.use(
      http.post(`${BASE}/v1/auth/factor/:factorId/verify`, async ({ request }) => {
        seen = {
          url: request.url,
          body: await request.json(),
          authorization: decodeBasic(request.headers.get('Authorization')),
          contentType: request.headers.get('Content-Type'),
        };
        return HttpResponse.json({ ...success, apiKeyName: 'loginKey' });
      }),
    );
    await expect(client.verifyFactor(verifyInput)).resolves.toMatchObject({ status: 'SUCCESS', apiKeyName: 'loginKey' });
    expect(seen).toEqual({
      url: `${BASE}/v1/auth/factor/ufs1-a.b~c/verify`,
      body: { stateToken: 'st-secret', passCode: '123456' },
      authorization: `jürgen:${PASSWORD}`,
      contentType: 'application/json',
    });
  });

  it.each([
    [401, { error: 'Invalid passcode.' }, 'invalid-passcode'],
    [403, { error: 'Your passcode doesn’t match our records.' }, 'invalid-passcode'],
    [401, { error: 'The stateToken has expired. Please sign in again.' }, 'mfa-expired'],
    [403, { errorSummary: 'Invalid token provided: transaction expired' }, 'mfa-expired'],
    // Okta's wording for an ended transaction, which does not say "expired".
    [401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided' }, 'mfa-expired'],
    [403, { errorSummary: 'Invalid token provided' }, 'mfa-expired'],
    [403, { errorCode: 'E0000069', errorSummary: 'User Locked' }, 'locked-out'],
    [403, { error: 'The account is locked.' }, 'locked-out'],
    [410, {}, 'mfa-expired'],
    [429, {}, 'rate-limited'],
    [503, { error: 'maintenance' }, 'server'],
  ])('maps HTTP %i %j to %s', async (status, body, kind) => {
    server.use(http.post(`${BASE}/v1/auth/factor/:factorId/verify`, () => HttpResponse.json(body, { status })));
    expect(await failure(client.verifyFactor(verifyInput))).toMatchObject({ kind, status });
  });

  it('refuses a passCode that is not digits before sending it', async () => {
    expect(await failure(client.verifyFactor({ ...verifyInput, passCode: '12ab56' }))).toMatchObject({ kind: 'invalid-input' });
  });

  // The proxy's rule too (`isSafeId`): what the client sends is never refused on the way.
  it.each(['.', '..', '', '.hidden', 'ufs 1/2', 'a%2e', 'a\\b', 'x'.repeat(129)])('refuses the factorId %j, which would move the request to another path or be refused by the proxy', async (factorId) => {
    let requests = 0;
    server.use(http.all(`${BASE}/*`, () => void requests++));
    expect(await failure(client.verifyFactor({ ...verifyInput, factorId }))).toMatchObject({ kind: 'invalid-input' });
    expect(requests).toBe(0);
  });

  it('after a timeout, hands over the answer that still comes (it may carry the one-time key)', async () => {
    server.use(
      http.post(`${BASE}/v1/auth/factor/:factorId/verify`, async () => {
        await delay(150);
        return HttpResponse.json({ ...success, apiKeyName: 'loginKey' });
      }),
    );
    const impatient = createRiffynClient({ baseUrl: BASE, timeoutMs: 30 });
    let late: Promise<unknown> | undefined;
    const error = await failure(impatient.verifyFactor(verifyInput, { onLateAnswer: (answer) => void (late = answer) }));
    expect(error.kind).toBe('timeout');
    await expect(late).resolves.toMatchObject({ status: 'SUCCESS', apiKey: 'rk_secret' });

    // Without a taker the request itself is abandoned at the timeout.
    await expect(impatient.verifyFactor(verifyInput)).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('timeoutMs', () => {
  const slowly = () =>
    server.use(
      http.post(`${BASE}/v1/auth`, async () => {
        await delay(30);
        return HttpResponse.json(success);
      }),
    );

  it.each([0, Infinity, 2 ** 31, 1e12])('%d means no timeout, not an instant one', async (timeoutMs) => {
    slowly();
    await expect(createRiffynClient({ baseUrl: BASE, timeoutMs }).login(credentials)).resolves.toMatchObject({ status: 'SUCCESS' });
  });

  it.each([-1, NaN, '15000' as unknown as number])('%j is refused when the client is made', (timeoutMs) => {
    expect(() => createRiffynClient({ baseUrl: BASE, timeoutMs })).toThrow(RangeError);
  });
});

describe('API keys and tokens', () => {
  const token = { accessToken: 'at-secret' };

  it('renames a key found by name, sending the access-token header', async () => {
    const seen: Array<{ method: string; url: string; token: string | null; body?: unknown }> = [];
    server.use(
      http.get(`${BASE}/v1/auth/api-keys`, ({ request }) => {
        seen.push({ method: 'GET', url: request.url, token: request.headers.get('access-token') });
        return HttpResponse.json([
          { id: 'k1', name: 'loginKey', created: '2026-11-27T12:00:00Z' },
          { id: 'k2', name: 'ci' },
        ]);
      }),
      http.patch(`${BASE}/v1/auth/api-key/:id`, async ({ request }) => {
        seen.push({ method: 'PATCH', url: request.url, token: request.headers.get('access-token'), body: await request.json() });
        return HttpResponse.json({ id: 'k1', name: 'laptop' });
      }),
    );
    await expect(renameApiKey(client, { from: 'loginKey', to: ' laptop ' }, token)).resolves.toEqual({
      id: 'k1',
      name: 'laptop',
      created: '2026-11-27T12:00:00Z',
    });
    expect(seen).toEqual([
      { method: 'GET', url: `${BASE}/v1/auth/api-keys`, token: 'at-secret' },
      { method: 'PATCH', url: `${BASE}/v1/auth/api-key/k1`, token: 'at-secret', body: { name: 'laptop' } },
    ]);
  });

  it('says conflict when the name is taken, known before or answered 409', async () => {
    server.use(http.get(`${BASE}/v1/auth/api-keys`, () => HttpResponse.json({ apiKeys: [{ id: 1, name: 'loginKey' }, { id: 2, name: 'ci' }] })));
    expect(await failure(renameApiKey(client, { from: 'loginKey', to: 'ci' }, token))).toMatchObject({ kind: 'conflict' });

    server.use(
      http.get(`${BASE}/v1/auth/api-keys`, () => HttpResponse.json([{ id: 1, name: 'loginKey' }])),
      http.patch(`${BASE}/v1/auth/api-key/:id`, () =>
        HttpResponse.json({ error: 'An API key with that name already exists.' }, { status: 409 }),
      ),
    );
    expect(await failure(renameApiKey(client, { from: 'loginKey', to: 'ci' }, token))).toMatchObject({
      kind: 'conflict',
      status: 409,
      serverMessage: 'An API key with that name already exists.',
    });

    // A 400 is a conflict only when it says so; any other 400 stays a server error.
    server.use(http.patch(`${BASE}/v1/auth/api-key/:id`, () => HttpResponse.json({ error: 'Name is taken' }, { status: 400 })));
    expect(await failure(renameApiKey(client, { from: 'loginKey', to: 'ci' }, token))).toMatchObject({ kind: 'conflict', status: 400 });
    server.use(http.patch(`${BASE}/v1/auth/api-key/:id`, () => HttpResponse.json({ error: 'Bad name' }, { status: 400 })));
    expect(await failure(renameApiKey(client, { from: 'loginKey', to: 'ci' }, token))).toMatchObject({ kind: 'server', status: 400 });
  });

  it('says session-expired when the accessToken is refused', async () => {
    server.use(http.get(`${BASE}/v1/auth/api-keys`, () => HttpResponse.json({ error: 'Unauthorized' }, { status: 401 })));
    expect(await failure(listApiKeys(client, token))).toMatchObject({ kind: 'session-expired' });
  });

  it('refreshes the accessToken with the requested lifetime', async () => {
    let body: unknown;
    server.use(
      http.post(`${BASE}/v1/auth/access-token`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ accessToken: 'at-2', accessTokenExpiresAt: '2026-11-27T13:00:00Z' });
      }),
    );
    await expect(refreshAccessToken(client, { time: 3600 }, token)).resolves.toMatchObject({ accessToken: 'at-2' });
    expect(body).toEqual({ time: 3600 });
  });

  it('renames the newest of several keys of that name: the one this login made', async () => {
    let renamed: unknown;
    server.use(
      http.get(`${BASE}/v1/auth/api-keys`, () =>
        HttpResponse.json([
          { id: 'old', name: 'loginKey', created: '2025-01-01T00:00:00Z' },
          { id: 'new', name: 'loginKey', created: '2026-11-27T12:00:00Z' },
        ]),
      ),
      http.patch(`${BASE}/v1/auth/api-key/:id`, ({ params }) => {
        renamed = params.id;
        return HttpResponse.json({ id: params.id, name: 'laptop' });
      }),
    );
    await renameApiKey(client, { from: 'loginKey', to: 'laptop' }, token);
    expect(renamed).toBe('new');

    // Nothing to tell them apart: no guess.
    server.use(http.get(`${BASE}/v1/auth/api-keys`, () => HttpResponse.json([{ id: 'a', name: 'loginKey' }, { id: 'b', name: 'loginKey' }])));
    expect(await failure(renameApiKey(client, { from: 'loginKey', to: 'laptop' }, token))).toMatchObject({ kind: 'server', detail: 'from' });
  });

  it('refuses a listed key id that would move the request to another path', async () => {
    server.use(http.get(`${BASE}/v1/auth/api-keys`, () => HttpResponse.json([{ id: '..', name: 'loginKey' }])));
    expect(await failure(renameApiKey(client, { from: 'loginKey', to: 'laptop' }, token))).toMatchObject({ kind: 'invalid-input' });
  });

  it.each([-60, 0, 1.5, 21_601, 1e12, '3600x', NaN])('refuses the lifetime %j before sending anything', async (time) => {
    let requests = 0;
    server.use(http.post(`${BASE}/v1/auth/access-token`, () => void requests++));
    expect(await failure(refreshAccessToken(client, { time: time as number }, token))).toMatchObject({ kind: 'invalid-input', detail: 'time' });
    expect(requests).toBe(0);
  });

  it('refuses a key list that is not a list', async () => {
    server.use(http.get(`${BASE}/v1/auth/api-keys`, () => HttpResponse.json({ nope: true })));
    expect(await failure(listApiKeys(client, token))).toMatchObject({ kind: 'malformed' });
  });
});
