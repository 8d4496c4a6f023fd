// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { toNodeHandler, type NodeRequest } from '../../src/server/node.js';
import { listen, rawRequest, until, type Listening } from './helpers.js';

const servers: Listening[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: (request: Request) => Promise<Response>): Promise<string> {
  const server = await listen(toNodeHandler(handler));
  servers.push(server);
  return server.url;
}

describe('toNodeHandler', () => {
  it('hands the handler the method, path, headers and body, and writes its answer back', async () => {
    const base = await serve(async (request) => {
      const url = new URL(request.url);
      return new Response(
        JSON.stringify({
          method: request.method,
          path: url.pathname + url.search,
          host: url.host,
          authorization: request.headers.get('authorization'),
          body: await request.text(),
        }),
        { status: 201, headers: [['content-type', 'application/json'], ['set-cookie', 'a=1'], ['set-cookie', 'b=2'], ['x-one', '1']] },
      );
    });
    const body = JSON.stringify({ name: 'päss ✓' }).repeat(2000); // several chunks
    const answer = await rawRequest(base, { method: 'PATCH', path: '/v1/x?y=1', headers: { authorization: 'Basic eDp5' }, body });
    expect(answer.status).toBe(201);
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(answer.headers['x-one']).toBe('1');
    expect(JSON.parse(answer.body)).toEqual({
      method: 'PATCH',
      path: '/v1/x?y=1',
      host: new URL(base).host,
      authorization: 'Basic eDp5',
      body,
    });
  });

  it('keeps the full path under an Express/Connect mount (originalUrl), and a `//host` target on this host', async () => {
    let seen = '';
    const handler = toNodeHandler(async (request) => {
      seen = request.url;
      return new Response(null, { status: 204 });
    });
    const server = await listen((req: NodeRequest, res) => {
      // What Connect does for app.use('/v1', handler): strips the mount from url, keeps originalUrl.
      if (req.url?.startsWith('/v1/')) Object.assign(req, { originalUrl: req.url, url: req.url.slice(3) });
      void handler(req, res);
    });
    servers.push(server);
    await rawRequest(server.url, { path: '/v1/auth' });
    expect(new URL(seen).pathname).toBe('/v1/auth');
    await rawRequest(server.url, { path: '//evil.example/v1/auth', headers: { host: 'app.example' } });
    expect(seen).toBe('http://app.example//evil.example/v1/auth');
    await rawRequest(server.url, { path: '/v1/auth', headers: { host: 'bad host/with space' } });
    expect(seen).toBe('http://localhost/v1/auth');
  });

  it('aborts the Request’s signal when the browser goes away before the answer', async () => {
    let aborted: Promise<boolean> | undefined;
    const base = await serve((request) => {
      aborted = new Promise((resolve) => request.signal.addEventListener('abort', () => resolve(true)));
      return new Promise(() => {}); // never answers
    });
    const controller = new AbortController();
    const pending = fetch(`${base}/slow`, { signal: controller.signal }).catch(() => 'aborted');
    await until(() => aborted !== undefined);
    controller.abort();
    expect(await pending).toBe('aborted');
    await expect(aborted).resolves.toBe(true);
  });

  it('does not abort after a normal answer', async () => {
    let signal: AbortSignal | undefined;
    const base = await serve(async (request) => {
      signal = request.signal;
      return new Response('ok');
    });
    expect(await (await fetch(`${base}/x`)).text()).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(signal!.aborted).toBe(false);
  });

  it('answers 500 without the error’s text when the handler throws', async () => {
    const base = await serve(async () => {
      throw new Error('database password is hunter2');
    });
    const answer = await rawRequest(base, { path: '/x' });
    expect(answer.status).toBe(500);
    expect(answer.body).not.toContain('hunter2');
    // Never cached, never sniffed into a page, like every answer of the proxy.
    expect(answer.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    expect(answer.headers['content-security-policy']).toContain('sandbox');
  });

  it('can stop reading the body and still answer, then serve the next request', async () => {
    const base = await serve(async (request) => {
      const reader = request.body!.getReader();
      await reader.read();
      await reader.cancel();
      return new Response('refused', { status: 413 });
    });
    const chunks = Array.from({ length: 50 }, () => 'z'.repeat(4096));
    const first = await rawRequest(base, { method: 'POST', path: '/x', chunks });
    expect(first).toMatchObject({ status: 413, body: 'refused' });
    const second = await rawRequest(base, { method: 'POST', path: '/x', body: 'small' });
    expect(second).toMatchObject({ status: 413, body: 'refused' });
  });
});
