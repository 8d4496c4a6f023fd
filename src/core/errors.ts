/**
 * Every way a Riffyn login can fail. Components map each kind to a message (see `i18n/messages.ts`),
 * so apps can reword or translate all of them.
 */
export type AuthErrorKind =
  /** Rejected before any request: empty field, a username containing ':' (Basic auth cannot carry it). */
  | 'invalid-input'
  /** 401 on login. */
  | 'invalid-credentials'
  /** 403 on login or on a key call: the account may not sign in (locked, disabled, no API access). */
  | 'forbidden'
  /** 401/403 on MFA verify: the passCode was wrong. */
  | 'invalid-passcode'
  /** The MFA transaction (stateToken) has ended; the user must sign in again. */
  | 'mfa-expired'
  /** MFA is required but the server offered no factor the user could use. */
  | 'no-mfa-factor'
  /** 401 on a call made with the accessToken: it has expired or was revoked. */
  | 'session-expired'
  /** 429; `retryAfter` holds the seconds to wait when the server said. */
  | 'rate-limited'
  /** 409 (or a "taken" answer) when renaming an API key. */
  | 'conflict'
  /** 5xx, an HTML error page, or any status the API does not document for the call. */
  | 'server'
  /** fetch itself failed: offline, DNS, CORS, connection reset. Browsers do not say which. */
  | 'network'
  /** No answer within the client's `timeoutMs`. */
  | 'timeout'
  /** A 2xx answer that is not the documented JSON: truncated, unknown status, wrong types. */
  | 'malformed'
  /** The request was cancelled (restart, unmount, or the caller's AbortSignal). */
  | 'aborted';

export interface AuthErrorOptions {
  /** HTTP status, when the server answered. */
  status?: number;
  /** The server's own explanation (`error` or `message` field), to be rendered as text only. */
  serverMessage?: string;
  /** Seconds to wait before retrying (429). */
  retryAfter?: number;
  /** A short developer-facing detail. Never a secret: callers pass only field names and shapes. */
  detail?: string;
  cause?: unknown;
}

const SUMMARY: Record<AuthErrorKind, string> = {
  'invalid-input': 'The sign-in details were refused before sending',
  'invalid-credentials': 'The username or password was not accepted',
  forbidden: 'The account is not allowed to sign in',
  'invalid-passcode': 'The verification code was not accepted',
  'mfa-expired': 'The verification step has expired',
  'no-mfa-factor': 'Verification is required but no verification method is available',
  'session-expired': 'The session has expired',
  'rate-limited': 'Too many attempts',
  conflict: 'That name is already taken',
  server: 'The server could not process the request',
  network: 'The server could not be reached',
  timeout: 'The server took too long to answer',
  malformed: 'The server answer was not understood',
  aborted: 'The request was cancelled',
};

/**
 * The one error type the kit throws. Its `message` is built only from the kind, the HTTP status and
 * a non-secret detail, so it can be logged; the server's text is kept apart in `serverMessage`.
 */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly kind: AuthErrorKind;
  readonly status?: number;
  readonly serverMessage?: string;
  readonly retryAfter?: number;
  readonly detail?: string;

  constructor(kind: AuthErrorKind, options: AuthErrorOptions = {}) {
    const parts = [SUMMARY[kind]];
    if (options.status !== undefined) parts.push(`(HTTP ${options.status})`);
    if (options.detail) parts.push(`: ${options.detail}`);
    super(parts.join(' '), options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.serverMessage !== undefined) this.serverMessage = options.serverMessage;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.detail !== undefined) this.detail = options.detail;
  }
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}
