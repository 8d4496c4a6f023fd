// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthError } from '../../src/core/errors.js';
import { DEMO_PASSWORD, UNICODE_PASSWORD } from '../../src/testing/index.js';
import { formatRequestLog, startMockRiffynServer, type MockRiffynServer } from '../../src/testing/server.js';

const ORIGIN = 'http://localhost:5173';
const lines: string[] = [];
let server: MockRiffynServer;

beforeAll(async () => {
  server = await startMockRiffynServer({ log: (line) => lines.push(line) });
});
afterAll(async () => {
  await server.close();
});

const client = () => createRiffynClient({ baseUrl: server.url });

describe('startMockRiffynServer', () => {
  it('listens on a free loopback port', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('signs in through real HTTP with the kit client, including the non-ASCII password', async () => {
    expect(await client().login({ username: 'new-user', password: DEMO_PASSWORD })).toMatchObject({
      status: 'SUCCESS',
      apiKey: expect.stringMatching(/^mockkey_/),
      serverDate: expect.any(Number),
    });
    expect(await client().login({ username: 'unicode-user', password: UNICODE_PASSWORD })).toMatchObject({
      status: 'SUCCESS',
      username: 'unicode-user',
    });
    expect(lines.at(-1)).toBe('POST /v1/auth 200 user=unicode-user password ok');
  });

  it('answers a CORS preflight for the kit headers', async () => {
    const response = await fetch(`${server.url}/v1/auth/factor/x/verify`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'access-token']));
    expect(response.headers.get('access-control-allow-methods')).toMatch(/PATCH/);
    expect(lines.at(-1)).toMatch(/^OPTIONS \/v1\/auth\/factor\/x\/verify 204 CORS preflight$/);
  });

  it('reflects the Origin and exposes Date and Retry-After on real answers', async () => {
    const response = await fetch(`${server.url}/v1/auth`, {
      method: 'POST',
      headers: { Origin: ORIGIN, Authorization: `Basic ${btoa('rate-limited:x')}` },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-expose-headers')).toBe('Date, Retry-After');
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('date')).toEqual(expect.any(String));
  });

  it('can answer like an API that does not expose Date and Retry-After to other origins', async () => {
    const hiding = await startMockRiffynServer({ log: false, exposeHeaders: false });
    try {
      const response = await fetch(`${hiding.url}/v1/auth`, {
        method: 'POST',
        headers: { Origin: ORIGIN, Authorization: `Basic ${btoa('rate-limited:x')}` },
      });
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(response.headers.get('access-control-expose-headers')).toBeNull(); // a browser then hides both
    } finally {
      await hiding.close();
    }
  });

  it('sends no CORS headers to a caller without an Origin', async () => {
    const response = await fetch(`${server.url}/v1/nothing`);
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('maps 502 HTML through real HTTP to a server error', async () => {
    const error = await client().login({ username: 'bad-gateway', password: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ kind: 'server', status: 502 });
  });

  it('logs verify with the factor and the passCode length, never the code, password or tokens', async () => {
    const kit = client();
    const mfa = await kit.login({ username: 'mfa-user', password: DEMO_PASSWORD });
    if (mfa.status !== 'MFA_REQUIRED') throw new Error('expected MFA_REQUIRED');
    const code = await server.mock.currentCode('mfa-user');
    const wrong = await kit.login({ username: 'mfa-user', password: 'hunter2' }).catch((caught: unknown) => caught);
    expect(wrong).toMatchObject({ kind: 'invalid-credentials' });
    expect(lines.at(-1)).toBe('POST /v1/auth 401 user=mfa-user password wrong');

    const done = await kit.verifyFactor({
      username: 'mfa-user',
      password: DEMO_PASSWORD,
      factorId: mfa.factors[0]!.id,
      stateToken: mfa.stateToken,
      passCode: code,
    });
    expect(done.status).toBe('SUCCESS');
    const line = lines.at(-1)!;
    expect(line).toBe(
      `POST /v1/auth/factor/${mfa.factors[0]!.id}/verify 200 user=mfa-user password ok factor=${mfa.factors[0]!.id} passCode=6 digits body={stateToken,passCode}`,
    );
    const all = lines.join('\n');
    for (const secret of [code, DEMO_PASSWORD, 'hunter2', mfa.stateToken, done.status === 'SUCCESS' ? done.accessToken : '']) {
      expect(all).not.toContain(secret);
    }
  });

  it('refuses a body over 64 KB with 413', async () => {
    const response = await fetch(`${server.url}/v1/auth`, { method: 'POST', body: 'x'.repeat(70_000) });
    expect(response.status).toBe(413);
  });

  it('stops listening on close()', async () => {
    const other = await startMockRiffynServer({ log: false });
    await fetch(`${other.url}/v1/nothing`); // a keep-alive socket must not hold close() open
    await other.close();
    await expect(fetch(`${other.url}/v1/nothing`)).rejects.toThrow();
  });
});

describe('formatRequestLog', () => {
  it('replaces control characters so a request cannot write escape codes to the terminal', () => {
    const line = formatRequestLog({
      at: 0,
      method: 'POST',
      path: '/v1/auth',
      status: 401,
      auth: 'basic',
      username: 'evil\u001b[2Juser',
      passwordOk: false,
      bodyFields: [],
    });
    expect(line).toBe('POST /v1/auth 401 user=evil?[2Juser password wrong');
  });

  it('says "not digits" rather than printing a non-numeric passCode', () => {
    const line = formatRequestLog({ at: 0, method: 'POST', path: '/p', status: 401, auth: 'none', bodyFields: [], passCode: 'secret' });
    expect(line).toBe('POST /p 401 no credentials passCode=not digits');
  });
});

describe('startMockRiffynServer: not for production', () => {
  it('refuses an address other machines can reach, unless told so', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      await expect(startMockRiffynServer({ host, log: false }), host).rejects.toThrow(/refusing to listen.*allowNetworkAccess: true/);
    }
  });

  it('listens on all interfaces with allowNetworkAccess, and says loudly what that means', async () => {
    const said: string[] = [];
    const open = await startMockRiffynServer({ host: '0.0.0.0', allowNetworkAccess: true, log: (line) => said.push(line) });
    try {
      expect(said).toEqual([expect.stringMatching(/WARNING: listening on 0\.0\.0\.0:\d+, reachable from other machines\. Not for production/)]);
      // Any origin then: the pages of the other machines it was opened for.
      const answer = await fetch(`http://127.0.0.1:${open.port}/v1/auth`, { method: 'POST', headers: { Origin: 'http://192.168.1.30:3000' } });
      expect(answer.headers.get('access-control-allow-origin')).toBe('http://192.168.1.30:3000');
    } finally {
      await open.close();
    }
  });

  it('answers no page from elsewhere: no CORS and no private-network access for a public origin', async () => {
    const preflight = await fetch(`${server.url}/v1/auth`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://attacker.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-private-network')).toBeNull();
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:5199', 'http://[::1]:8080']) {
      const answer = await fetch(`${server.url}/v1/auth`, { method: 'POST', headers: { Origin: origin } });
      expect(answer.headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
  });
});
