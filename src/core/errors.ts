/**
 * Every way a Riffyn login can fail. Components map each kind to a message (see `i18n/messages.ts`),
 * so apps can reword or translate all of them.
 */
export type AuthErrorKind =
  /** Rejected before any request: empty field, a username containing ':' (Basic auth cannot carry it). */
  | 'invalid-input'
  /** 401 on login. */
  | 'invalid-credentials'
  /** 403 on login or on a key call: the account may not sign in (disabled, no API access). */
  | 'forbidden'
  /** The account is locked (a `LOCKED_OUT` answer, or a 401/403 that says so), after too many failed attempts. */
  | 'locked-out'
  /** The password has expired (`PASSWORD_EXPIRED`): it must be changed in Riffyn before signing in here. */
  | 'password-expired'
  /** The account must set up its second sign-in step in Riffyn first (`MFA_ENROLL`). */
  | 'mfa-enroll'
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
  | 'aborted'
  /**
   * The page itself failed, not the server: a bug, or a global the code needs is missing (e.g.
   * `fetch` in a test environment). The original error is the AuthError's `cause`.
   */
  | 'internal';

export interface AuthErrorOptions {
  /** HTTP status, when the server answered. */
  status?: number | undefined;
  /** The server's own explanation (`error` or `message` field), to be rendered as text only. */
  serverMessage?: string | undefined;
  /** Seconds to wait before retrying (429). */
  retryAfter?: number | undefined;
  /** A short developer-facing detail. Never a secret: callers pass only field names and shapes. */
  detail?: string | undefined;
  /**
   * What arrived instead of a documented answer, when it is safe to show the user: an unknown
   * `status` value (capital letters and underscores only, so it cannot carry a token).
   */
  received?: string | undefined;
  cause?: unknown;
}

/**
 * The one error type the kit throws. Its `message` is built only from the kind, the HTTP status and
 * a non-secret detail, so it can be logged; the server's text is kept apart in `serverMessage`.
 * Sentences for people live in `i18n/errors.ts`, where apps can reword them.
 */
export class AuthError extends Error {
  // `declare`: set by Object.assign below, so no class-field code is emitted for them.
  declare readonly kind: AuthErrorKind;
  declare readonly status?: number;
  declare readonly serverMessage?: string;
  declare readonly retryAfter?: number;
  declare readonly detail?: string;
  declare readonly received?: string;

  constructor(kind: AuthErrorKind, options: AuthErrorOptions = {}) {
    // e.g. "invalid-credentials 401", "malformed answer"; `options` carries `cause` to Error itself.
    super([kind, options.status, options.detail].filter(Boolean).join(' '), options);
    Object.assign(this, options, { name: 'AuthError', kind });
  }
}

// Marks the class's prototype under a global symbol: the ESM and the CommonJS build each have their
// own AuthError class, and an app that loads both must still recognise either one's errors.
const BRAND = Symbol.for('riffyn-login-kit.AuthError');
Object.defineProperty(AuthError.prototype, BRAND, { value: true });

/** True for an AuthError, whichever copy of the kit (ESM or CommonJS build) made it. */
export function isAuthError(value: unknown): value is AuthError {
  return (value as { [BRAND]?: true } | null | undefined)?.[BRAND] === true;
}

/**
 * Anything a call threw, as an AuthError. Whatever failed to read the server's answer is already
 * one (`malformed`, `network`…), so anything else went wrong in the page: `internal`.
 */
export const asAuthError = (error: unknown) =>
  isAuthError(error) ? error : new AuthError('internal', { cause: error });
