import type { AuthFactor, AuthMfaRequiredResponse, AuthSuccessResponse } from './auth-response.js';
import { AuthError } from './errors.js';
import { ACCESS_TOKEN_LIFETIME_MS, MAX_ACCESS_TOKEN_MS, MAX_STATE_TOKEN_MS } from './limits.js';
import { defaultFactor, SESSION_ENDED, usernameOf } from './selectors.js';
import { parseServerTime } from './server-time.js';

export { ACCESS_TOKEN_LIFETIME_MS } from './limits.js';
/** The key name Riffyn gives a login-made key when the answer does not name it. */
export const DEFAULT_API_KEY_NAME = 'loginKey';

/** What the app gets once signed in. Times are on the local clock (server skew already removed). */
export interface AuthSession {
  username: string;
  userId: string | null;
  /**
   * For the `access-token:` header. Kept in memory only; null when the server sent none, and in
   * session mode, where it stays in the proxy's HttpOnly cookie.
   */
  accessToken: string | null;
  /** Epoch ms (local clock) at which the accessToken ends; null when there is no token to end. */
  accessTokenExpiresAt: number | null;
}

/** The one-time API key, as far as the UI may know it. */
export type ApiKeyInfo =
  /** The server sent a key now; it is shown until acknowledged. */
  | { status: 'shown'; value: string; name: string; message: string | null }
  /** The user confirmed saving it; the value is gone for good. */
  | { status: 'acknowledged'; name: string }
  /** The answer had no key: the user already has one. */
  | { status: 'none'; message: string | null };

interface MfaContext {
  username: string;
  userId: string | null;
  factors: AuthFactor[];
  /** The factor the passCode is for; null while the user has several to choose from. */
  selectedFactorId: string | null;
  /** Epoch ms (local clock) at which the stateToken dies; null when the server did not say. */
  expiresAt: number | null;
  /** Server clock minus local clock, ms; authenticator codes fail when this is large. */
  clockSkewMs: number;
  /** True while the kit signs in again for a fresh stateToken ("Get more time"). */
  extending: boolean;
}

export type AuthState =
  | { status: 'idle'; username: string; error: AuthError | null }
  /** Session mode: asking the proxy whether this browser is signed in already (on load, or when another tab signed in). */
  | { status: 'restoring' }
  | { status: 'authenticating'; username: string }
  | ({ status: 'mfaRequired'; error: AuthError | null } & MfaContext)
  | ({ status: 'verifying' } & MfaContext & { selectedFactorId: string })
  | {
      status: 'authenticated';
      session: AuthSession;
      apiKey: ApiKeyInfo;
      /**
       * The accessToken stopped working (it ran out, or a call was answered 401) while the one-time
       * key is still on screen: the key stays until the user presses Done, then the flow moves to
       * `sessionExpired`. `error` says so meanwhile.
       */
      sessionEnded: boolean;
      error: AuthError | null;
    }
  | { status: 'mfaExpired'; username: string }
  | { status: 'sessionExpired'; username: string };

export type AuthStatus = AuthState['status'];

/** Where an answer came from, for times: `now` is the local clock, `clockSkewMs` server minus local. */
export interface Received {
  now: number;
  clockSkewMs: number;
}

export type AuthEvent =
  | { type: 'LOGIN'; username: string }
  | ({ type: 'LOGIN_SUCCEEDED'; response: AuthSuccessResponse } & Received)
  | ({ type: 'MFA_REQUIRED'; response: Omit<AuthMfaRequiredResponse, 'stateToken'> } & Received)
  | { type: 'LOGIN_FAILED'; error: AuthError }
  | { type: 'CHOOSE_FACTOR'; factorId: string }
  | { type: 'VERIFY' }
  | ({ type: 'VERIFY_SUCCEEDED'; response: AuthSuccessResponse } & Received)
  | { type: 'VERIFY_FAILED'; error: AuthError }
  | { type: 'MFA_TIMED_OUT' }
  | { type: 'MFA_EXTEND' }
  | ({ type: 'MFA_EXTENDED'; response: Omit<AuthMfaRequiredResponse, 'stateToken'> } & Received)
  | { type: 'MFA_EXTEND_FAILED'; error: AuthError }
  | { type: 'ACKNOWLEDGE_API_KEY' }
  | { type: 'API_KEY_RENAMED'; name: string }
  | ({ type: 'SESSION_EXTENDED'; accessToken: string | null; accessTokenExpiresAt?: string | undefined; lifetimeMs: number } & Received)
  | { type: 'SESSION_FAILED'; error: AuthError }
  | { type: 'SESSION_TIMED_OUT' }
  | { type: 'RESTART' }
  | { type: 'LOGOUT' }
  /** Session mode: ask whether the cookie holds a session. */
  | { type: 'RESTORE' }
  | ({ type: 'RESTORED'; session: { username: string; userId: string | null; accessTokenExpiresAt?: string | undefined } } & Received)
  | { type: 'RESTORE_FAILED' }
  /** Session mode: another tab extended the shared session; its new end, local epoch ms. */
  | { type: 'SESSION_SYNCED'; accessTokenExpiresAt: number };

export type AuthEventType = AuthEvent['type'];

/** The events the calls made after sign-in feed to the flow (`AuthController.update`), times left out. */
export type SessionEvent =
  | Extract<AuthEvent, { type: 'API_KEY_RENAMED' | 'SESSION_FAILED' }>
  | Omit<Extract<AuthEvent, { type: 'SESSION_EXTENDED' }>, keyof Received>;

export const initialAuthState: AuthState = { status: 'idle', username: '', error: null };


/**
 * A server time (ISO) as epoch ms on the local clock, or `fallback` when the server sent none or
 * one that cannot be right: already past, or more than `maxMs` ahead. Without the server's `Date`
 * header (hidden cross-origin unless the API exposes it) the clocks cannot be compared, and a
 * device clock minutes fast would otherwise end a step the moment it arrives.
 */
function localTime<T extends number | null>(iso: string | undefined, received: Received, maxMs: number, fallback: T): number | T {
  const at = (iso ? parseServerTime(iso) ?? NaN : NaN) - received.clockSkewMs;
  return at > received.now && at <= received.now + maxMs ? at : fallback;
}

/**
 * The accessToken stopped working (it ran out, or a call was answered 401). A key still on
 * screen stays there until the user presses "Done" (the key itself is valid whatever the session
 * does); the session's `error` then says it has ended, and acknowledging moves to `sessionExpired`.
 */
function endSession(state: SignedIn, error: AuthError = SESSION_ENDED): AuthState {
  if (state.apiKey.status !== 'shown') return { status: 'sessionExpired', username: state.session.username };
  return state.sessionEnded ? state : { ...state, sessionEnded: true, error };
}

type SignedIn = Extract<AuthState, { status: 'authenticated' }>;

/** Where a login's or a verify's success is taken; `idle`: after a timeout or "Start again". */
const LOGIN_LANDS: AuthStatus[] = ['authenticating', 'idle'];
const VERIFY_LANDS: AuthStatus[] = ['verifying', 'mfaRequired', 'mfaExpired', 'idle'];

function authenticated(response: AuthSuccessResponse, username: string, received: Received): AuthState {
  const { accessToken = null, apiKey, message = null } = response;
  // Session mode's proxy keeps the token and says when it ends; without either there is nothing to end.
  const hasToken = accessToken !== null || response.accessTokenExpiresAt !== undefined;
  return {
    status: 'authenticated',
    session: {
      username: response.username ?? username,
      userId: response.userId ?? null,
      accessToken,
      accessTokenExpiresAt:
        !hasToken
          ? null
          : localTime(response.accessTokenExpiresAt, received, MAX_ACCESS_TOKEN_MS, received.now + ACCESS_TOKEN_LIFETIME_MS),
    },
    apiKey: apiKey
      ? { status: 'shown', value: apiKey, name: response.apiKeyName ?? DEFAULT_API_KEY_NAME, message }
      : { status: 'none', message },
    sessionEnded: false,
    error: null,
  };
}

function mfaRequired(
  { factors, ...response }: Omit<AuthMfaRequiredResponse, 'stateToken'>,
  username: string,
  received: Received,
): AuthState {
  if (!factors.length) return { status: 'idle', username, error: new AuthError('no-mfa-factor') };
  return {
    status: 'mfaRequired',
    username: response.username ?? username,
    userId: response.userId ?? null,
    factors,
    // The same rule the picker shows: what the user sees chosen is what the code goes to.
    selectedFactorId: defaultFactor(factors)?.id ?? null,
    expiresAt: localTime(response.expiresAt, received, MAX_STATE_TOKEN_MS, null),
    clockSkewMs: received.clockSkewMs,
    extending: false,
    error: null,
  };
}

/**
 * The whole login flow, as a pure function. An event that makes no sense in a state (a second
 * acknowledge, a code for a factor not offered) returns the same state object, so callers can tell.
 */
export function transition(state: AuthState, event: AuthEvent): AuthState {
  switch (event.type) {
    case 'LOGIN':
      // A new attempt is allowed from any resting state; never while a request is in flight.
      if (state.status === 'idle' || state.status === 'mfaExpired' || state.status === 'sessionExpired') {
        return { status: 'authenticating', username: event.username };
      }
      return state;
    case 'LOGIN_SUCCEEDED':
    case 'VERIFY_SUCCEEDED':
      // The server accepted the sign-in, and its answer may carry the one-time key: it lands
      // wherever the flow waits for it, also late (after a timeout, "Start again" or the code's
      // local deadline). The controller drops answers that belong to an older sign-in.
      if (!(event.type === 'LOGIN_SUCCEEDED' ? LOGIN_LANDS : VERIFY_LANDS).includes(state.status)) return state;
      // Not after logout: its idle (the initial one) has no username, unlike the idle a timeout or
      // "Start again" leaves, and nothing waits for an answer there.
      if (state.status === 'idle' && state.username === '' && state.error === null) return state;
      return authenticated(event.response, usernameOf(state), event);
    case 'MFA_REQUIRED':
      return state.status === 'authenticating' ? mfaRequired(event.response, state.username, event) : state;
    case 'LOGIN_FAILED':
      return state.status === 'authenticating' ? { status: 'idle', username: state.username, error: event.error } : state;
    case 'CHOOSE_FACTOR':
      if (state.status !== 'mfaRequired' || !state.factors.some((f) => f.id === event.factorId)) return state;
      return { ...state, selectedFactorId: event.factorId, error: null };
    case 'VERIFY': {
      if (state.status !== 'mfaRequired' || state.selectedFactorId === null) return state;
      const { error: _, ...context } = state;
      return { ...context, status: 'verifying', selectedFactorId: state.selectedFactorId };
    }
    case 'VERIFY_FAILED':
      if (state.status !== 'verifying') return state;
      if (event.error.kind === 'mfa-expired') return { status: 'mfaExpired', username: state.username };
      return { ...state, status: 'mfaRequired', error: event.error };
    case 'MFA_TIMED_OUT':
      // Not while a code is being checked: the server judges a code sent in time, and its answer
      // may carry the key. The deadline is checked again when the answer is a failure.
      return state.status === 'mfaRequired' ? { status: 'mfaExpired', username: state.username } : state;
    case 'MFA_EXTEND':
      // More time for the code step: the same factors, the code being typed kept.
      return state.status === 'mfaRequired' && !state.extending ? { ...state, extending: true } : state;
    case 'MFA_EXTENDED':
      if ((state.status !== 'mfaRequired' && state.status !== 'verifying') || !state.extending) return state;
      return {
        ...state,
        // Without a deadline in the answer: none, as on the first MFA answer.
        expiresAt: localTime(event.response.expiresAt, event, MAX_STATE_TOKEN_MS, null),
        clockSkewMs: event.clockSkewMs,
        extending: false,
        ...(state.status === 'mfaRequired' && { error: null }),
      };
    case 'MFA_EXTEND_FAILED':
      if ((state.status !== 'mfaRequired' && state.status !== 'verifying') || !state.extending) return state;
      // The old deadline still stands; a code checked meanwhile reports its own outcome.
      return state.status === 'mfaRequired' ? { ...state, extending: false, error: event.error } : { ...state, extending: false };
    case 'ACKNOWLEDGE_API_KEY':
      if (state.status !== 'authenticated' || state.apiKey.status !== 'shown') return state;
      if (state.sessionEnded) return { status: 'sessionExpired', username: state.session.username };
      return { ...state, apiKey: { status: 'acknowledged', name: state.apiKey.name } };
    case 'API_KEY_RENAMED':
      if (state.status !== 'authenticated' || state.apiKey.status === 'none') return state;
      return { ...state, apiKey: { ...state.apiKey, name: event.name } };
    case 'SESSION_EXTENDED':
      if (state.status !== 'authenticated' || state.sessionEnded) return state;
      return {
        ...state,
        session: {
          ...state.session,
          accessToken: event.accessToken,
          // Without an expiry in the answer: the lifetime asked for.
          accessTokenExpiresAt: localTime(event.accessTokenExpiresAt, event, MAX_ACCESS_TOKEN_MS, event.now + event.lifetimeMs),
        },
        error: null,
      };
    case 'SESSION_FAILED':
      if (state.status !== 'authenticated' || state.sessionEnded) return state;
      // A 401 says the accessToken is dead, whatever the local clock thinks.
      return event.error.kind === 'session-expired' ? endSession(state, event.error) : { ...state, error: event.error };
    case 'SESSION_TIMED_OUT':
      return state.status === 'authenticated' ? endSession(state) : state;
    case 'RESTART':
      // Keeps the username so "start again" does not make the user type it twice.
      if (state.status === 'idle' && state.error === null) return state;
      return { status: 'idle', username: usernameOf(state), error: null };
    case 'LOGOUT':
      return state.status === 'idle' && state.username === '' && state.error === null ? state : initialAuthState;
    case 'RESTORE':
      // Only where nobody is typing or signed in: the first load, or a sign-in form at rest.
      return (state.status === 'idle' && state.error === null) || state.status === 'sessionExpired' ? { status: 'restoring' } : state;
    case 'RESTORED': {
      if (state.status !== 'restoring') return state;
      const { username, userId, accessTokenExpiresAt } = event.session;
      return {
        status: 'authenticated',
        session: {
          username,
          userId,
          accessToken: null,
          accessTokenExpiresAt: localTime(accessTokenExpiresAt, event, MAX_ACCESS_TOKEN_MS, event.now + ACCESS_TOKEN_LIFETIME_MS),
        },
        // A key is shown once, in the tab that signed in: never again here.
        apiKey: { status: 'none', message: null },
        sessionEnded: false,
        error: null,
      };
    }
    case 'RESTORE_FAILED':
      return state.status === 'restoring' ? initialAuthState : state;
    case 'SESSION_SYNCED':
      if (state.status !== 'authenticated' || state.sessionEnded || state.session.accessToken !== null) return state;
      return { ...state, session: { ...state.session, accessTokenExpiresAt: event.accessTokenExpiresAt } };
  }
}
