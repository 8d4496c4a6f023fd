import { isObject, parseAuthResponse, type AuthResponse } from '../core/auth-response.js';
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
}

export const defaultPaths: RiffynPaths = {
  login: 'POST /v1/auth',
  verifyFactor: 'POST /v1/auth/factor/{factorId}/verify',
  listApiKeys: 'GET /v1/auth/api-keys',
  renameApiKey: 'PATCH /v1/auth/api-key/{id}',
  refreshAccessToken: 'POST /v1/auth/access-token',
  logout: 'POST /v1/logout',
};

export interface RiffynClientOptions {
  /** The deployment, e.g. `https://api.app.riffyn.com`; `''` for same-origin (a dev proxy). */
  baseUrl: string;
  /** Defaults to the global `fetch`, looked up at call time so test mocks installed later apply. */
  fetch?: typeof fetch | undefined;
  paths?: Partial<RiffynPaths> | undefined;
  /** Abort a request that has not answered after this many ms. Default 15 000. */
  timeoutMs?: number | undefined;
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

/** One request to a path of `RiffynPaths`: headers, a JSON body, the path's `{…}` value. */
export interface RiffynRequest extends CallOptions {
  headers?: Record<string, string> | undefined;
  body?: object | undefined;
  /** Fills the path's `{factorId}` or `{id}` (URL-encoded). */
  param?: string | undefined;
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
  login(credentials: Credentials, options?: CallOptions): Promise<ClientAuthResponse>;
  verifyFactor(input: VerifyFactorInput, options?: CallOptions): Promise<ClientAuthResponse>;
  /** Any path of `RiffynPaths`, with the same errors, timeout and headers as the two above. */
  request(call: keyof RiffynPaths, init?: RiffynRequest): Promise<RiffynAnswer>;
}

type Call = keyof RiffynPaths;

const DEFAULT_TIMEOUT_MS = 15_000;
/** The abort reason that tells our timeout from the caller's signal. */
const TIMED_OUT = 'timeout';

// Riffyn (Okta) does not give expired stateTokens their own status code, only words.
const EXPIRED_WORDS = /expired|state ?token|transaction/i;

/** What a failed status means for this call; anything undocumented (5xx included) is `server`. */
function kindFor(call: Call, status: number, text = ''): AuthErrorKind {
  const refused = status === 401 || status === 403;
  if (status === 429) return 'rate-limited';
  if (call === 'verifyFactor') {
    if (status === 410 || (refused && EXPIRED_WORDS.test(text))) return 'mfa-expired';
    return refused ? 'invalid-passcode' : 'server';
  }
  if (status === 403) return 'forbidden';
  if (status === 401) return call === 'login' ? 'invalid-credentials' : 'session-expired';
  return 'server';
}

/** The server's own sentence, if it sent one as JSON; an HTML page's text is never shown. */
function serverText(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const text = [body.error, body.message, body.errorSummary].find((value) => typeof value === 'string' && value.trim());
  return (text as string | undefined)?.trim().slice(0, 500);
}

/**
 * The only code in the kit that speaks HTTP. Every failure is an `AuthError`; no secret is put in
 * a URL, a message or anything the client returns besides the answer itself.
 */
export function createRiffynClient(options: RiffynClientOptions): RiffynClient {
  const paths: RiffynPaths = { ...defaultPaths, ...options.paths };
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request(call: Call, { headers, body, param = '', signal }: RiffynRequest = {}): Promise<RiffynAnswer> {
    // "METHOD /path" or "/path" (POST).
    const [path, method = 'POST'] = paths[call].trim().split(/\s+/).reverse() as [string, string?];
    if (signal?.aborted) throw new AuthError('aborted');
    // Outside the try below: no fetch at all (a ReferenceError) is the page's problem, not the network's.
    const send = options.fetch ?? fetch;

    // One controller for the caller's signal and our timeout, so either cancels the socket. It is
    // aborted in `finally` too, which also removes the listener on the caller's signal.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
    signal?.addEventListener('abort', () => controller.abort(), { signal: controller.signal });

    let response: Response;
    let text: string;
    try {
      response = await send(baseUrl + path.replace(/\{\w+\}/, () => encodeURIComponent(param)), {
        method,
        headers: { Accept: 'application/json', ...headers, ...(body && { 'Content-Type': 'application/json' }) },
        body: JSON.stringify(body), // undefined without a body
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        // A redirect on an auth call is a misconfiguration; following it could leak the header.
        redirect: 'error',
      });
      text = await response.text();
    } catch (cause) {
      const { aborted, reason } = controller.signal;
      throw new AuthError(reason === TIMED_OUT ? 'timeout' : aborted ? 'aborted' : 'network', { cause });
    } finally {
      clearTimeout(timer);
      controller.abort();
    }

    const { ok, status, headers: answerHeaders } = response;
    let json: unknown;
    let detail: string | undefined;
    try {
      json = JSON.parse(text.trim() || 'null'); // an empty answer reads as null
    } catch {
      detail = /^\s*</.test(text) ? 'an HTML page instead of JSON' : 'invalid JSON';
    }
    if (!ok || detail) {
      const serverMessage = serverText(json);
      throw new AuthError(ok ? 'malformed' : kindFor(call, status, serverMessage), {
        status,
        serverMessage,
        // 429 and 503 may say how long to wait.
        retryAfter: parseRetryAfter(answerHeaders.get('Retry-After')),
        detail,
      });
    }
    return { body: json, serverDate: Date.parse(answerHeaders.get('Date') ?? '') || undefined };
  }

  const authAnswer = ({ body, serverDate }: RiffynAnswer): ClientAuthResponse => ({ ...parseAuthResponse(body), serverDate });

  return {
    async login(credentials, { signal } = {}) {
      return authAnswer(await request('login', { headers: { Authorization: basicAuthHeader(credentials) }, signal }));
    },

    async verifyFactor({ factorId, stateToken, passCode, ...credentials }, { signal } = {}) {
      if (!/^\d{6,10}$/.test(passCode)) throw new AuthError('invalid-input', { detail: 'passCode' });
      // Riffyn's SDK sends Basic auth on verify as well as the stateToken.
      const headers = { Authorization: basicAuthHeader(credentials) };
      return authAnswer(await request('verifyFactor', { headers, body: { stateToken, passCode }, param: factorId, signal }));
    },

    request,
  };
}
