import { parseAuthResponse, type AuthResponse } from '../core/auth-response.js';
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
  fetch?: typeof fetch;
  paths?: Partial<RiffynPaths>;
  /** Abort a request that has not answered after this many ms. Default 15 000. */
  timeoutMs?: number;
}

/** An AuthResponse with what the client read off the HTTP answer. */
export type ClientAuthResponse = AuthResponse & {
  /** Epoch ms from the server's `Date` header, when it sent one (for clock-skew checks). */
  serverDate?: number;
};

export interface VerifyFactorInput extends Credentials {
  factorId: string;
  stateToken: string;
  passCode: string;
}

export interface ApiKeySummary {
  id: string;
  name: string;
  created?: string;
}

export interface AccessTokenAnswer {
  accessToken: string;
  accessTokenExpiresAt?: string;
  serverDate?: number;
}

/** What every call accepts: an AbortSignal, and for calls made after login the accessToken. */
export interface CallOptions {
  signal?: AbortSignal;
}
export interface TokenCallOptions extends CallOptions {
  accessToken: string;
}

export interface RiffynClient {
  login(credentials: Credentials, options?: CallOptions): Promise<ClientAuthResponse>;
  verifyFactor(input: VerifyFactorInput, options?: CallOptions): Promise<ClientAuthResponse>;
  listApiKeys(options: TokenCallOptions): Promise<ApiKeySummary[]>;
  /** Renames the key now called `from` (looked up through `listApiKeys`) to `to`. */
  renameApiKey(input: { from: string; to: string }, options: TokenCallOptions): Promise<ApiKeySummary>;
  /** A fresh accessToken; `time` in seconds (Riffyn: 30 minutes by default, 6 hours at most). */
  refreshAccessToken(input: { time?: number }, options: TokenCallOptions): Promise<AccessTokenAnswer>;
  logout(options: TokenCallOptions): Promise<void>;
}

type Call = keyof RiffynPaths;

interface Answer {
  status: number;
  body: unknown;
  serverDate?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function route(spec: string, params: Record<string, string>): { method: string; path: string } {
  const match = /^([A-Z]+)\s+(\S+)$/.exec(spec.trim());
  const [method, template] = match ? [match[1]!, match[2]!] : ['POST', spec.trim()];
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  return { method, path };
}

function readJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The server's own sentence, if it sent one as JSON; an HTML page's text is never shown. */
function serverText(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  for (const field of ['error', 'message', 'errorSummary']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 500);
  }
  return undefined;
}

// Riffyn (Okta) does not give expired stateTokens their own status code, only words.
const EXPIRED_WORDS = /expired|state ?token|transaction/i;
const TAKEN_WORDS = /taken|exists|duplicate|unique/i;

function kindFor(call: Call, status: number, text: string | undefined): AuthErrorKind {
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (call === 'login') {
    if (status === 401) return 'invalid-credentials';
    if (status === 403) return 'forbidden';
  } else if (call === 'verifyFactor') {
    if (status === 410 || ((status === 401 || status === 403) && text && EXPIRED_WORDS.test(text))) return 'mfa-expired';
    if (status === 401 || status === 403) return 'invalid-passcode';
  } else {
    if (status === 401) return 'session-expired';
    if (status === 403) return 'forbidden';
    if (call === 'renameApiKey' && (status === 409 || (status === 400 && text && TAKEN_WORDS.test(text)))) {
      return 'conflict';
    }
  }
  return 'server';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseKeyList(body: unknown): ApiKeySummary[] {
  const list = Array.isArray(body)
    ? body
    : isObject(body) && Array.isArray(body.apiKeys ?? body.keys ?? body.data)
      ? ((body.apiKeys ?? body.keys ?? body.data) as unknown[])
      : null;
  if (list === null) throw new AuthError('malformed', { detail: 'api key list is not a list' });
  return list.map((raw, index) => {
    if (!isObject(raw) || typeof raw.name !== 'string' || (typeof raw.id !== 'string' && typeof raw.id !== 'number')) {
      throw new AuthError('malformed', { detail: `api key ${index} has no id or name` });
    }
    const key: ApiKeySummary = { id: String(raw.id), name: raw.name };
    if (typeof raw.created === 'string') key.created = raw.created;
    return key;
  });
}

/**
 * The only code in the kit that speaks HTTP. Every failure is an `AuthError`; no secret is put in
 * a URL, a message or anything the client returns besides the answer itself.
 */
export function createRiffynClient(options: RiffynClientOptions): RiffynClient {
  const paths: RiffynPaths = { ...defaultPaths, ...options.paths };
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request(
    call: Call,
    init: { params?: Record<string, string>; headers: Record<string, string>; body?: unknown; signal?: AbortSignal },
  ): Promise<Answer> {
    const { method, path } = route(paths[call], init.params ?? {});
    if (init.signal?.aborted) throw new AuthError('aborted');

    // One controller for the caller's signal and our timeout, so either cancels the socket.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    init.signal?.addEventListener('abort', onAbort, { once: true });

    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const doFetch = options.fetch ?? globalThis.fetch;
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}${path}`, {
          method,
          headers,
          body: init.body === undefined ? null : JSON.stringify(init.body),
          signal: controller.signal,
          credentials: 'omit',
          cache: 'no-store',
          // A redirect on an auth call is a misconfiguration; following it could leak the header.
          redirect: 'error',
        });
      } catch (cause) {
        if (timedOut) throw new AuthError('timeout', { detail: `${method} ${path} after ${timeoutMs} ms` });
        if (controller.signal.aborted) throw new AuthError('aborted');
        throw new AuthError('network', { detail: `${method} ${path}`, cause });
      }

      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        if (timedOut) throw new AuthError('timeout', { detail: `${method} ${path} after ${timeoutMs} ms` });
        if (controller.signal.aborted) throw new AuthError('aborted');
        throw new AuthError('network', { detail: `${method} ${path}: answer cut off`, cause });
      }
      const dateHeader = response.headers.get('Date');
      const parsedDate = dateHeader ? Date.parse(dateHeader) : NaN;
      const serverDate = Number.isNaN(parsedDate) ? undefined : parsedDate;
      const json = readJson(text);

      if (!response.ok) {
        const status = response.status;
        const serverMessage = json.ok ? serverText(json.value) : undefined;
        const kind = kindFor(call, status, serverMessage);
        const isHtml = !json.ok && /^\s*</.test(text);
        throw new AuthError(kind, {
          status,
          ...(serverMessage === undefined ? {} : { serverMessage }),
          ...(kind === 'rate-limited' ? retryAfterOf(response) : {}),
          ...(isHtml ? { detail: 'an HTML page instead of JSON' } : {}),
        });
      }
      if (response.status === 204 || text.trim() === '') {
        return { status: response.status, body: undefined, serverDate };
      }
      if (!json.ok) {
        throw new AuthError('malformed', {
          status: response.status,
          detail: /^\s*</.test(text) ? 'an HTML page instead of JSON' : 'the JSON is incomplete or invalid',
        });
      }
      return { status: response.status, body: json.value, serverDate };
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', onAbort);
    }
  }

  function retryAfterOf(response: Response): { retryAfter?: number } {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    return retryAfter === undefined ? {} : { retryAfter };
  }

  function withMeta(answer: Answer): ClientAuthResponse {
    const parsed: ClientAuthResponse = parseAuthResponse(answer.body);
    if (answer.serverDate !== undefined) parsed.serverDate = answer.serverDate;
    return parsed;
  }

  const tokenHeader = (accessToken: string) => ({ 'access-token': accessToken });

  const listApiKeys: RiffynClient['listApiKeys'] = async ({ accessToken, signal }) =>
    parseKeyList((await request('listApiKeys', { headers: tokenHeader(accessToken), signal })).body);

  return {
    async login(credentials, callOptions = {}) {
      const authorization = basicAuthHeader(credentials);
      return withMeta(await request('login', { headers: { Authorization: authorization }, signal: callOptions.signal }));
    },

    async verifyFactor({ factorId, stateToken, passCode, ...credentials }, callOptions = {}) {
      if (!/^\d{6,10}$/.test(passCode)) throw new AuthError('invalid-input', { detail: 'passCode is not 6 digits' });
      // Riffyn's SDK sends Basic auth on verify as well as the stateToken.
      const authorization = basicAuthHeader(credentials);
      return withMeta(
        await request('verifyFactor', {
          params: { factorId },
          headers: { Authorization: authorization },
          body: { stateToken, passCode },
          signal: callOptions.signal,
        }),
      );
    },

    listApiKeys,

    async renameApiKey({ from, to }, callOptions) {
      const name = to.trim();
      if (name === '') throw new AuthError('invalid-input', { detail: 'key name is empty' });
      const keys = await listApiKeys(callOptions);
      if (keys.some((key) => key.name === name)) throw new AuthError('conflict', { detail: 'name already used' });
      const key = keys.find((candidate) => candidate.name === from);
      if (!key) throw new AuthError('server', { detail: 'the key to rename is not in the key list' });
      const answer = await request('renameApiKey', {
        params: { id: key.id },
        headers: tokenHeader(callOptions.accessToken),
        body: { name },
        signal: callOptions.signal,
      });
      return isObject(answer.body) && typeof answer.body.name === 'string'
        ? { ...key, name: answer.body.name }
        : { ...key, name };
    },

    async refreshAccessToken({ time }, callOptions) {
      const answer = await request('refreshAccessToken', {
        headers: tokenHeader(callOptions.accessToken),
        body: time === undefined ? {} : { time },
        signal: callOptions.signal,
      });
      const body = answer.body;
      if (!isObject(body) || typeof body.accessToken !== 'string' || body.accessToken === '') {
        throw new AuthError('malformed', { detail: 'accessToken is missing' });
      }
      const result: AccessTokenAnswer = { accessToken: body.accessToken };
      if (typeof body.accessTokenExpiresAt === 'string' && !Number.isNaN(Date.parse(body.accessTokenExpiresAt))) {
        result.accessTokenExpiresAt = body.accessTokenExpiresAt;
      }
      if (answer.serverDate !== undefined) result.serverDate = answer.serverDate;
      return result;
    },

    async logout(callOptions) {
      await request('logout', { headers: tokenHeader(callOptions.accessToken), signal: callOptions.signal });
    },
  };
}
