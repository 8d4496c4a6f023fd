/**
 * A same-origin proxy from an app's server to Riffyn, on the standard Fetch API only (no node:
 * import), so one handler runs in Next.js route handlers, React Router/Remix, Hono, Cloudflare
 * Workers, Deno, Bun, and Node through `./node.ts`.
 *
 * It forwards the kit's own calls and nothing else: the method and path of each entry of
 * `RiffynPaths`, with `{factorId}`/`{id}` checked, and the four headers those calls use. Header
 * values and bodies are copied, never inspected (a body only counted), and what it logs has no
 * room for either.
 */
import { defaultPaths, parseEndpoint, PROXY_ANSWERED, type RiffynPaths } from '../api/client.js';
import { DEFAULT_TIMEOUT_MS, isSafeId } from '../core/limits.js';
import { RAW_TARGET_HEADER, SAFETY_HEADERS } from './headers.js';
import { createRateLimiter, type SignInLimit } from './rate-limit.js';
import { withSession, type RiffynSessionOptions } from './session.js';

export interface RiffynProxyOptions {
  /** The Riffyn deployment, e.g. `https://api.app.riffyn.com` (a path prefix is kept). */
  upstream: string | URL;
  /** The paths the app's client uses (the same object given to `createRiffynClient`); default `defaultPaths`. */
  paths?: Partial<RiffynPaths> | undefined;
  /**
   * Where the proxy is mounted, when the client's `baseUrl` is not the site root: with
   * `baseUrl: '/api/riffyn'`, `basePath: '/api/riffyn'`. Default `''`.
   */
  basePath?: string | undefined;
  /** Answer 504 when Riffyn has not answered after this many ms. Default 15 000 (the client's own). */
  timeoutMs?: number | undefined;
  /** Refuse (413) a request body over this many bytes, without contacting Riffyn. Default 8 KiB. */
  maxBodyBytes?: number | undefined;
  /**
   * Answer 502 instead of relaying an answer from Riffyn over this many bytes (its request is
   * cancelled at that point). Default 1 MiB; the kit's largest, a long list of keys, is far less.
   */
  maxAnswerBytes?: number | undefined;
  /**
   * How to find the caller's address, as your platform knows it: `clientAddress` from
   * `riffyn-login-kit/node` (the socket's peer), or e.g. `(request) => request.headers.get('x-real-ip')`
   * behind a load balancer of yours that sets that header (never a header the browser can set
   * itself). Needed by `forwardClientAddress` and `signInLimit`; an address that is not an IP is ignored.
   */
  clientAddress?: ((request: Request) => string | null | undefined) | undefined;
  /**
   * Send the caller's address to Riffyn as `X-Forwarded-For` (behind the proxy Riffyn otherwise
   * sees one client, the app's server, and its own limits hit everyone at once). Off by default:
   * it tells Riffyn your users' addresses. A browser's own `X-Forwarded-For` is never forwarded.
   */
  forwardClientAddress?: boolean | undefined;
  /**
   * At most `max` login and verify calls per caller address in each `windowMs`; more are
   * answered 429 with `Retry-After`, without contacting Riffyn. Counted in this process's memory
   * (each instance counts its own). Needs `clientAddress`; a request whose address is unknown is
   * not counted.
   */
  signInLimit?: SignInLimit | undefined;
  /** Defaults to the global `fetch`, looked up per request. */
  fetch?: typeof fetch | undefined;
  /** Called once per request, after the answer is built. Never given a header value, a body or a query. */
  log?: ((entry: RiffynProxyLogEntry) => void) | undefined;
  /**
   * More Riffyn calls to relay, as `RiffynPaths` entries (`'GET /v1/projects'`,
   * `'PATCH /v1/project/{id}'`), so the app's own Riffyn calls can go through the proxy too (in
   * session mode, with the session's accessToken from the cookie).
   */
  allow?: readonly string[] | undefined;
  /**
   * Session mode: the accessToken lives in an encrypted HttpOnly cookie instead of the page, so a
   * reload or a second tab stays signed in; `GET`/`DELETE …/v1/auth/session` answer from it. Use
   * with `createRiffynClient({ session: 'cookie' })`. See the README's "Sessions that survive a reload".
   */
  session?: RiffynSessionOptions | undefined;
}

/** What the proxy tells `log` about a request: nothing that could hold a credential. */
export interface RiffynProxyLogEntry {
  method: string;
  /** The matched path template, e.g. `/v1/auth/factor/{factorId}/verify`; `null` when refused as unknown. */
  path: string | null;
  /** The status sent to the browser. */
  status: number;
  durationMs: number;
  /** Set when the proxy answered by itself instead of relaying Riffyn's answer. */
  error?: RiffynProxyError | undefined;
}

export type RiffynProxyError =
  /** Not one of the kit's calls (404). */
  | 'not-allowed'
  /** The body was over `maxBodyBytes` (413). */
  | 'too-large'
  /** The caller made more sign-in calls than `signInLimit` allows (429). */
  | 'rate-limited'
  /** The browser did not finish sending the body in time (408). */
  | 'slow-request'
  /** Riffyn did not answer within `timeoutMs` (504). */
  | 'timeout'
  /** Riffyn could not be reached or its answer could not be read (502). */
  | 'unreachable'
  /** Riffyn answered with a redirect, which the proxy never follows (502). */
  | 'redirect'
  /** Riffyn's answer was over `maxAnswerBytes` (502). */
  | 'answer-too-large'
  /** Riffyn's answer had a status no HTTP answer may have, outside 200–599 (502). */
  | 'bad-status'
  /** The browser went away; Riffyn's request was cancelled too (499, which nobody reads). */
  | 'aborted';

/** A Fetch API handler: give it the incoming request, send back what it returns. */
export type RiffynProxyHandler = (request: Request) => Promise<Response>;

/** Headers the kit's calls need; anything else the browser sends (cookies first) stays on this side. */
const FORWARDED_REQUEST_HEADERS = ['authorization', 'access-token', 'content-type', 'accept'];
/**
 * Headers the kit reads off an answer. Not `Set-Cookie` (it would land on the app's own origin) and
 * not `WWW-Authenticate` (it could make a browser show its own password prompt).
 */
const RETURNED_RESPONSE_HEADERS = ['content-type', 'date', 'retry-after'];

const DEFAULT_MAX_BODY_BYTES = 8 * 1024;
const DEFAULT_MAX_ANSWER_BYTES = 1024 * 1024;
/** Statuses a Response may not carry a body with. */
const NULL_BODY_STATUSES = new Set([204, 205]);

interface Route {
  method: string;
  template: string;
  /** The template's segments; `null` where a `{param}` goes. */
  segments: Array<string | null>;
}

function compileRoute(spec: string): Route {
  const [path, method = 'POST'] = parseEndpoint(spec);
  if (!path.startsWith('/')) throw new TypeError(`createRiffynProxy: a path must start with "/": ${spec}`);
  const segments = path.split('/').map((segment) => {
    if (/^\{\w+\}$/.test(segment)) return null;
    if (/[{}]/.test(segment)) throw new TypeError(`createRiffynProxy: a {param} must be a whole path segment: ${spec}`);
    return segment;
  });
  return { method: method.toUpperCase(), template: path, segments };
}

function readUpstream(upstream: string | URL): string {
  let url: URL;
  try {
    url = new URL(upstream);
  } catch {
    throw new TypeError('createRiffynProxy: `upstream` must be an absolute http(s) URL');
  }
  if (!/^https?:$/.test(url.protocol)) throw new TypeError('createRiffynProxy: `upstream` must be an http(s) URL');
  // The proxy never adds credentials of its own; they could only leak into Riffyn's logs.
  if (url.username || url.password) throw new TypeError('createRiffynProxy: `upstream` must not contain a username or password');
  if (url.search || url.hash) throw new TypeError('createRiffynProxy: `upstream` must not have a query or fragment');
  return url.href.replace(/\/+$/, '');
}

/** The upstream path for a request path, or null when it is not one of the kit's calls. */
function match(route: Route, method: string, segments: string[]): string | null {
  if (method !== route.method || segments.length !== route.segments.length) return null;
  for (let i = 0; i < segments.length; i++) {
    const expected = route.segments[i];
    if (expected === null ? !isSafeId(segments[i]) : segments[i] !== expected) return null;
  }
  // Every segment is either the template's own or unreserved characters: the path is rebuilt as is.
  return segments.join('/');
}

/**
 * The URL is the request target as it arrived, when the Node adapter said what that was: not one
 * the URL parser made by resolving `..`, `%2e%2e`, `.` or a backslash. Middleware in front of the
 * proxy (a rate limit on `/v1/auth`, a session check) matched the target as it arrived, so a
 * `/v1/x/%2e%2e/auth` forwarded as `/v1/auth` would pass them by.
 */
function asArrived(request: Request, url: URL): boolean {
  const raw = request.headers.get(RAW_TARGET_HEADER);
  if (raw === null) return true; // a Fetch runtime: its router saw the URL the parser made
  try {
    return decodeURIComponent(raw) === url.pathname + url.search;
  } catch {
    return false;
  }
}

const json = (status: number, error: string, headers?: Record<string, string>) =>
  new Response(JSON.stringify({ error }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...SAFETY_HEADERS, ...headers },
  });

/** An IPv4 or IPv6 address (with an optional zone), the only thing sent as X-Forwarded-For or counted. */
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[\da-f:]*:[\da-f:.]*(?:%[\w.-]+)?)$/i;

/**
 * A request's or an answer's body, up to `limit` bytes; `'too-large'` past it (declared or
 * counted), `'aborted'` when the signal fires first.
 */
async function readBody(message: Request | Response, limit: number, signal: AbortSignal): Promise<Uint8Array<ArrayBuffer> | 'too-large' | 'aborted'> {
  const declared = Number(message.headers.get('content-length') ?? 0);
  if (declared > limit) return 'too-large';
  if (!message.body) return new Uint8Array(0);
  const reader = message.body.getReader();
  const stop = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) return 'aborted';
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        stop();
        return 'too-large';
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Next.js hands a catch-all route handler (`app/[...path]/route.ts`) the URL with the route's
 * params appended, on the Edge runtime: `/v1/auth?path=v1&path=auth`. A query of one name whose
 * values are the path's own last segments, in order, says nothing the path does not, and is
 * ignored (a query is never forwarded); any other query is refused, as the kit never sends one.
 */
function onlyRouteParams(url: URL): boolean {
  if (url.search === '') return true;
  const params = [...url.searchParams];
  let segments: string[];
  try {
    segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return false; // not a path the routes match anyway
  }
  const tail = segments.slice(segments.length - params.length);
  return params.length <= segments.length && params.every(([name, value], i) => name === params[0]![0] && value === tail[i]);
}

/**
 * A Fetch API handler that relays the kit's calls to Riffyn from the app's own origin, so the
 * browser needs no CORS and can read `Date` and `Retry-After`. Everything else answers 404 without
 * contacting Riffyn.
 *
 * @example
 * // app/v1/[...path]/route.ts (Next.js App Router)
 * const riffyn = createRiffynProxy({ upstream: 'https://api.app.riffyn.com' });
 * export { riffyn as GET, riffyn as POST, riffyn as PATCH };
 */
export function createRiffynProxy(options: RiffynProxyOptions): RiffynProxyHandler {
  const upstream = readUpstream(options.upstream);
  const paths: RiffynPaths = { ...defaultPaths, ...options.paths };
  const relayed = (Object.entries(paths) as Array<[keyof RiffynPaths, string]>).flatMap(([call, spec]) => (PROXY_ANSWERED.includes(call) ? [] : [spec]));
  const routes = [...relayed, ...(options.allow ?? [])].map(compileRoute);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxAnswerBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
  const { clientAddress, forwardClientAddress = false, signInLimit } = options;
  if ((forwardClientAddress || signInLimit) && !clientAddress) {
    throw new TypeError('createRiffynProxy: forwardClientAddress and signInLimit need `clientAddress`, to know who the caller is');
  }
  const limit = signInLimit && createRateLimiter(signInLimit);
  // The calls that try a password or a code: the ones a per-client limit is for.
  const signInCalls = new Set([paths.login, paths.verifyFactor].map((spec) => parseEndpoint(spec)[0]));

  const riffynProxy: RiffynProxyHandler = async (request) => {
    const started = Date.now();
    const method = request.method.toUpperCase();
    let template: string | null = null;
    let error: RiffynProxyError | undefined;

    const finish = (response: Response) => {
      try {
        options.log?.({ method, path: template, status: response.status, durationMs: Date.now() - started, ...(error && { error }) });
      } catch {
        // The answer does not depend on the app's logging.
      }
      return response;
    };
    const refuse = (status: number, reason: RiffynProxyError, text: string, headers?: Record<string, string>) => {
      error = reason;
      return finish(json(status, text, headers));
    };

    const url = new URL(request.url);
    const route =
      url.pathname.startsWith(`${basePath}/`) && onlyRouteParams(url) && asArrived(request, url) ? url.pathname.slice(basePath.length) : null;
    const segments = route?.split('/') ?? [];
    let upstreamPath: string | null = null;
    for (const candidate of routes) {
      upstreamPath = match(candidate, method, segments);
      if (upstreamPath !== null) {
        template = candidate.template;
        break;
      }
    }
    if (upstreamPath === null) return refuse(404, 'not-allowed', 'Not found.');

    const given = clientAddress?.(request)?.trim();
    const address = given && IP_ADDRESS.test(given) ? given : null;
    if (limit && address && signInCalls.has(template!)) {
      const wait = limit(address);
      if (wait) return refuse(429, 'rate-limited', 'Too many sign-in attempts. Try again later.', { 'retry-after': String(wait) });
    }

    // One controller for the timeout and the browser going away: either one cancels Riffyn's request.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
    const onAbort = () => controller.abort('aborted');
    if (request.signal.aborted) onAbort();
    request.signal.addEventListener('abort', onAbort, { once: true });
    try {
      let body: Uint8Array<ArrayBuffer> | null = null;
      if (method !== 'GET' && method !== 'HEAD') {
        const read = await readBody(request, maxBodyBytes, controller.signal);
        if (read === 'too-large') return refuse(413, 'too-large', 'Request body too large.');
        if (read === 'aborted') {
          return controller.signal.reason === 'timeout'
            ? refuse(408, 'slow-request', 'The request body took too long.')
            : refuse(499, 'aborted', 'Request cancelled.');
        }
        if (read.byteLength > 0) body = read;
      }

      const headers = new Headers();
      for (const name of FORWARDED_REQUEST_HEADERS) {
        const value = request.headers.get(name);
        if (value !== null) headers.set(name, value);
      }
      if (forwardClientAddress && address) headers.set('x-forwarded-for', address);

      let answer: Response;
      let bytes: Uint8Array<ArrayBuffer> | 'too-large' | 'aborted';
      try {
        answer = await (options.fetch ?? fetch)(upstream + upstreamPath, {
          method,
          headers,
          body,
          signal: controller.signal,
          // A redirect on an auth call is a misconfiguration; following it would carry the
          // Authorization header to wherever it points.
          redirect: 'manual',
          cache: 'no-store',
        });
        // Read whole, within the same timeout and up to maxAnswerBytes: the kit's answers are
        // small, and a stalled or endless body must not hold the browser's request open or fill
        // the server's memory.
        bytes = await readBody(answer, maxAnswerBytes, controller.signal);
        if (bytes === 'aborted') throw new Error('aborted');
      } catch {
        const reason: unknown = controller.signal.reason;
        if (reason === 'timeout') return refuse(504, 'timeout', 'Riffyn did not answer in time.');
        if (reason === 'aborted') return refuse(499, 'aborted', 'Request cancelled.');
        return refuse(502, 'unreachable', 'Could not reach Riffyn.');
      }
      if (bytes === 'too-large') {
        controller.abort('too-large');
        return refuse(502, 'answer-too-large', 'Riffyn’s answer was too large.');
      }

      if (answer.type === 'opaqueredirect' || (answer.status >= 300 && answer.status < 400)) {
        return refuse(502, 'redirect', 'Riffyn answered with a redirect, which this proxy does not follow.');
      }
      // A Response cannot carry one: relaying it would throw into a bare 500 with no safety headers.
      if (!(answer.status >= 200 && answer.status <= 599)) return refuse(502, 'bad-status', 'Riffyn’s answer had an invalid status.');
      const returned = new Headers(SAFETY_HEADERS);
      for (const name of RETURNED_RESPONSE_HEADERS) {
        const value = answer.headers.get(name);
        if (value !== null) returned.set(name, value);
      }
      const nullBody = NULL_BODY_STATUSES.has(answer.status);
      return finish(new Response(nullBody ? null : bytes, { status: answer.status, headers: returned }));
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
    }
  };
  return options.session ? withSession(riffynProxy, options.session, basePath, paths) : riffynProxy;
}
