import type { AuthFactor, AuthMfaRequiredResponse, AuthSuccessResponse } from './auth-response.js';
import { AuthError } from './errors.js';

/** Riffyn's accessToken lives 30 minutes; used when an answer has no `accessTokenExpiresAt`. */
export const ACCESS_TOKEN_LIFETIME_MS = 30 * 60 * 1000;
/** The key name Riffyn gives a login-made key when the answer does not name it. */
export const DEFAULT_API_KEY_NAME = 'loginKey';

/** What the app gets once signed in. Times are on the local clock (server skew already removed). */
export interface AuthSession {
  username: string;
  userId: string | null;
  /** For the `access-token:` header. Kept in memory only. */
  accessToken: string | null;
  /** Epoch ms (local clock) at which the accessToken ends; null when the server sent no token. */
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
}

export type AuthState =
  | { status: 'idle'; username: string; error: AuthError | null }
  | { status: 'authenticating'; username: string }
  | ({ status: 'mfaRequired'; error: AuthError | null } & MfaContext)
  | ({ status: 'verifying' } & MfaContext & { selectedFactorId: string })
  | { status: 'authenticated'; session: AuthSession; apiKey: ApiKeyInfo; error: AuthError | null }
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
  | { type: 'ACKNOWLEDGE_API_KEY' }
  | { type: 'API_KEY_RENAMED'; name: string }
  | ({ type: 'SESSION_EXTENDED'; accessToken: string; accessTokenExpiresAt?: string | undefined; lifetimeMs: number } & Received)
  | { type: 'SESSION_FAILED'; error: AuthError }
  | { type: 'SESSION_TIMED_OUT' }
  | { type: 'RESTART' }
  | { type: 'LOGOUT' };

export type AuthEventType = AuthEvent['type'];

/** The events the calls made after sign-in feed to the flow (`AuthController.update`), times left out. */
export type SessionEvent =
  | Extract<AuthEvent, { type: 'API_KEY_RENAMED' | 'SESSION_FAILED' }>
  | Omit<Extract<AuthEvent, { type: 'SESSION_EXTENDED' }>, keyof Received>;

export const initialAuthState: AuthState = { status: 'idle', username: '', error: null };

/** A server time (ISO) as epoch ms on the local clock; `fallback` when the server sent none. */
function localTime<T extends number | null>(iso: string | undefined, received: Received, fallback: T): number | T {
  return iso ? Date.parse(iso) - received.clockSkewMs : fallback;
}

function authenticated(response: AuthSuccessResponse, username: string, received: Received): AuthState {
  const { accessToken = null, apiKey, message = null } = response;
  return {
    status: 'authenticated',
    session: {
      username: response.username ?? username,
      userId: response.userId ?? null,
      accessToken,
      accessTokenExpiresAt:
        accessToken === null
          ? null
          : localTime(response.accessTokenExpiresAt, received, received.now + ACCESS_TOKEN_LIFETIME_MS),
    },
    apiKey: apiKey
      ? { status: 'shown', value: apiKey, name: response.apiKeyName ?? DEFAULT_API_KEY_NAME, message }
      : { status: 'none', message },
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
    selectedFactorId: factors.length === 1 ? factors[0]!.id : null,
    expiresAt: localTime(response.expiresAt, received, null),
    clockSkewMs: received.clockSkewMs,
    error: null,
  };
}

/**
 * The whole login flow, as a pure function. An event that makes no sense in a state (a late answer
 * after a restart, a second acknowledge) returns the same state object, so callers can tell.
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
      return state.status === 'authenticating' ? authenticated(event.response, state.username, event) : state;
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
    case 'VERIFY_SUCCEEDED':
      return state.status === 'verifying' ? authenticated(event.response, state.username, event) : state;
    case 'VERIFY_FAILED':
      if (state.status !== 'verifying') return state;
      if (event.error.kind === 'mfa-expired') return { status: 'mfaExpired', username: state.username };
      return { ...state, status: 'mfaRequired', error: event.error };
    case 'MFA_TIMED_OUT':
      return state.status === 'mfaRequired' || state.status === 'verifying'
        ? { status: 'mfaExpired', username: state.username }
        : state;
    case 'ACKNOWLEDGE_API_KEY':
      if (state.status !== 'authenticated' || state.apiKey.status !== 'shown') return state;
      return { ...state, apiKey: { status: 'acknowledged', name: state.apiKey.name } };
    case 'API_KEY_RENAMED':
      if (state.status !== 'authenticated' || state.apiKey.status === 'none') return state;
      return { ...state, apiKey: { ...state.apiKey, name: event.name } };
    case 'SESSION_EXTENDED':
      if (state.status !== 'authenticated') return state;
      return {
        ...state,
        session: {
          ...state.session,
          accessToken: event.accessToken,
          // Without an expiry in the answer: the lifetime asked for.
          accessTokenExpiresAt: localTime(event.accessTokenExpiresAt, event, event.now + event.lifetimeMs),
        },
        error: null,
      };
    case 'SESSION_FAILED':
      return state.status === 'authenticated' ? { ...state, error: event.error } : state;
    case 'SESSION_TIMED_OUT':
      return state.status === 'authenticated' ? { status: 'sessionExpired', username: state.session.username } : state;
    case 'RESTART':
      // Keeps the username so "start again" does not make the user type it twice.
      if (state.status === 'idle' && state.error === null) return state;
      return { status: 'idle', username: 'session' in state ? state.session.username : state.username, error: null };
    case 'LOGOUT':
      return state.status === 'idle' && state.username === '' && state.error === null ? state : initialAuthState;
  }
}
