import { isObject, parseAuthResponse, serverText, type AuthResponse } from '../core/auth-response.js';
import { DEFAULT_TIMEOUT_MS, isSafeId, isSendablePassCode } from '../core/limits.js';
import { basicAuthHeader, type Credentials } from '../core/basic-auth.js';
import { AuthError, type AuthErrorKind } from '../core/errors.js';
import { parseRetryAfter } from '../core/retry-after.js';

/**
 * Endpoint paths, each `"/path"` or `"METHOD /path"`. `{factorId}` and `{id}` are filled in
 * (URL-encoded). Riffyn's older API generation logs in with `login: 'GET /v1/login'`.
 */
export interface RiffynPaths {
  login: string;
  verifyFactor: string;
  listApiKeys: string;
  renameApiKey: string;
  refreshAccessToken: string;
  logout: string;
  /** Session mode: the signed-in session from the cookie (answered by `createRiffynProxy`, never by Riffyn). */
  session: string;
  /** Session mode: sign out, clearing the cookie (answered by `createRiffynProxy`). */
  endSession: string;
}

export const defaultPaths: RiffynPaths = {
  login: 'POST /v1/auth',
  verifyFactor: 'POST /v1/auth/factor/{factorId}/verify',
  listApiKeys: 'GET /v1/auth/api-keys',
  renameApiKey: 'PATCH /v1/auth/api-key/{id}',
  refreshAccessToken: 'POST /v1/auth/access-token',
  logout: 'POST /v1/logout',
  session: 'GET /v1/auth/session',
  endSession: 'DELETE /v1/auth/session',
};

/** The calls session mode's proxy answers itself: never relayed to Riffyn. */
export const PROXY_ANSWERED: ReadonlyArray<keyof RiffynPaths> = ['session', 'endSession'];

/** One entry of `RiffynPaths` as `[path, method]`: `"/path"` alone means POST. */
export const parseEndpoint = (spec: string) => spec.trim().split(/\s+/).reverse() as [path: string, method?: string];

export interface RiffynClientOptions {
  /** The deployment, e.g. `https://api.app.riffyn.com`; `''` for same-origin (behind `createRiffynProxy`). */
  baseUrl: string;
  /** Defaults to the global `fetch`, looked up at call time so test mocks installed later apply. */
  fetch?: typeof fetch | undefined;
  paths?: Partial<RiffynPaths> | undefined;
  /**
   * Give up on a request that has not answered after this many ms. Default 15 000; `0` or
   * `Infinity` for none (so does anything above 2³¹−1 ms, which no timer can wait). A negative or
   * non-numeric value throws a RangeError here, at once.
   */
  timeoutMs?: number | undefined;
  /**
   * Where the accessToken lives. `'memory'` (default): in this tab's memory only, gone on reload.
   * `'cookie'`: behind `createRiffynProxy({ session })`, in an HttpOnly cookie the page cannot
   * read; a reload or another tab stays signed in (`baseUrl` is then the app's own origin, `''`).
   */
  session?: 'memory' | 'cookie' | undefined;
}

/** An AuthResponse with what the client read off the HTTP answer. */
export type ClientAuthResponse = AuthResponse & {
  /** Epoch ms from the server's `Date` header, when it sent one (for clock-skew checks). */
  serverDate?: number | undefined;
};

export interface VerifyFactorInput extends Credentials {
  factorId: string;
  stateToken: string;
  passCode: string;
}

/** What every call accepts: an AbortSignal. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** Receives the answer a timed-out sign-in call may still get (see `SignInCallOptions`). */
export type LateAnswer = (answer: Promise<ClientAuthResponse>) => void;

export interface SignInCallOptions extends CallOptions {
  /**
   * With it, the timeout gives up waiting but not the request: the call rejects with `timeout`,
   * and the answer that may still come is handed over here. A sign-in the server accepted carries
   * the one-time API key, which no later call can show again.
   */
  onLateAnswer?: LateAnswer | undefined;
}

/** One request to a path of `RiffynPaths`: headers, a JSON body, the path's `{…}` value. */
export interface RiffynRequest extends CallOptions {
  headers?: Record<string, string> | undefined;
  body?: object | undefined;
  /** Fills the path's `{factorId}` or `{id}` (URL-encoded; "." and ".." are refused). */
  param?: string | undefined;
  /** On timeout, reject but let the request finish, and hand its answer over here. */
  onLateAnswer?: ((answer: Promise<RiffynAnswer>) => void) | undefined;
}

/** A 2xx answer: its parsed JSON body, and the server's clock from the `Date` header. */
export interface RiffynAnswer {
  body: unknown;
  /** Epoch ms, when the server sent a `Date` header (for clock-skew checks). */
  serverDate?: number | undefined;
}

/**
 * The two calls of the sign-in itself. The calls made with the accessToken afterwards are
 * functions that take the client (`api/session-calls.ts`), so a page that never makes them never
 * ships them.
 */
export interface RiffynClient {
  /** Where the accessToken lives (`RiffynClientOptions.session`). */
  readonly session: 'memory' | 'cookie';
  login(credentials: Credentials, options?: SignInCallOptions): Promise<ClientAuthResponse>;
  verifyFactor(input: VerifyFactorInput, options?: SignInCallOptions): Promise<ClientAuthResponse>;
  /** Any path of `RiffynPaths`, with the same errors, timeout and headers as the two above. */
  request(call: keyof RiffynPaths, init?: RiffynRequest): Promise<RiffynAnswer>;
}

type Call = keyof RiffynPaths;

/** The abort reason that tells our timeout from the caller's signal. */
const TIMED_OUT = 'timeout';

/** `timeoutMs` as a timer delay; 0 for none. */
function timeoutOf(ms: number = DEFAULT_TIMEOUT_MS): number {
  if (typeof ms !== 'number' || !(ms >= 0)) throw new RangeError('riffyn-login-kit: timeoutMs must be a number of milliseconds, 0 or more');
  return ms > 2 ** 31 - 1 ? 0 : ms;
}

// Riffyn (Okta) does not give an ended MFA transaction its own status code: Okta's code for it
// (E0000011, "Invalid token provided") or words.
const EXPIRED = /E0000011|expired|invalid token|state ?token|transaction/i;
// Okta's "User Locked" (E0000069), or words.
const LOCKED = /E0000069|\blocked\b/i;

/**
 * What a failed status means for this call; anything undocumented (5xx, 3xx, an HTML page from a
 * proxy or firewall, whatever its status) is `server`.
 */
function kindFor(call: Call, status: number, body: unknown, html: boolean): AuthErrorKind {
  if (status === 429) return 'rate-limited';
  if (call === 'verifyFactor' && status === 410) return 'mfa-expired';
  if ((status !== 401 && status !== 403) || html) return 'server';
  const words = `${isObject(body) ? (typeof body.errorCode === 'string' ? body.errorCode : '') : ''} ${serverText(body) ?? ''}`;
  if (LOCKED.test(words)) return 'locked-out';
  if (call === 'verifyFactor') return EXPIRED.test(words) ? 'mfa-expired' : 'invalid-passcode';
  if (status === 403) return 'forbidden';
  return call === 'login' ? 'invalid-credentials' : 'session-expired';
}

/**
 * The only code in the kit that speaks HTTP. Every failure is an `AuthError`; no secret is put in
 * a URL, a message or anything the client returns besides the answer itself.
 */
export function createRiffynClient(options: RiffynClientOptions): RiffynClient {
  const paths: RiffynPaths = { ...defaultPaths, ...options.paths };
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = timeoutOf(options.timeoutMs);
  const session = options.session ?? 'memory';
  if (session !== 'memory' && session !== 'cookie') throw new TypeError("riffyn-login-kit: session must be 'memory' or 'cookie'");

  /** The exchange itself: fetch, read, classify. Cancelled only through `controller`. */
  async function exchange(call: Call, method: string, url: string, init: RiffynRequest, controller: AbortController) {
    const { headers, body } = init;
    // Outside the try below: no fetch at all (a ReferenceError) is the page's problem, not the network's.
    const send = options.fetch ?? fetch;
    let response: Response;
    let text: string;
    try {
      response = await send(url, {
        method,
        headers: { Accept: 'application/json', ...headers, ...(body && { 'Content-Type': 'application/json' }) },
        body: JSON.stringify(body), // undefined without a body
        signal: controller.signal,
        // Session mode's cookie is the app's own origin's, sent and set there only; otherwise no
        // cookie of any site rides along.
        credentials: session === 'cookie' ? 'same-origin' : 'omit',
        cache: 'no-store',
        // Never followed: a redirect could carry the Authorization header to another host. It
        // says the server is misconfigured, not that the network is down.
        redirect: 'manual',
      });
      text = await response.text();
    } catch (cause) {
      const { aborted } = controller.signal;
      const reason: unknown = controller.signal.reason;
      throw new AuthError(reason === TIMED_OUT ? 'timeout' : aborted ? 'aborted' : 'network', { cause });
    } finally {
      controller.abort(); // also removes the listener on the caller's signal
    }

    const { ok, status, type, headers: answerHeaders } = response;
    if (type === 'opaqueredirect' || (status >= 300 && status < 400)) throw new AuthError('server', { status, detail: 'a redirect' });
    let json: unknown;
    let detail: string | undefined;
    try {
      json = JSON.parse(text.trim() || 'null'); // an empty answer reads as null
    } catch {
      detail = /^\s*</.test(text) ? 'an HTML page instead of JSON' : 'invalid JSON';
    }
    if (!ok || detail) {
      throw new AuthError(ok ? 'malformed' : kindFor(call, status, json, !!detail), {
        status,
        serverMessage: serverText(json),
        // 429 and 503 may say how long to wait.
        retryAfter: parseRetryAfter(answerHeaders.get('Retry-After')),
        detail,
      });
    }
    return { body: json, serverDate: Date.parse(answerHeaders.get('Date') ?? '') || undefined };
  }

  async function request(call: Call, init: RiffynRequest = {}): Promise<RiffynAnswer> {
    // "METHOD /path" or "/path" (POST).
    const [path, method = 'POST'] = parseEndpoint(paths[call]);
    const { param = '', signal, onLateAnswer } = init;
    // "." and ".." stay dot segments even percent-encoded: the request would go to another path.
    if (/\{\w+\}/.test(path) && !isSafeId(param)) throw new AuthError('invalid-input', { detail: 'path parameter' });
    if (signal?.aborted) throw new AuthError('aborted');

    // One controller for the caller's signal and our timeout, so either cancels the socket.
    const controller = new AbortController();
    signal?.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
    const url = baseUrl + path.replace(/\{\w+\}/, () => encodeURIComponent(param));
    const answer = exchange(call, method, url, init, controller);
    if (!timeoutMs) return answer;

    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (!onLateAnswer) return controller.abort(TIMED_OUT);
        reject(new AuthError('timeout'));
        onLateAnswer(answer);
      }, timeoutMs);
    });
    try {
      return await Promise.race([answer, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  const authAnswer = ({ body, serverDate }: RiffynAnswer): ClientAuthResponse => ({ ...parseAuthResponse(body), serverDate });
  /** A sign-in call; its late answer, if one comes, is parsed like a timely one. */
  const signInCall = async (call: Call, init: RiffynRequest, onLateAnswer?: LateAnswer) =>
    authAnswer(await request(call, { ...init, onLateAnswer: onLateAnswer && ((late) => onLateAnswer(late.then(authAnswer))) }));

  return {
    session,
    async login(credentials, { signal, onLateAnswer } = {}) {
      return signInCall('login', { headers: { Authorization: basicAuthHeader(credentials) }, signal }, onLateAnswer);
    },

    async verifyFactor({ factorId, stateToken, passCode, ...credentials }, { signal, onLateAnswer } = {}) {
      if (!isSendablePassCode(passCode)) throw new AuthError('invalid-input', { detail: 'passCode' });
      // Riffyn's SDK sends Basic auth on verify as well as the stateToken.
      const headers = { Authorization: basicAuthHeader(credentials) };
      return signInCall('verifyFactor', { headers, body: { stateToken, passCode }, param: factorId, signal }, onLateAnswer);
    },

    request,
  };
}
