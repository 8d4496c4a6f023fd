/**
 * Session mode of the proxy: the accessToken never reaches the page. It lives in an encrypted,
 * authenticated HttpOnly cookie on the app's own origin (a backend-for-frontend), so a reload or a
 * second tab stays signed in and no page script can read the token. Stateless: the cookie is the
 * session, so any number of app servers can answer, with no store.
 *
 * The cryptography is jose's (JWE, `dir` + `A256GCM`), with keys derived from the app's secrets by
 * the platform's HKDF; nothing here is hand-written crypto. jose is loaded on first use, so the
 * browser's bundles and a CommonJS test runner never load it.
 */
import { parseEndpoint, type RiffynPaths } from '../api/client.js';
import { ACCESS_TOKEN_LIFETIME_MS, MAX_ACCESS_TOKEN_MS } from '../core/limits.js';
import { parseServerTime } from '../core/server-time.js';
import { SAFETY_HEADERS } from './headers.js';
import type { RiffynProxyHandler } from './proxy.js';

export interface RiffynSessionOptions {
  /**
   * At least 32 bytes (e.g. `openssl rand -base64 32`). Several for rotation: the first seals new
   * cookies, every one opens them, so a new secret can go first while the old one still works for
   * the sessions it sealed (30 minutes by default, 6 hours at most).
   */
  secret: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  /** The cookie's name. Default `riffyn_session`. */
  cookieName?: string | undefined;
  /**
   * Origins whose state-changing requests are taken besides those of the request's own host (e.g.
   * `https://app.example.com` when a front end hands the app another Host, `10.0.0.5:3000`).
   * Anything else is refused 403 (CSRF).
   */
  trustedOrigins?: readonly string[] | undefined;
}

/** What the session call (`GET …/v1/auth/session`) answers: never the token. */
export interface RiffynSessionInfo {
  username: string;
  userId: string | null;
  /** ISO date-time at which the accessToken, and so the cookie, ends. */
  accessTokenExpiresAt: string;
}

const DEFAULT_COOKIE = 'riffyn_session';
const MIN_SECRET_BYTES = 32;
/** Binds the derived keys to this use: another app feature with the same secret gets other keys. */
const KEY_INFO = 'riffyn-login-kit session cookie v1';

interface Sealed {
  /** The accessToken. */
  t: string;
  u: string;
  i: string | null;
  /** Expiry, epoch ms. */
  e: number;
}

const secretBytes = (secret: string | Uint8Array) => (typeof secret === 'string' ? new TextEncoder().encode(secret) : secret);

async function deriveKey(secret: Uint8Array): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', secret as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: new TextEncoder().encode(KEY_INFO) }, material, 256);
  return new Uint8Array(bits);
}

/** Seals and opens session cookies with the app's secrets; one per proxy. */
function cookieJar(options: RiffynSessionOptions) {
  const secrets = (Array.isArray(options.secret) ? options.secret : [options.secret]) as ReadonlyArray<string | Uint8Array>;
  if (!secrets.length) throw new TypeError('createRiffynProxy: `session.secret` needs at least one secret');
  for (const secret of secrets) {
    if (secretBytes(secret).byteLength < MIN_SECRET_BYTES) {
      throw new TypeError(`createRiffynProxy: every \`session.secret\` must be at least ${MIN_SECRET_BYTES} bytes`);
    }
  }
  const name = options.cookieName ?? DEFAULT_COOKIE;
  if (!/^[\w!#$%&'*+.^`|~-]+$/.test(name)) throw new TypeError('createRiffynProxy: `session.cookieName` must be a cookie token');
  let keys: Promise<Uint8Array[]> | undefined;
  const keysOnce = () => (keys ??= Promise.all(secrets.map((secret) => deriveKey(secretBytes(secret)))));
  const jose = () => import('jose');

  return {
    name,
    async seal(session: Sealed): Promise<string> {
      const [{ EncryptJWT }, [key]] = await Promise.all([jose(), keysOnce()]);
      return new EncryptJWT({ ...session })
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
        .setExpirationTime(Math.floor(session.e / 1000))
        .encrypt(key!);
    },
    /** The session in a cookie value, or null: missing, tampered, sealed by another key, or expired. */
    async open(value: string | null): Promise<Sealed | null> {
      if (!value) return null;
      const [{ jwtDecrypt }, all] = await Promise.all([jose(), keysOnce()]);
      for (const key of all) {
        try {
          const { payload } = await jwtDecrypt(value, key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
          const { t, u, i, e } = payload as Partial<Sealed>;
          if (typeof t === 'string' && typeof u === 'string' && typeof e === 'number' && e > Date.now()) {
            return { t, u, i: typeof i === 'string' ? i : null, e };
          }
          return null;
        } catch {
          // Not this key's (or not genuine): try the next.
        }
      }
      return null;
    },
  };
}

function readCookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/** `Secure` everywhere but plain-http localhost, where browsers would drop a Secure cookie's use in dev tools only. */
function isLocalHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function cookieHeader(name: string, value: string, maxAgeSeconds: number, url: URL): string {
  const secure = isLocalHttp(url) ? '' : '; Secure';
  return `${name}=${value}; Path=/; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; HttpOnly; SameSite=Strict${secure}`;
}

const jsonAnswer = (status: number, body: unknown, cookie?: string) => {
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8', ...SAFETY_HEADERS });
  if (cookie) headers.append('set-cookie', cookie);
  return new Response(JSON.stringify(body), { status, headers });
};

/**
 * A state-changing request from another site (CSRF): its `Origin` is not the app's, or the browser
 * says `Sec-Fetch-Site` is not same-origin. `SameSite=Strict` already keeps the cookie off such
 * requests; this also keeps them from signing the browser in or out.
 */
function isForeign(request: Request, url: URL, addressed: URL, trusted: readonly string[]): boolean {
  const origin = request.headers.get('origin');
  // By host: behind a TLS front end the app sees http:// (the Node adapter builds the URL from
  // Host), while the browser's Origin says https://.
  if (origin !== null) {
    const host = hostOf(origin);
    return !trusted.includes(origin) && host !== url.host && host !== addressed.host;
  }
  const site = request.headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin' && site !== 'none';
}

/**
 * The request's URL with the host the browser addressed (its `Host`): Next.js builds `request.url`
 * from its own listening name (`http://localhost:3000/…`, in production too), so by that URL alone
 * every same-origin sign-in would look foreign, and every cookie would be one for localhost
 * (no `Secure`). A page on another site cannot choose the `Host` its browser sends.
 */
function addressedUrl(request: Request, url: URL): URL {
  const host = request.headers.get('host');
  if (!host) return url;
  try {
    return new URL(`${url.protocol}//${host}${url.pathname}`);
  } catch {
    return url; // not a host: ignored
  }
}

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (a sandboxed or file page) or garbage: foreign
  }
};

/** The accessToken's end as epoch ms: the answer's own when it is believable, else the documented 30 minutes. */
function expiryOf(iso: unknown, now: number, fallbackMs = ACCESS_TOKEN_LIFETIME_MS): number {
  const at = typeof iso === 'string' ? parseServerTime(iso) : null;
  return at !== null && at > now && at <= now + MAX_ACCESS_TOKEN_MS ? at : now + fallbackMs;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Wraps the proxy's handler with session mode: answers the session call itself, refuses foreign
 * state-changing requests, sends the cookie's accessToken on every other call, and turns every
 * answer that carries an accessToken (a sign-in, an extension) into a cookie the page never reads.
 */
export function withSession(
  inner: RiffynProxyHandler,
  options: RiffynSessionOptions,
  basePath: string,
  paths: Pick<RiffynPaths, 'session' | 'endSession'>,
): RiffynProxyHandler {
  const jar = cookieJar(options);
  const [sessionPath, sessionMethod = 'POST'] = parseEndpoint(paths.session);
  const [endPath, endMethod = 'POST'] = parseEndpoint(paths.endSession);
  const trusted = options.trustedOrigins ?? [];
  const clear = (url: URL) => cookieHeader(jar.name, '', 0, url);

  return async function riffynSessionProxy(request) {
    const url = new URL(request.url);
    const addressed = addressedUrl(request, url);
    const method = request.method.toUpperCase();
    const safe = method === 'GET' || method === 'HEAD';
    if (!safe && isForeign(request, url, addressed, trusted)) return jsonAnswer(403, { error: 'Cross-site request refused.' });

    const cookie = readCookie(request, jar.name);
    const session = await jar.open(cookie);
    // A cookie that no longer opens (tampered, another key's, expired) is cleared where it is met.
    const stale = cookie !== null && session === null ? clear(addressed) : undefined;

    const path = url.search === '' ? url.pathname.slice(basePath.length) : null;
    if (path === endPath && method === endMethod.toUpperCase()) return jsonAnswer(200, { signedOut: true }, clear(addressed));
    if (path === sessionPath && method === sessionMethod.toUpperCase()) {
      if (!session) return jsonAnswer(401, { error: 'No session.' }, stale);
      const info: RiffynSessionInfo = { username: session.u, userId: session.i, accessTokenExpiresAt: new Date(session.e).toISOString() };
      return jsonAnswer(200, info);
    }

    // The page holds no token: the cookie's goes on every call (the proxy forwards it only on
    // the kit's own calls and the app's `allow`ed ones). Sign-in calls carry Basic auth instead.
    let forwarded = request;
    if (session && !request.headers.has('authorization')) {
      const headers = new Headers(request.headers);
      headers.set('access-token', session.t);
      forwarded = new Request(request, { headers });
    }
    const answer = await inner(forwarded);

    const headers = new Headers(answer.headers);
    if (stale) headers.append('set-cookie', stale);
    if (answer.status === 401 && session) headers.append('set-cookie', clear(addressed));
    if (answer.status < 200 || answer.status >= 300 || !/json/i.test(answer.headers.get('content-type') ?? '')) {
      return new Response(answer.body, { status: answer.status, headers });
    }
    const text = await answer.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return new Response(text, { status: answer.status, headers });
    }
    if (!isRecord(body) || typeof body.accessToken !== 'string' || !body.accessToken) {
      return new Response(text, { status: answer.status, headers });
    }
    // A sign-in (login, verify) or an extension: the token goes into the cookie and out of the answer.
    const now = Date.now();
    const { accessToken, ...rest } = body;
    const signIn = body.status !== undefined;
    const username = typeof body.username === 'string' ? body.username : session?.u;
    if (!signIn && !session) return jsonAnswer(401, { error: 'No session.' }, clear(addressed));
    const sealed: Sealed = {
      t: accessToken,
      u: username ?? '',
      i: typeof body.userId === 'string' ? body.userId : signIn ? null : (session?.i ?? null),
      e: expiryOf(body.accessTokenExpiresAt, now),
    };
    headers.delete('content-length');
    headers.append('set-cookie', cookieHeader(jar.name, await jar.seal(sealed), (sealed.e - now) / 1000, addressed));
    return new Response(JSON.stringify({ ...rest, accessTokenExpiresAt: new Date(sealed.e).toISOString() }), {
      status: answer.status,
      headers,
    });
  };
}
