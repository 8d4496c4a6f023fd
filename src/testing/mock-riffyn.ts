/**
 * A pure, in-memory Riffyn auth API: `handle(request) → response`, no HTTP library. msw (stories,
 * unit tests) and the Node demo server both wrap this one function, so every environment sees the
 * same users, the same failures and the same wire shapes (built from ./fixtures.ts).
 */
import type { ApiKeySummary } from '../api/session-calls.js';
import { TOTP_FACTOR_TYPE } from '../core/auth-response.js';
import { demoUsers, NON_TOTP_PASSCODE, type DemoUser } from './demo-users.js';
import {
  accessTokenAnswer,
  ACCESS_TOKEN_TTL_MS,
  apiKeyNameTakenError,
  badGatewayHtml,
  internalServerError,
  invalidAccessTokenError,
  invalidCredentialsError,
  invalidPasscodeError,
  LOGIN_KEY_NAME,
  loginSuccessWithApiKey,
  loginSuccessWithoutApiKey,
  logoutAnswer,
  MAX_ACCESS_TOKEN_SECONDS,
  mfaRequired,
  rateLimitedError,
  stateTokenExpiredError,
  truncatedJson,
  unknownStatus,
  verifySuccess,
} from './fixtures.js';
import {
  jsonResponse,
  randomToken,
  readBasicAuth,
  readJsonObject,
  textResponse,
  type MockRequest,
  type MockResponse,
} from './mock-http.js';
import { totp, verifyTotp } from './totp.js';

export interface MockRiffynOptions {
  /** The clock, epoch ms. Inject one to test expiry without waiting. */
  now?: (() => number) | undefined;
  /** How long an MFA stateToken lives. Default 5 minutes (a user may override it). */
  stateTokenTtlMs?: number | undefined;
  /** How long a login's accessToken lives. Default 30 minutes, as Riffyn documents. */
  accessTokenTtlMs?: number | undefined;
  /** Default `demoUsers`. */
  users?: readonly DemoUser[] | undefined;
}

/** What the kit sent, for test assertions and the demo server's console. Secrets are kept only where a test needs them. */
export interface MockRequestLog {
  /** Clock time, epoch ms. */
  at: number;
  method: string;
  path: string;
  status: number;
  /** How the request identified itself. */
  auth: 'none' | 'garbled' | 'basic' | 'access-token' | 'api-key';
  /** The decoded Basic username, or the owner of the token. */
  username?: string | undefined;
  /** Basic auth: whether the password matched that user's. */
  passwordOk?: boolean | undefined;
  /** Top-level JSON body field names; never their values. */
  bodyFields: string[];
  factorId?: string | undefined;
  /** The passCode as sent (for assertions). The HTTP server prints only its length. */
  passCode?: string | undefined;
}

export interface MockRiffyn {
  handle(request: MockRequest): Promise<MockResponse>;
  readonly users: readonly DemoUser[];
  /** The TOTP code the user's authenticator shows now (or at `now`). Throws for a user without TOTP. */
  currentCode(username: string, now?: number): Promise<string>;
  /** The requests handled since creation or `reset()`, oldest first: the latest `MAX_REQUEST_LOG` (1000). */
  readonly requests: MockRequestLog[];
  /** Back to the state of a fresh mock: no keys handed out, no tokens, empty log. */
  reset(): void;
}

export const DEFAULT_STATE_TOKEN_TTL_MS = 5 * 60 * 1000;
/** How many requests `requests` keeps: a mock left running (`npm run mock-server`) must not grow forever. */
export const MAX_REQUEST_LOG = 1000;

interface KeyRecord extends ApiKeySummary {
  /** The key itself, when this mock made it (so `api-key:` works); null for pre-existing keys. */
  secret: string | null;
}

interface Context {
  request: MockRequest;
  params: string[];
  now: number;
  log: MockRequestLog;
}

type Handler = (context: Context) => MockResponse | Promise<MockResponse>;

export function createMockRiffyn(options: MockRiffynOptions = {}): MockRiffyn {
  const clock = options.now ?? Date.now;
  const users = options.users ?? demoUsers;
  const stateTokenTtlMs = options.stateTokenTtlMs ?? DEFAULT_STATE_TOKEN_TTL_MS;
  const accessTokenTtlMs = options.accessTokenTtlMs ?? ACCESS_TOKEN_TTL_MS;

  const keys = new Map<string, KeyRecord[]>();
  const transactions = new Map<string, { username: string; expiresAt: number }>();
  const accessTokens = new Map<string, { username: string; expiresAt: number }>();
  const requests: MockRequestLog[] = [];

  function reset(): void {
    keys.clear();
    transactions.clear();
    accessTokens.clear();
    requests.length = 0; // in place: callers may hold the array
    for (const user of users) {
      keys.set(user.username, (user.existingKeys ?? []).map((key) => ({ ...key, secret: null })));
    }
  }
  reset();

  const findUser = (username: string) => users.find((user) => user.username.toLowerCase() === username.toLowerCase());
  const keysOf = (user: DemoUser) => keys.get(user.username) ?? [];
  const publicKey = ({ id, name, created }: KeyRecord): ApiKeySummary =>
    created === undefined ? { id, name } : { id, name, created };

  /** Basic auth against the user list; writes what it learnt to the log. */
  function authenticate({ request, log }: Context): DemoUser | null {
    const auth = readBasicAuth(request.headers.authorization);
    log.auth = auth.kind;
    if (auth.kind !== 'basic') return null;
    log.username = auth.username;
    const user = findUser(auth.username);
    log.passwordOk = user !== undefined && (user.password === null || user.password === auth.password);
    return log.passwordOk ? (user ?? null) : null;
  }

  /** A SUCCESS answer; the first one for a user without keys makes and shows `loginKey`. */
  function succeed(user: DemoUser, now: number, call: 'login' | 'verify'): MockResponse {
    const accessToken = randomToken('mockat_');
    const ttlMs = user.accessTokenTtlMs ?? accessTokenTtlMs;
    accessTokens.set(accessToken, { username: user.username, expiresAt: now + ttlMs });
    const base = { now, username: user.username, userId: user.userId, accessToken, accessTokenTtlMs: ttlMs };
    const userKeys = keysOf(user);
    if (userKeys.length > 0) return jsonResponse(200, loginSuccessWithoutApiKey(base));
    const apiKey = randomToken('mockkey_');
    userKeys.push({ id: randomToken('key_', 8), name: LOGIN_KEY_NAME, created: new Date(now).toISOString(), secret: apiKey });
    keys.set(user.username, userKeys);
    return jsonResponse(200, call === 'verify' ? verifySuccess({ ...base, apiKey }) : loginSuccessWithApiKey({ ...base, apiKey }));
  }

  const login: Handler = (context) => {
    const user = authenticate(context);
    if (!user) return jsonResponse(401, invalidCredentialsError);
    const { now } = context;
    switch (user.login) {
      case 'success':
        return succeed(user, now, 'login');
      case 'mfa': {
        const stateToken = randomToken('mockst_');
        const ttlMs = user.stateTokenTtlMs ?? stateTokenTtlMs;
        transactions.set(stateToken, { username: user.username, expiresAt: now + ttlMs });
        const factors = user.factors ?? [];
        return jsonResponse(200, mfaRequired({ now, ttlMs, stateToken, factors, username: user.username, userId: user.userId }));
      }
      case 'rate-limited':
        return jsonResponse(429, rateLimitedError, { 'retry-after': '30' });
      case 'rate-limited-date':
        return jsonResponse(429, rateLimitedError, { 'retry-after': new Date(now + 120_000).toUTCString() });
      case 'bad-gateway':
        return textResponse(502, badGatewayHtml, 'text/html; charset=utf-8');
      case 'server-error':
        return jsonResponse(500, internalServerError);
      case 'truncated-json':
        return textResponse(200, truncatedJson, 'application/json; charset=utf-8');
      case 'unknown-status':
        return jsonResponse(200, unknownStatus({ username: user.username, userId: user.userId }));
    }
  };

  const verify: Handler = async (context) => {
    const { request, params, now, log } = context;
    const factorId = params[0]!;
    log.factorId = factorId;
    const user = authenticate(context);
    const body = readJsonObject(request.body);
    log.bodyFields = body ? Object.keys(body) : [];
    if (typeof body?.passCode === 'string') log.passCode = body.passCode;
    if (!body || typeof body.stateToken !== 'string' || typeof body.passCode !== 'string') {
      return jsonResponse(400, { error: 'A JSON body with stateToken and passCode is required.' });
    }
    const transaction = transactions.get(body.stateToken);
    if (!transaction || transaction.expiresAt <= now) {
      transactions.delete(body.stateToken);
      return jsonResponse(401, stateTokenExpiredError);
    }
    if (!user || user.username !== transaction.username) return jsonResponse(401, invalidCredentialsError);
    const factor = user.factors?.find((candidate) => candidate.id === factorId);
    if (!factor) return jsonResponse(404, { error: 'No such factor for this sign-in.' });
    const ok =
      factor.factorType === TOTP_FACTOR_TYPE
        ? user.totpSecret !== undefined && (await verifyTotp(user.totpSecret, body.passCode, now, 1))
        : body.passCode === NON_TOTP_PASSCODE;
    // A wrong code leaves the transaction alive, so the user can type the next code.
    if (!ok) return jsonResponse(401, invalidPasscodeError);
    transactions.delete(body.stateToken);
    return succeed(user, now, 'verify');
  };

  /** The signed-in user behind `access-token:` (or `api-key:`), or null. */
  function session({ request, now, log }: Context): DemoUser | null {
    const token = request.headers['access-token'];
    const apiKey = request.headers['api-key'];
    let username: string | undefined;
    if (token !== undefined) {
      log.auth = 'access-token';
      const record = accessTokens.get(token);
      if (record && record.expiresAt > now) username = record.username;
      else accessTokens.delete(token);
    } else if (apiKey !== undefined) {
      log.auth = 'api-key';
      for (const [owner, list] of keys) if (list.some((key) => key.secret === apiKey)) username = owner;
    }
    if (username === undefined) return null;
    log.username = username;
    return findUser(username) ?? null;
  }

  const withSession =
    (next: (user: DemoUser, context: Context) => MockResponse | Promise<MockResponse>): Handler =>
    (context) => {
      const user = session(context);
      return user ? next(user, context) : jsonResponse(401, invalidAccessTokenError);
    };

  const listKeys = withSession((user) => jsonResponse(200, keysOf(user).map(publicKey)));

  const renameKey = withSession((user, { request, params, log }) => {
    const body = readJsonObject(request.body);
    log.bodyFields = body ? Object.keys(body) : [];
    const key = keysOf(user).find((candidate) => candidate.id === params[0]);
    if (!key) return jsonResponse(404, { error: 'API key not found.' });
    const name = typeof body?.name === 'string' ? body.name.trim() : '';
    if (name === '' || name.length > 100) return jsonResponse(400, { error: 'A name of 1 to 100 characters is required.' });
    if (keysOf(user).some((other) => other !== key && other.name === name)) return jsonResponse(409, apiKeyNameTakenError);
    key.name = name;
    return jsonResponse(200, publicKey(key));
  });

  const newAccessToken = withSession((user, { request, now, log }) => {
    const body = readJsonObject(request.body) ?? {};
    log.bodyFields = Object.keys(body);
    const time = body.time;
    // Strict rather than clamped, so a kit sending minutes or milliseconds is caught in tests.
    if (time !== undefined && (!Number.isInteger(time) || (time as number) < 1 || (time as number) > MAX_ACCESS_TOKEN_SECONDS)) {
      return jsonResponse(400, { error: `time must be a whole number of seconds from 1 to ${MAX_ACCESS_TOKEN_SECONDS}.` });
    }
    const seconds = time as number | undefined;
    const accessToken = randomToken('mockat_');
    const ttlMs = seconds === undefined ? accessTokenTtlMs : seconds * 1000;
    accessTokens.set(accessToken, { username: user.username, expiresAt: now + ttlMs });
    return jsonResponse(200, accessTokenAnswer({ now, time: ttlMs / 1000, accessToken }));
  });

  const logout = withSession((_user, { request }) => {
    const token = request.headers['access-token'];
    if (token !== undefined) accessTokens.delete(token);
    return jsonResponse(200, logoutAnswer);
  });

  const routes: Array<{ methods: string[]; pattern: RegExp; handler: Handler }> = [
    { methods: ['POST'], pattern: /^\/v1\/auth$/, handler: login },
    { methods: ['GET'], pattern: /^\/v1\/login$/, handler: login }, // the older API generation
    { methods: ['POST'], pattern: /^\/v1\/auth\/factor\/([^/]+)\/verify$/, handler: verify },
    { methods: ['GET'], pattern: /^\/v1\/auth\/api-keys$/, handler: listKeys },
    { methods: ['PATCH'], pattern: /^\/v1\/auth\/api-key\/([^/]+)$/, handler: renameKey },
    { methods: ['POST'], pattern: /^\/v1\/auth\/access-token$/, handler: newAccessToken },
    { methods: ['GET', 'POST'], pattern: /^\/v1\/logout$/, handler: logout },
  ];

  async function dispatch(context: Context, method: string, path: string): Promise<MockResponse> {
    // CORS belongs to the HTTP server; a bare OPTIONS just needs to succeed.
    if (method === 'OPTIONS') return { status: 204, headers: {}, body: '' };
    const matching = routes.filter((route) => route.pattern.test(path));
    if (matching.length === 0) return jsonResponse(404, { error: 'Not found.' });
    const route = matching.find((candidate) => candidate.methods.includes(method));
    if (!route) {
      return jsonResponse(405, { error: 'Method not allowed.' }, { allow: matching.flatMap((r) => r.methods).join(', ') });
    }
    const raw = route.pattern.exec(path)!.slice(1);
    try {
      context.params = raw.map((segment) => decodeURIComponent(segment));
    } catch {
      return jsonResponse(400, { error: 'Bad path.' });
    }
    return route.handler(context);
  }

  async function handle(request: MockRequest): Promise<MockResponse> {
    const now = clock();
    const url = new URL(request.url, 'http://mock.invalid');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = request.method.toUpperCase();
    const log: MockRequestLog = { at: now, method, path, status: 0, auth: 'none', bodyFields: [] };
    const context: Context = { request, params: [], now, log };
    const response = await dispatch(context, method, path);
    // Every answer carries the server clock: the kit compares it with its own to spot clock skew.
    response.headers.date = new Date(now).toUTCString();
    response.headers['cache-control'] = 'no-store';
    log.status = response.status;
    requests.push(log);
    if (requests.length > MAX_REQUEST_LOG) requests.splice(0, requests.length - MAX_REQUEST_LOG); // in place, as in reset()
    return response;
  }

  async function currentCode(username: string, now: number = clock()): Promise<string> {
    const secret = findUser(username)?.totpSecret;
    if (secret === undefined) throw new Error(`mock Riffyn: ${username} has no TOTP factor`);
    return totp(secret, now);
  }

  return { handle, users, currentCode, requests, reset };
}
