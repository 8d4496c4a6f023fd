// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRiffynProxy, type RiffynProxyOptions } from '../../src/server/index.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';

/*
 * Session mode against the mock Riffyn: the exact contract apps and other servers rely on (paths,
 * statuses, cookie attributes), with requests as a browser on the app's origin sends them.
 */

const ORIGIN = 'https://app.example.test';
const SECRET = 'a-32-byte-secret-for-these-tests!';
const OTHER_SECRET = 'another-32-byte-secret-for-tests!';

function setup(options: Partial<RiffynProxyOptions> = {}) {
  const mock = createMockRiffyn();
  const upstreamSeen: Array<{ path: string; accessToken: string | undefined }> = [];
  const proxy = createRiffynProxy({
    upstream: 'https://riffyn.upstream.test',
    session: { secret: SECRET },
    ...options,
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      upstreamSeen.push({ path: url.pathname, accessToken: headers['access-token'] });
      const body = init?.body ? new TextDecoder().decode(init.body as Uint8Array) : undefined;
      const answer = await mock.handle({ method: init?.method ?? 'GET', url: url.pathname + url.search, headers, body });
      return new Response(answer.body || null, { status: answer.status, headers: answer.headers });
    },
  });
  return { mock, proxy, upstreamSeen };
}

const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

function call(path: string, init: { method?: string; cookie?: string | undefined; headers?: Record<string, string>; body?: unknown; origin?: string | null } = {}) {
  const { method = 'POST', cookie, body, origin = ORIGIN } = init;
  const headers = new Headers(init.headers);
  if (cookie) headers.set('cookie', cookie);
  if (origin !== null && method !== 'GET') headers.set('origin', origin);
  if (body !== undefined) headers.set('content-type', 'application/json');
  return new Request(`${ORIGIN}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** The cookie as `name=value` from a Set-Cookie, with its attributes. */
function cookieOf(response: Response) {
  const header = response.headers.getSetCookie().at(-1) ?? '';
  const [pair = '', ...attributes] = header.split(/;\s*/);
  return { pair, attributes, value: pair.slice(pair.indexOf('=') + 1) };
}

async function signIn(proxy: (r: Request) => Promise<Response>, username = 'key-holder') {
  const response = await proxy(call('/v1/auth', { headers: { authorization: basic(username, DEMO_PASSWORD) } }));
  return { response, body: (await response.clone().json()) as Record<string, unknown>, cookie: cookieOf(response) };
}

describe('session mode: the accessToken in an encrypted HttpOnly cookie', () => {
  it('a sign-in sets the cookie with the exact attributes, and the page gets no accessToken', async () => {
    const { proxy, upstreamSeen } = setup();
    const { response, body, cookie } = await signIn(proxy);
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ status: 'SUCCESS', username: 'key-holder' });
    expect(body).not.toHaveProperty('accessToken');
    expect(typeof body.accessTokenExpiresAt).toBe('string');
    expect(cookie.pair).toMatch(/^riffyn_session=[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+$/); // compact JWE, dir: empty key part
    expect(cookie.attributes).toEqual(['Path=/', expect.stringMatching(/^Max-Age=(1799|1800)$/), 'HttpOnly', 'SameSite=Strict', 'Secure']);
    // The token is not readable in the cookie either: it is encrypted.
    await proxy(call('/v1/auth/api-keys', { method: 'GET', cookie: cookie.pair }));
    const token = upstreamSeen.at(-1)!.accessToken!;
    expect(token).toMatch(/^mockat_/);
    const decoded = cookie.value.split('.').map((part) => Buffer.from(part, 'base64url').toString('latin1')).join('');
    expect(cookie.value + decoded).not.toContain(token);
  });

  it('the one-time key still reaches the page unchanged, through MFA', async () => {
    const { proxy, mock } = setup();
    const first = await proxy(call('/v1/auth', { headers: { authorization: basic('mfa-user', DEMO_PASSWORD) } }));
    const mfa = (await first.json()) as { stateToken: string; factors: Array<{ id: string }> };
    expect(first.headers.getSetCookie()).toEqual([]);
    const verify = await proxy(
      call(`/v1/auth/factor/${mfa.factors[0]!.id}/verify`, {
        headers: { authorization: basic('mfa-user', DEMO_PASSWORD) },
        body: { stateToken: mfa.stateToken, passCode: await mock.currentCode('mfa-user') },
      }),
    );
    const body = (await verify.json()) as Record<string, unknown>;
    expect(body.apiKey).toMatch(/^mockkey_/);
    expect(body).not.toHaveProperty('accessToken');
    expect(cookieOf(verify).pair).toMatch(/^riffyn_session=/);
  });

  it('GET /v1/auth/session answers from the cookie, never forwarded and never the token; 401 without one', async () => {
    const { proxy, upstreamSeen } = setup();
    const { cookie } = await signIn(proxy);
    const seenBefore = upstreamSeen.length;
    const live = await proxy(call('/v1/auth/session', { method: 'GET', cookie: cookie.pair }));
    expect(live.status).toBe(200);
    const info = (await live.json()) as Record<string, unknown>;
    expect(Object.keys(info).sort()).toEqual(['accessTokenExpiresAt', 'userId', 'username']);
    expect(info.username).toBe('key-holder');
    expect(upstreamSeen.length).toBe(seenBefore);
    expect((await proxy(call('/v1/auth/session', { method: 'GET' }))).status).toBe(401);
  });

  it('calls that need the token get it from the cookie; an extension updates the cookie', async () => {
    const { proxy, upstreamSeen } = setup();
    const { cookie } = await signIn(proxy);
    const keys = await proxy(call('/v1/auth/api-keys', { method: 'GET', cookie: cookie.pair }));
    expect(keys.status).toBe(200);
    const token = upstreamSeen.at(-1)!.accessToken;
    expect(token).toMatch(/^mockat_/);
    const extended = await proxy(call('/v1/auth/access-token', { cookie: cookie.pair, body: { time: 3600 } }));
    expect(extended.status).toBe(200);
    const body = (await extended.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('accessToken');
    const renewed = cookieOf(extended);
    expect(renewed.attributes).toContain('HttpOnly');
    expect(renewed.attributes.find((a) => a.startsWith('Max-Age='))).toMatch(/^Max-Age=(3599|3600)$/);
    await proxy(call('/v1/auth/api-keys', { method: 'GET', cookie: renewed.pair }));
    expect(upstreamSeen.at(-1)!.accessToken).toMatch(/^mockat_/);
    expect(upstreamSeen.at(-1)!.accessToken).not.toBe(token);
  });

  it('DELETE /v1/auth/session clears the cookie (Max-Age=0)', async () => {
    const { proxy } = setup();
    const { cookie } = await signIn(proxy);
    const out = await proxy(call('/v1/auth/session', { method: 'DELETE', cookie: cookie.pair }));
    expect(out.status).toBe(200);
    expect(cookieOf(out)).toMatchObject({ pair: 'riffyn_session=', attributes: expect.arrayContaining(['Max-Age=0', 'HttpOnly']) });
  });

  it('a tampered, foreign-key or expired cookie is a 401 and is cleared', async () => {
    const { proxy } = setup();
    const { cookie } = await signIn(proxy);
    const flipped = cookie.pair.slice(0, -3) + (cookie.pair.endsWith('A') ? 'BBB' : 'AAA');
    const { proxy: other } = setup({ session: { secret: OTHER_SECRET } });
    const foreign = (await signIn(other)).cookie.pair;
    for (const bad of [flipped, foreign]) {
      const answer = await proxy(call('/v1/auth/session', { method: 'GET', cookie: bad }));
      expect(answer.status).toBe(401);
      expect(cookieOf(answer).attributes).toContain('Max-Age=0');
    }
    // Expired: the 30-minute token, looked at 31 minutes later.
    const { proxy: short } = setup();
    const signedIn = await signIn(short);
    const sealedAt = Date.now();
    const realNow = Date.now;
    Date.now = () => sealedAt + 31 * 60_000;
    try {
      const answer = await short(call('/v1/auth/session', { method: 'GET', cookie: signedIn.cookie.pair }));
      expect(answer.status).toBe(401);
      expect(cookieOf(answer).attributes).toContain('Max-Age=0');
    } finally {
      Date.now = realNow;
    }
  });

  it('rotation: a cookie sealed with the old secret still opens once a new one goes first; new cookies use the new one', async () => {
    const { proxy: before } = setup({ session: { secret: SECRET } });
    const old = (await signIn(before)).cookie.pair;
    const { proxy: rotated } = setup({ session: { secret: [OTHER_SECRET, SECRET] } });
    expect((await rotated(call('/v1/auth/session', { method: 'GET', cookie: old }))).status).toBe(200);
    const fresh = (await signIn(rotated)).cookie.pair;
    const { proxy: onlyNew } = setup({ session: { secret: OTHER_SECRET } });
    expect((await onlyNew(call('/v1/auth/session', { method: 'GET', cookie: fresh }))).status).toBe(200);
    expect((await onlyNew(call('/v1/auth/session', { method: 'GET', cookie: old }))).status).toBe(401);
  });

  it('CSRF: a state-changing request from another origin is refused 403 (Origin or Sec-Fetch-Site)', async () => {
    const { proxy, upstreamSeen } = setup({ session: { secret: SECRET, trustedOrigins: ['https://front.example.test'] } });
    const { cookie } = await signIn(proxy);
    const seen = upstreamSeen.length;
    const evil = await proxy(call('/v1/auth/session', { method: 'DELETE', cookie: cookie.pair, origin: 'https://evil.example' }));
    expect(evil.status).toBe(403);
    expect(evil.headers.getSetCookie()).toEqual([]);
    const login = await proxy(call('/v1/auth', { origin: 'https://evil.example', headers: { authorization: basic('key-holder', DEMO_PASSWORD) } }));
    expect(login.status).toBe(403);
    const site = await proxy(call('/v1/auth/access-token', { cookie: cookie.pair, origin: null, headers: { 'sec-fetch-site': 'cross-site' }, body: {} }));
    expect(site.status).toBe(403);
    expect(upstreamSeen.length).toBe(seen);
    // A trusted front end's origin is taken.
    expect((await proxy(call('/v1/auth/session', { method: 'DELETE', cookie: cookie.pair, origin: 'https://front.example.test' }))).status).toBe(200);
  });

  it("judges origin and Secure by the Host the browser addressed when request.url names the server's own listener (Next.js)", async () => {
    // Next.js hands route handlers http://localhost:3000/… whatever the browser addressed.
    const nextStyle = (origin: string, host = 'app.example.test') =>
      new Request('http://localhost:3000/v1/auth', {
        method: 'POST',
        headers: { host, origin, authorization: basic('key-holder', DEMO_PASSWORD) },
      });
    const { proxy } = setup();
    const signedIn = await proxy(nextStyle(ORIGIN));
    expect(signedIn.status).toBe(200);
    expect(cookieOf(signedIn).attributes).toContain('Secure');
    expect((await proxy(nextStyle('https://evil.example'))).status).toBe(403);
    // Development, addressed as 127.0.0.1: no Secure, and its own origin is taken.
    const local = await proxy(nextStyle('http://127.0.0.1:3000', '127.0.0.1:3000'));
    expect(local.status).toBe(200);
    expect(cookieOf(local).attributes).not.toContain('Secure');
  });

  it('refuses a secret under 32 bytes when made', () => {
    expect(() => createRiffynProxy({ upstream: 'https://x.test', session: { secret: 'short' } })).toThrow(/32 bytes/);
    expect(() => createRiffynProxy({ upstream: 'https://x.test', session: { secret: [SECRET, 'short'] } })).toThrow(/32 bytes/);
  });

  it('no Secure on plain-http localhost (development), Secure everywhere else', async () => {
    const { proxy } = setup();
    const local = await proxy(
      new Request('http://localhost:5173/v1/auth', {
        method: 'POST',
        headers: { origin: 'http://localhost:5173', authorization: basic('key-holder', DEMO_PASSWORD) },
      }),
    );
    expect(cookieOf(local).attributes).not.toContain('Secure');
  });

  it('allow: the app’s own Riffyn calls go through, with the session’s token', async () => {
    const { proxy, upstreamSeen } = setup({ allow: ['GET /v1/auth/api-keys/{id}'] });
    const { cookie } = await signIn(proxy);
    await proxy(call('/v1/auth/api-keys/k1', { method: 'GET', cookie: cookie.pair }));
    expect(upstreamSeen.at(-1)).toMatchObject({ path: '/v1/auth/api-keys/k1', accessToken: expect.stringMatching(/^mockat_/) });
    const { proxy: strict } = setup();
    expect((await strict(call('/v1/auth/api-keys/k1', { method: 'GET', cookie: cookie.pair }))).status).toBe(404);
  });
});
