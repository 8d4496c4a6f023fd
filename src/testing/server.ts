/**
 * The mock Riffyn on a real port (Node only), for the demo app and end-to-end tests: node:http
 * around the same pure `handle`, plus what only a real server needs: CORS, a body size limit and
 * a console line per request that shows what the kit sent without printing any secret.
 *
 * NOT FOR PRODUCTION, nor for any network you do not trust: its demo users have published
 * passwords and TOTP secrets, and anyone who can reach it can sign in as them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockRequest, MockResponse } from './mock-http.js';
import { createMockRiffyn, type MockRequestLog, type MockRiffyn } from './mock-riffyn.js';

export interface MockRiffynServerOptions {
  /** 0 (default) picks a free port. */
  port?: number | undefined;
  /**
   * The address to listen on; default `127.0.0.1`. Anything but a loopback address (`127.x`,
   * `::1`, `localhost`) is refused unless `allowNetworkAccess` is true.
   */
  host?: string | undefined;
  /**
   * Listen where other machines can reach it (a `host` such as `0.0.0.0`), and answer pages of
   * any origin; by default only this machine and loopback origins. A warning is logged: anyone on
   * the network can then sign in as the demo users.
   */
  allowNetworkAccess?: boolean | undefined;
  mock?: MockRiffyn | undefined;
  /** Where request lines go; default `console.log`; `false` for silence. */
  log?: ((line: string) => void) | false | undefined;
  /**
   * Whether CORS answers list `Date` and `Retry-After` in `Access-Control-Expose-Headers` (default
   * true). `false` answers like an API that does not: a page on another origin then cannot read
   * the server's clock or how long to wait after a 429, as browsers hide both.
   */
  exposeHeaders?: boolean | undefined;
}

export interface MockRiffynServer {
  /** e.g. `http://127.0.0.1:4010`, the kit's `baseUrl`. */
  url: string;
  port: number;
  mock: MockRiffyn;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, access-token, api-key';
const ALLOWED_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';

/** `localhost`, `127.0.0.0/8` and `::1`: addresses only this machine reaches. */
const isLoopback = (host: string) => /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);
/** A page served from this machine (the demo, an app's dev server, a test). */
const isLoopbackOrigin = (origin: string) => {
  try {
    return isLoopback(new URL(origin).hostname);
  } catch {
    return false;
  }
};

/** Starts the mock on a real port. For development and tests only (see the module's note). */
export async function startMockRiffynServer(options: MockRiffynServerOptions = {}): Promise<MockRiffynServer> {
  const mock = options.mock ?? createMockRiffyn();
  // Printing what the kit sent is this dev server's job; formatRequestLog never prints a secret
  // (the passCode only as its length, the password only as ok/wrong).
  const log = options.log === false ? () => {} : (options.log ?? ((line: string) => console.log(line)));
  const host = options.host ?? '127.0.0.1';
  const open = options.allowNetworkAccess === true;
  if (!open && !isLoopback(host)) {
    throw new Error(
      `riffyn-login-kit/testing/server: refusing to listen on ${JSON.stringify(host)}, which other machines can reach: ` +
        'the mock is not for production, and anyone reaching it can sign in as its demo users. ' +
        'Pass allowNetworkAccess: true if that is what you want.',
    );
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      log(`mock Riffyn: ${req.method} ${clean(req.url ?? '')} failed: ${error instanceof Error ? error.message : 'error'}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":"Mock server failure."}');
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const cors = corsHeaders(req, options.exposeHeaders ?? true, open);
    if (method === 'OPTIONS' && req.headers['access-control-request-method']) {
      const preflight: Record<string, string> = {
        ...cors,
        'access-control-allow-methods': ALLOWED_METHODS,
        'access-control-allow-headers': ALLOWED_HEADERS,
        'access-control-max-age': '600',
      };
      // Chrome asks before a public page may call a loopback address: only an origin it answers.
      if (req.headers['access-control-request-private-network'] === 'true' && cors['access-control-allow-origin']) {
        preflight['access-control-allow-private-network'] = 'true';
      }
      res.writeHead(204, preflight).end();
      log(`${method} ${clean(req.url ?? '')} 204 CORS preflight`);
      return;
    }

    const body = await readBody(req);
    if (body === null) {
      res.writeHead(413, { ...cors, 'content-type': 'application/json' }).end('{"error":"Body too large."}');
      return;
    }
    const request: MockRequest = { method, url: req.url ?? '/', headers: flatHeaders(req), ...(body === '' ? {} : { body }) };
    const answer: MockResponse = await mock.handle(request);
    res.writeHead(answer.status, { ...answer.headers, ...cors });
    res.end(answer.body);
    const entry = mock.requests.at(-1);
    if (entry) log(formatRequestLog(entry));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  if (!isLoopback(host)) {
    log(`mock Riffyn: WARNING: listening on ${shown}:${address.port}, reachable from other machines. Not for production: anyone who reaches it can sign in as the demo users.`);
  }

  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
      }),
  };
}

/**
 * One console line per request: who, whether the password matched, and for verify the factor and
 * how many digits the passCode had (never the code, the password or a token).
 */
export function formatRequestLog(entry: MockRequestLog): string {
  const parts = [entry.method, clean(entry.path), String(entry.status)];
  if (entry.username !== undefined) parts.push(`user=${clean(entry.username)}`);
  if (entry.auth === 'basic') parts.push(entry.passwordOk ? 'password ok' : 'password wrong');
  else if (entry.auth === 'none') parts.push('no credentials');
  else parts.push(`auth=${entry.auth}`);
  if (entry.factorId !== undefined) parts.push(`factor=${clean(entry.factorId)}`);
  if (entry.passCode !== undefined) parts.push(`passCode=${/^\d*$/.test(entry.passCode) ? `${entry.passCode.length} digits` : 'not digits'}`);
  if (entry.bodyFields.length > 0) parts.push(`body={${entry.bodyFields.map(clean).join(',')}}`);
  return parts.join(' ');
}

/**
 * Reflects the caller's Origin when it is a page on this machine (any origin with
 * `allowNetworkAccess`): a site on the internet must not sign in to a developer's mock through
 * their browser. The kit sends no cookies.
 */
function corsHeaders(req: IncomingMessage, expose: boolean, anyOrigin: boolean): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined) return {};
  if (!anyOrigin && !isLoopbackOrigin(origin)) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin,
    ...(expose && { 'access-control-expose-headers': 'Date, Retry-After' }),
    vary: 'Origin',
  };
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** The body as UTF-8 text; null when it exceeds the limit (nothing the kit sends comes close). */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Request data goes to a terminal: drop control characters so nobody can inject escape codes. */
function clean(text: string): string {
  return text.replace(/\p{Cc}/gu, '?').slice(0, 120);
}
