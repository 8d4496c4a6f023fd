// @vitest-environment node
import { request as httpRequest } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRiffynClient, type RiffynPaths } from '../../src/api/client.js';
import { listApiKeys, logout, refreshAccessToken, renameApiKey } from '../../src/api/session-calls.js';
import { basicAuthHeader } from '../../src/core/basic-auth.js';
import { AuthError } from '../../src/core/errors.js';
import { createRiffynProxy, type RiffynProxyLogEntry, type RiffynProxyOptions } from '../../src/server/index.js';
import { clientAddress, toNodeHandler } from '../../src/server/node.js';
import { badGatewayHtml, DEMO_PASSWORD, UNICODE_PASSWORD } from '../../src/testing/index.js';
import { hangingUpstream, listen, rawRequest, recordingUpstream, until, type Listening, type RecordingUpstream } from './helpers.js';

/*
 * The proxy between a real HTTP browser side (the kit's own client, or raw requests) and the mock
 * Riffyn on a real port, through the Node adapter, as `npm start` and an Express app run it.
 */

let upstream: RecordingUpstream;
const servers: Listening[] = [];
/** Everything any proxy in this file logged, checked for secrets at the end. */
const logged: RiffynProxyLogEntry[] = [];
/** Every secret the kit or Riffyn exchanged in this file. */
const secrets = new Set<string>([DEMO_PASSWORD, UNICODE_PASSWORD]);
/** Whatever reached the console while a proxy ran. */
const consoleCalls: unknown[][] = [];
const originalConsole = { ...console };

beforeAll(async () => {
  upstream = await recordingUpstream();
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    console[method] = (...args: unknown[]) => void consoleCalls.push(args);
  }
});
afterEach(() => {
  upstream.delayMs = 0;
  for (const answer of upstream.sent) {
    for (const match of answer.body.matchAll(/"(?:accessToken|apiKey|stateToken)":"([^"]+)"/g)) secrets.add(match[1]!);
  }
  for (const request of upstream.seen) {
    if (request.headers.authorization) secrets.add(request.headers.authorization);
    if (request.headers['access-token']) secrets.add(request.headers['access-token']);
    if (request.body) secrets.add(request.body);
  }
});
afterAll(async () => {
  Object.assign(console, originalConsole);
  await Promise.all([upstream.close(), ...servers.map((server) => server.close())]);
});

/** The proxy on a real port, through the Node adapter. */
async function proxyServer(options: Partial<RiffynProxyOptions> = {}): Promise<string> {
  const handler = createRiffynProxy({ upstream: upstream.url, log: (entry) => logged.push(entry), ...options });
  const server = await listen(toNodeHandler(handler));
  servers.push(server);
  return server.url;
}

interface Sent {
  method: string;
  path: string;
  headers: Headers;
  body: string;
}
interface Received {
  status: number;
  headers: Headers;
  body: string;
}

/** A kit client whose every request and answer is kept, as the browser saw them. */
function recordedClient(baseUrl: string, paths?: Partial<RiffynPaths>) {
  const exchanges: Array<{ sent: Sent; received: Received }> = [];
  const client = createRiffynClient({
    baseUrl,
    paths,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const sent = { method: request.method, path: new URL(request.url).pathname, headers: request.headers, body: await request.clone().text() };
      const response = await fetch(request);
      exchanges.push({ sent, received: { status: response.status, headers: response.headers, body: await response.clone().text() } });
      return response;
    },
  });
  return { client, exchanges };
}

const RELAYED_HEADERS = ['authorization', 'access-token', 'content-type', 'accept'];

/** Each exchange reached Riffyn exactly as sent, and came back exactly as Riffyn answered. */
function expectByteForByte(exchanges: Array<{ sent: Sent; received: Received }>, since: number) {
  const seen = upstream.seen.slice(since);
  const sent = upstream.sent.slice(since);
  expect(seen).toHaveLength(exchanges.length);
  exchanges.forEach(({ sent: browser, received }, i) => {
    const atRiffyn = seen[i]!;
    expect(atRiffyn.method).toBe(browser.method);
    expect(atRiffyn.url).toBe(browser.path);
    expect(atRiffyn.body ?? '').toBe(browser.body);
    for (const name of RELAYED_HEADERS) expect(atRiffyn.headers[name], name).toBe(browser.headers.get(name) ?? undefined);

    const answer = sent[i]!;
    expect(received.status).toBe(answer.status);
    expect(received.body).toBe(answer.body);
    for (const name of ['content-type', 'date', 'retry-after']) {
      expect(received.headers.get(name), name).toBe(answer.headers[name] ?? null);
    }
  });
}

describe('createRiffynProxy: every call of the kit passes through unchanged', () => {
  it('signs in without MFA, then lists, renames, refreshes and logs out', async () => {
    const since = upstream.seen.length;
    const { client, exchanges } = recordedClient(await proxyServer());
    const answer = await client.login({ username: 'new-user', password: DEMO_PASSWORD });
    if (answer.status !== 'SUCCESS' || !answer.accessToken) throw new Error('expected SUCCESS with an accessToken');
    expect(answer.apiKey).toMatch(/^mockkey_/);
    expect(answer.serverDate).toEqual(expect.any(Number)); // the Date header came through

    const session = { accessToken: answer.accessToken };
    expect(await listApiKeys(client, session)).toEqual([expect.objectContaining({ name: 'loginKey' })]);
    expect(await renameApiKey(client, { from: 'loginKey', to: 'laptop' }, session)).toMatchObject({ name: 'laptop' });
    const refreshed = await refreshAccessToken(client, { time: 600 }, session);
    await logout(client, { accessToken: refreshed.accessToken });

    expect(exchanges.map(({ sent }) => `${sent.method} ${sent.path}`)).toEqual([
      'POST /v1/auth',
      'GET /v1/auth/api-keys',
      'GET /v1/auth/api-keys', // renameApiKey looks the id up first
      expect.stringMatching(/^PATCH \/v1\/auth\/api-key\/key_\w+$/),
      'POST /v1/auth/access-token',
      'POST /v1/logout',
    ]);
    expectByteForByte(exchanges, since);
  });

  it('carries a non-ASCII password as the same UTF-8 Basic header', async () => {
    const since = upstream.seen.length;
    const { client, exchanges } = recordedClient(await proxyServer());
    await expect(client.login({ username: 'unicode-user', password: UNICODE_PASSWORD })).resolves.toMatchObject({ status: 'SUCCESS' });
    expectByteForByte(exchanges, since);
    expect(upstream.mock.requests.at(-1)).toMatchObject({ username: 'unicode-user', passwordOk: true });
  });

  it('signs in with MFA: the verify path, its JSON body and Basic auth', async () => {
    const since = upstream.seen.length;
    const { client, exchanges } = recordedClient(await proxyServer());
    const mfa = await client.login({ username: 'mfa-user', password: DEMO_PASSWORD });
    if (mfa.status !== 'MFA_REQUIRED') throw new Error('expected MFA_REQUIRED');
    const passCode = await upstream.mock.currentCode('mfa-user');
    secrets.add(passCode);
    const done = await client.verifyFactor({
      username: 'mfa-user',
      password: DEMO_PASSWORD,
      factorId: mfa.factors[0]!.id,
      stateToken: mfa.stateToken,
      passCode,
    });
    expect(done.status).toBe('SUCCESS');
    expect(exchanges[1]!.sent.path).toBe('/v1/auth/factor/uft-mfa-user/verify');
    expectByteForByte(exchanges, since);
  });

  it('passes failures back as Riffyn sent them: 401, 429 with Retry-After (both forms), 500, the 502 HTML page, cut-off JSON', async () => {
    const since = upstream.seen.length;
    const { client, exchanges } = recordedClient(await proxyServer());
    const fail = (username: string, password = 'anything') => client.login({ username, password }).catch((error: unknown) => error);

    expect(await fail('mfa-user', 'wrong')).toMatchObject({ kind: 'invalid-credentials', status: 401 });
    expect(await fail('rate-limited')).toMatchObject({ kind: 'rate-limited', retryAfter: 30 });
    const dated = await fail('rate-limited-date');
    expect(dated).toMatchObject({ kind: 'rate-limited' });
    expect((dated as AuthError).retryAfter).toBeGreaterThan(100);
    expect(await fail('server-error')).toMatchObject({ kind: 'server', status: 500 });
    expect(await fail('bad-gateway')).toMatchObject({ kind: 'server', status: 502 });
    expect(await fail('truncated-json')).toMatchObject({ kind: 'malformed' });

    expectByteForByte(exchanges, since);
    expect(exchanges[1]!.received.headers.get('retry-after')).toBe('30');
    expect(exchanges[4]!.received).toMatchObject({ status: 502, body: badGatewayHtml });
    expect(exchanges[4]!.received.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('forwards the paths the client is configured with, and only those', async () => {
    const paths = { login: 'GET /v1/login' };
    const base = await proxyServer({ paths });
    const since = upstream.seen.length;
    const { client, exchanges } = recordedClient(base, paths);
    await expect(client.login({ username: 'key-holder', password: DEMO_PASSWORD })).resolves.toMatchObject({ status: 'SUCCESS' });
    expectByteForByte(exchanges, since);

    const before = upstream.seen.length;
    expect((await rawRequest(base, { method: 'POST', path: '/v1/auth' })).status).toBe(404); // replaced by GET /v1/login
    expect(upstream.seen).toHaveLength(before);
  });

  it('serves a client whose baseUrl is a path on the app (basePath), and an upstream with a path prefix', async () => {
    const prefixed = await listen(async (req, res) => {
      // Stands in for a Riffyn behind a gateway at /riffyn: strips the prefix and relays to the mock.
      const answer = await fetch(upstream.url + (req.url ?? '').replace(/^\/riffyn/, ''), {
        method: req.method,
        headers: { authorization: req.headers.authorization ?? '' },
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' }).end(await answer.text());
    });
    servers.push(prefixed);
    const base = await proxyServer({ basePath: '/api/riffyn/', upstream: `${prefixed.url}/riffyn/` });
    const since = upstream.seen.length;
    const { client } = recordedClient(`${base}/api/riffyn`);
    await expect(client.login({ username: 'key-holder', password: DEMO_PASSWORD })).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(upstream.seen.slice(since).map((r) => r.url)).toEqual(['/v1/auth']);
    expect((await rawRequest(base, { method: 'POST', path: '/v1/auth' })).status).toBe(404); // outside basePath
    expect(upstream.seen).toHaveLength(since + 1);
  });
});

describe('createRiffynProxy: slow answers, timeouts and cancelled requests', () => {
  it('waits for a slow Riffyn within the timeout', async () => {
    upstream.delayMs = 400;
    const { client } = recordedClient(await proxyServer({ timeoutMs: 5_000 }));
    await expect(client.login({ username: 'key-holder', password: DEMO_PASSWORD })).resolves.toMatchObject({ status: 'SUCCESS' });
    expect(logged.at(-1)).toMatchObject({ path: '/v1/auth', status: 200 });
    expect(logged.at(-1)!.durationMs).toBeGreaterThanOrEqual(390);
  });

  it('answers 504 after timeoutMs and hangs up on Riffyn', async () => {
    const hanging = await hangingUpstream();
    servers.push(hanging);
    const base = await proxyServer({ upstream: hanging.url, timeoutMs: 200 });
    const error = await createRiffynClient({ baseUrl: base })
      .login({ username: 'key-holder', password: DEMO_PASSWORD })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'server', status: 504 });
    expect(hanging.requests.map((r) => r.path)).toEqual(['/v1/auth']);
    await expect(hanging.requests[0]!.closedEarly).resolves.toBe(true);
    expect(logged.at(-1)).toMatchObject({ status: 504, error: 'timeout' });
  });

  it('cancels Riffyn’s request when the browser aborts (through the Node adapter)', async () => {
    const hanging = await hangingUpstream();
    servers.push(hanging);
    const base = await proxyServer({ upstream: hanging.url });
    const controller = new AbortController();
    const pending = createRiffynClient({ baseUrl: base })
      .login({ username: 'key-holder', password: DEMO_PASSWORD }, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    await until(() => hanging.requests.length === 1);
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'aborted' });
    await expect(hanging.requests[0]!.closedEarly).resolves.toBe(true);
    await until(() => logged.at(-1)?.error === 'aborted');
    expect(logged.at(-1)).toMatchObject({ path: '/v1/auth', status: 499 });
  });

  it('cancels Riffyn’s request when the Request’s own signal aborts (Fetch runtimes)', async () => {
    const hanging = await hangingUpstream();
    servers.push(hanging);
    const proxy = createRiffynProxy({ upstream: hanging.url, log: (entry) => logged.push(entry) });
    const controller = new AbortController();
    const answer = proxy(new Request('https://app.example/v1/auth/api-keys', { signal: controller.signal }));
    await until(() => hanging.requests.length === 1);
    controller.abort();
    expect((await answer).status).toBe(499);
    await expect(hanging.requests[0]!.closedEarly).resolves.toBe(true);
  });

  it('answers 408 when the browser does not finish sending the body within timeoutMs', async () => {
    const base = await proxyServer({ timeoutMs: 200 });
    const before = upstream.seen.length;
    const { hostname, port } = new URL(base);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: hostname, port, method: 'POST', path: '/v1/auth/factor/x/verify', headers: { 'content-length': '100' } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"stateToken":'); // and nothing more
    });
    expect(status).toBe(408);
    expect(upstream.seen).toHaveLength(before);
    expect(logged.at(-1)).toMatchObject({ status: 408, error: 'slow-request' });
  });

  it('answers 502 when Riffyn cannot be reached', async () => {
    const gone = await listen(() => {});
    await gone.close();
    const error = await createRiffynClient({ baseUrl: await proxyServer({ upstream: gone.url }) })
      .login({ username: 'key-holder', password: DEMO_PASSWORD })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ kind: 'server', status: 502, serverMessage: 'Could not reach Riffyn.' });
    expect(logged.at(-1)).toMatchObject({ status: 502, error: 'unreachable' });
  });
});

/** An upstream that answers every request with these raw bytes (a status no HTTP library would send). */
async function rawUpstream(answer: string): Promise<Listening> {
  const server = createTcpServer((socket) => socket.once('data', () => socket.end(answer)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('createRiffynProxy: Riffyn’s answer, bounded', () => {
  it('answers 502 to an answer over maxAnswerBytes, declared or streamed, and hangs up on Riffyn', async () => {
    const big = 'x'.repeat(2048);
    for (const declared of [true, false]) {
      let cancelled = false;
      const base = await proxyServer({
        maxAnswerBytes: 1024,
        // 128 KB in 2 KB chunks, undeclared: only counting finds it too large.
        fetch: async () => {
          let sent = 0;
          return new Response(
            new ReadableStream({
              pull: (controller) => (++sent > 64 ? controller.close() : controller.enqueue(new TextEncoder().encode(big))),
              cancel: () => void (cancelled = true),
            }),
            { headers: declared ? { 'content-length': String(64 * 2048) } : {} },
          );
        },
      });
      const answer = await rawRequest(base, { method: 'POST', path: '/v1/logout' });
      expect(answer.status, String(declared)).toBe(502);
      expect(JSON.parse(answer.body)).toEqual({ error: 'Riffyn’s answer was too large.' });
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(logged.at(-1)).toMatchObject({ path: '/v1/logout', status: 502, error: 'answer-too-large' });
      if (!declared) expect(cancelled).toBe(true);
    }
  });

  it('relays an answer of exactly maxAnswerBytes', async () => {
    const base = await proxyServer({ maxAnswerBytes: 16, fetch: async () => new Response('{"status":"ok"}'.padEnd(16)) });
    const answer = await rawRequest(base, { method: 'POST', path: '/v1/logout' });
    expect(answer).toMatchObject({ status: 200, body: '{"status":"ok"} ' });
  });

  it('answers 502 with its safety headers and a log line to a status outside 200–599', async () => {
    for (const status of [600, 999]) {
      const odd = await rawUpstream(`HTTP/1.1 ${status} Odd\r\ncontent-type: text/html\r\ncontent-length: 2\r\n\r\n{}`);
      servers.push(odd);
      const base = await proxyServer({ upstream: odd.url, timeoutMs: 1000 });
      const answer = await rawRequest(base, { method: 'POST', path: '/v1/logout' });
      expect(answer.status, String(status)).toBe(502);
      expect(JSON.parse(answer.body)).toEqual({ error: 'Riffyn’s answer had an invalid status.' });
      expect(answer.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      expect(logged.at(-1)).toMatchObject({ path: '/v1/logout', status: 502, error: 'bad-status' });
    }
  });
});

describe('createRiffynProxy: what never reaches Riffyn', () => {
  const refused: Array<[method: string, path: string]> = [
    ['GET', '/v1/auth'], // wrong method
    ['PUT', '/v1/auth'],
    ['OPTIONS', '/v1/auth'],
    ['HEAD', '/v1/auth/api-keys'],
    ['DELETE', '/v1/auth/api-key/key_1'],
    ['GET', '/'],
    ['GET', '/v1/users'],
    ['POST', '/v2/auth'],
    ['POST', '/v1/auth/'],
    ['POST', '//v1/auth'],
    ['POST', '/v1//auth'],
    ['POST', '/V1/AUTH'],
    ['GET', '/v1/auth/api-keys?limit=1'], // the kit never sends a query
    ['GET', '/v1/auth/api-keys?path=auth&path=api-keys&path=x'], // more params than segments
    ['GET', '/v1/auth/api-keys?path=api-keys&path=auth'], // not the segments in order
    ['GET', '/v1/auth/api-keys?path=auth&slug=api-keys'], // two names
    ['POST', '/v1/auth/factor/../../../admin/verify'],
    ['POST', '/v1/auth/factor/../verify'],
    ['POST', '/v1/auth/factor/./verify'],
    ['POST', '/v1/auth/factor/%2e%2e/verify'],
    ['POST', '/v1/auth/factor/%2E/verify'],
    ['POST', '/v1/auth/factor/.hidden/verify'],
    ['POST', '/v1/auth/factor/x/verify/..'],
    ['POST', '/v1/auth/factor/x%2Fy/verify'],
    ['POST', '/v1/auth/factor/x%3Fy/verify'],
    ['PATCH', '/v1/auth/api-key/..%2F..%2Fusers'],
    ['PATCH', '/v1/auth/api-key/a%5Cb'],
    ['PATCH', '/v1/auth/api-key/a\\b'],
    ['PATCH', '/v1/auth/api-key/%252e%252e'],
    ['PATCH', '/v1/auth/api-key/a%00b'],
    ['PATCH', '/v1/auth/api-key/%C3%A9t%C3%A9'],
    ['PATCH', `/v1/auth/api-key/${'a'.repeat(129)}`],
  ];

  it.each(refused)('%s %s answers 404 without contacting Riffyn', async (method, path) => {
    const base = await proxyServer();
    const before = upstream.seen.length;
    const answer = await rawRequest(base, { method, path, headers: { authorization: 'Basic eDp5', 'content-type': 'application/json' } });
    expect(answer.status).toBe(404);
    if (method !== 'HEAD') expect(JSON.parse(answer.body)).toEqual({ error: 'Not found.' });
    expect(upstream.seen).toHaveLength(before);
    expect(logged.at(-1)).toMatchObject({ method, path: null, status: 404, error: 'not-allowed' });
  });

  it("ignores the catch-all params Next.js appends on the Edge runtime, and never forwards a query", async () => {
    const base = await proxyServer();
    const answer = await rawRequest(base, {
      method: 'POST',
      path: '/v1/auth?path=v1&path=auth',
      headers: { authorization: 'Basic eDp5', 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(401); // Riffyn's answer to the wrong password: the call went through
    expect(upstream.seen.at(-1)!.url).toBe('/v1/auth');
    expect(logged.at(-1)).toMatchObject({ method: 'POST', path: '/v1/auth', status: 401 });
    const listed = await rawRequest(base, { method: 'GET', path: '/v1/auth/api-keys?slug=auth&slug=api-keys', headers: { 'access-token': 'nope' } });
    expect(listed.status).toBe(401);
    expect(upstream.seen.at(-1)!.url).toBe('/v1/auth/api-keys');
  });

  it('accepts the longest and oddest id it allows, as is', async () => {
    const base = await proxyServer();
    const id = `A-z_0.9~${'k'.repeat(120)}`;
    const answer = await rawRequest(base, { method: 'PATCH', path: `/v1/auth/api-key/${id}`, headers: { 'access-token': 'nope' } });
    expect(answer.status).toBe(401); // Riffyn's answer: the mock knows no such token
    expect(upstream.seen.at(-1)!.url).toBe(`/v1/auth/api-key/${id}`);
  });

  // What a rate limit or session check in front of the proxy keys on is the target as it arrived:
  // each of these is a kit call only once `..`, `%2e`, `.` or `\\` is resolved.
  const resolvable = [
    ['POST', '/v1/x/%2e%2e/auth'],
    ['POST', '/v1/x/%2E%2E/auth'],
    ['POST', '/v1/x/.%2e/auth'],
    ['POST', '/v1/x/%2e./auth'],
    ['POST', '/v1/x/../auth'],
    ['POST', '/v1/./auth'],
    ['POST', '/v1/%2e/auth'],
    ['POST', '/v1/x\\..\\auth'],
    ['POST', '/v1\\auth'],
    ['GET', '/v1/auth/x/../api-keys'],
    ['GET', '/v1/auth/api-keys/.'],
    ['POST', '/v1/logout?'],
    ['POST', '/v1/logout#x'],
  ] as const;

  it.each(resolvable)('%s %s, a call only once resolved, answers 404 through the Node adapter and reaches nothing', async (method, path) => {
    const base = await proxyServer();
    const before = upstream.seen.length;
    const answer = await rawRequest(base, { method, path, headers: { authorization: 'Basic eDp5', 'access-token': 'nope' } });
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toEqual({ error: 'Not found.' });
    expect(upstream.seen).toHaveLength(before);
    expect(logged.at(-1)).toMatchObject({ method, path: null, status: 404, error: 'not-allowed' });
  });

  it('takes a raw-target header sent by the browser only as a reason to refuse', async () => {
    const handler = createRiffynProxy({ upstream: upstream.url, fetch: async () => Response.json({ status: 'SUCCESS' }) });
    // A Fetch runtime (no adapter): the header can only turn a call into a 404, never the reverse.
    const call = (target: string) =>
      handler(new Request('http://app.example/v1/auth', { method: 'POST', headers: { 'x-riffyn-login-kit-raw-target': target } }));
    expect((await call('%2Fv1%2Fauth')).status).toBe(200);
    expect((await call('%2Fv1%2Fx%2F..%2Fauth')).status).toBe(404);
    expect((await call('%E0%A4%A')).status).toBe(404);
  });

  it('refuses a body over maxBodyBytes with 413, declared or streamed, and the answer still arrives', async () => {
    const base = await proxyServer({ maxBodyBytes: 1024 });
    const before = upstream.seen.length;
    const declared = await rawRequest(base, { method: 'POST', path: '/v1/auth/factor/x/verify', body: 'x'.repeat(1025) });
    expect(declared.status).toBe(413);
    // Chunked: no Content-Length to go by, so the limit is counted while reading.
    const streamed = await rawRequest(base, { method: 'POST', path: '/v1/auth/factor/x/verify', chunks: Array(40).fill('y'.repeat(512)) });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toEqual({ error: 'Request body too large.' });
    expect(upstream.seen).toHaveLength(before);
    expect(logged.at(-1)).toMatchObject({ path: '/v1/auth/factor/{factorId}/verify', status: 413, error: 'too-large' });

    const atLimit = JSON.stringify({ stateToken: 's'.repeat(900), passCode: '123456' }).padEnd(1024);
    expect((await rawRequest(base, { method: 'POST', path: '/v1/auth/factor/x/verify', body: atLimit })).status).toBe(401);
    expect(upstream.seen.at(-1)!.body).toBe(atLimit);
  });

  it('forwards only authorization, access-token, content-type and accept: never cookies or the app’s own headers', async () => {
    const base = await proxyServer();
    await rawRequest(base, {
      method: 'POST',
      path: '/v1/auth',
      headers: {
        authorization: `Basic ${btoa('key-holder:demo-password')}`,
        accept: 'application/json',
        cookie: 'app_session=s3cr3t-cookie',
        'x-csrf-token': 'app-csrf',
        'api-key': 'someone-elses-key',
        origin: 'https://app.example',
        referer: 'https://app.example/login?next=/secret',
        'x-forwarded-for': '10.0.0.1',
        'user-agent': 'Browser/1.0',
      },
    });
    const headers = upstream.seen.at(-1)!.headers;
    expect(headers).toMatchObject({ authorization: `Basic ${btoa('key-holder:demo-password')}`, accept: 'application/json' });
    // What remains is what the server's own fetch adds (host, length, its user agent, no-cache).
    const transport = ['host', 'connection', 'content-length', 'transfer-encoding', 'user-agent', 'accept-encoding', 'accept-language', 'sec-fetch-mode', 'pragma', 'cache-control'];
    for (const name of Object.keys(headers)) expect([...RELAYED_HEADERS, ...transport], JSON.stringify(headers)).toContain(name);
    expect(headers['user-agent']).not.toBe('Browser/1.0');
    expect(JSON.stringify(headers)).not.toMatch(/s3cr3t-cookie|app-csrf|someone-elses-key|app\.example|10\.0\.0\.1/);
  });

  it('returns only Content-Type, Date and Retry-After of Riffyn’s headers, and marks every answer uncacheable', async () => {
    const riffyn = await listen((_req, res) => {
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': '7',
        'set-cookie': ['lb=node-3; Path=/', 'riffyn_sid=abc; HttpOnly'],
        'www-authenticate': 'Basic realm="Riffyn"',
        'access-control-allow-origin': '*',
        'x-powered-by': 'Riffyn',
        'cache-control': 'public, max-age=3600',
      });
      res.end('{"error":"slow down"}');
    });
    servers.push(riffyn);
    const response = await fetch(`${await proxyServer({ upstream: riffyn.url })}/v1/auth`, { method: 'POST' });
    expect(response.status).toBe(429);
    expect(await response.text()).toBe('{"error":"slow down"}');
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('date')).toEqual(expect.any(String));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    for (const name of ['set-cookie', 'www-authenticate', 'access-control-allow-origin', 'x-powered-by']) {
      expect(response.headers.get(name), name).toBeNull();
    }
  });

  it('never follows a redirect: 502, and the place it pointed to is never contacted', async () => {
    const elsewhere: string[] = [];
    const target = await listen((req, res) => {
      elsewhere.push(req.headers.authorization ?? '');
      res.end('{}');
    });
    const riffyn = await listen((_req, res) => res.writeHead(307, { location: `${target.url}/steal` }).end());
    servers.push(target, riffyn);
    const response = await fetch(`${await proxyServer({ upstream: riffyn.url })}/v1/auth`, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('key-holder:demo-password')}` },
      redirect: 'manual',
    });
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
    expect(logged.at(-1)).toMatchObject({ status: 502, error: 'redirect' });
    expect(elsewhere).toEqual([]);
  });

  it('refuses an upstream that is not a plain http(s) URL', () => {
    for (const upstreamUrl of ['api.app.riffyn.com', 'ftp://riffyn.example', 'https://user:pw@riffyn.example', 'https://riffyn.example/?a=1']) {
      expect(() => createRiffynProxy({ upstream: upstreamUrl }), upstreamUrl).toThrow(TypeError);
    }
    expect(() => createRiffynProxy({ upstream: 'https://user:hunter2@riffyn.example' })).toThrow(/^(?!.*hunter2)/);
    expect(() => createRiffynProxy({ upstream: 'https://riffyn.example', paths: { login: 'POST /v1/key-{id}' } })).toThrow(/whole path segment/);
  });
});

describe('createRiffynProxy: the caller’s address (opt-in)', () => {
  const login = (base: string, headers: Record<string, string> = {}) =>
    rawRequest(base, { method: 'POST', path: '/v1/auth', headers: { authorization: basicAuthHeader({ username: 'new-user', password: 'wrong' }), ...headers } });

  it('is sent to Riffyn as X-Forwarded-For only when asked; a browser’s own never is', async () => {
    for (const forwardClientAddress of [false, true]) {
      const base = await proxyServer({ clientAddress, forwardClientAddress });
      await login(base, { 'x-forwarded-for': '203.0.113.9' });
      expect(upstream.seen.at(-1)!.headers['x-forwarded-for'], String(forwardClientAddress)).toBe(forwardClientAddress ? '127.0.0.1' : undefined);
    }
  });

  it('limits login and verify per caller: 429 with Retry-After, Riffyn not contacted; other calls and callers go on', async () => {
    // Each caller named by a header a trusted balancer would set.
    const base = await proxyServer({ clientAddress: (request) => request.headers.get('x-test-peer'), signInLimit: { max: 2, windowMs: 60_000 } });
    const before = upstream.seen.length;
    const ada = { 'x-test-peer': '198.51.100.7' };
    expect((await login(base, ada)).status).toBe(401);
    expect((await rawRequest(base, { method: 'POST', path: '/v1/auth/factor/f1/verify', headers: ada, body: '{}' })).status).not.toBe(429);
    const third = await login(base, ada);
    expect(third.status).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(55);
    expect(JSON.parse(third.body)).toEqual({ error: 'Too many sign-in attempts. Try again later.' });
    expect(logged.at(-1)).toMatchObject({ path: '/v1/auth', status: 429, error: 'rate-limited' });
    expect(upstream.seen).toHaveLength(before + 2);
    // The kit reads it as any 429: how long to wait included.
    await expect(createRiffynClient({ baseUrl: base, fetch: (url, init) => fetch(url, { ...init, headers: { ...init?.headers, ...ada } }) })
      .login({ username: 'new-user', password: 'wrong' })).rejects.toMatchObject({ kind: 'rate-limited', retryAfter: expect.any(Number) });
    expect((await rawRequest(base, { path: '/v1/auth/api-keys', headers: { ...ada, 'access-token': 'nope' } })).status).toBe(401);
    expect((await login(base, { 'x-test-peer': '198.51.100.8' })).status).toBe(401);
    expect((await login(base, { 'x-test-peer': 'not an address' })).status).toBe(401); // unknown: not counted
  });

  it('needs clientAddress to forward or limit', () => {
    expect(() => createRiffynProxy({ upstream: upstream.url, forwardClientAddress: true })).toThrow(TypeError);
    expect(() => createRiffynProxy({ upstream: upstream.url, signInLimit: { max: 5, windowMs: 1000 } })).toThrow(/clientAddress/);
    expect(() => createRiffynProxy({ upstream: upstream.url, clientAddress, signInLimit: { max: 0, windowMs: 1000 } })).toThrow(RangeError);
  });
});

describe('createRiffynProxy: logging', () => {
  it('logged method, path template, status and duration only: no credential, token, code or body, and nothing on the console', () => {
    expect(logged.length).toBeGreaterThan(40);
    for (const entry of logged) {
      expect(Object.keys(entry).sort()).toEqual(expect.arrayContaining(['durationMs', 'method', 'path', 'status']));
      for (const key of Object.keys(entry)) expect(['method', 'path', 'status', 'durationMs', 'error']).toContain(key);
      expect(entry.path === null || entry.path.startsWith('/v1/')).toBe(true);
    }
    expect(secrets.size).toBeGreaterThan(20);
    const text = JSON.stringify(logged);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/mockat_|mockkey_|mockst_|Basic /);
    expect(consoleCalls).toEqual([]);
  });
});
