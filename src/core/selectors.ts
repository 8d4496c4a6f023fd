import type { ApiKeyInfo, AuthSession, AuthState } from './auth-machine.js';
import { takesTypedCode, type AuthFactor } from './auth-response.js';
import { AuthError } from './errors.js';
import { factorKind } from './factors.js';

/*
 * Every decision derived from the flow's state, in one pure place: the machine, the controller,
 * the hooks and the components all ask here, so two of them can never decide the same thing by
 * two rules (the default MFA factor once was: the picker showed one factor, the code went to another).
 */

/**
 * The factors in the order the user sees them: the TOTP authenticator app (the one Riffyn
 * documents) first, then the others that take a typed code, then those that cannot be completed
 * here, each group in the server's order. Returns a new array.
 */
export function orderFactors<F extends Pick<AuthFactor, 'factorType'>>(factors: readonly F[]): F[] {
  const rank = (factor: F) => (factorKind(factor) === 'totp' ? 0 : takesTypedCode(factor) ? 1 : 2);
  return [...factors].sort((a, b) => rank(a) - rank(b)); // stable: ties keep the server's order
}

/**
 * The factor chosen before the user chooses: the first in display order that takes a typed code,
 * so typing the code is all there is to do; a lone factor even if it takes none (the step then
 * says it cannot be completed here). Null when there is nothing to choose from.
 */
export function defaultFactor<F extends Pick<AuthFactor, 'factorType'>>(factors: readonly F[]): F | null {
  return orderFactors(factors).find(takesTypedCode) ?? (factors.length === 1 ? factors[0]! : null);
}

/** The step of the sign-in a state is shown as. */
export type FlowStep = 'loginForm' | 'mfa' | 'apiKey';

/** A state as its step shows it: which step, and what that step needs to know. */
export type FlowView =
  | { step: 'loginForm'; username: string; error: AuthError | null }
  | {
      step: 'mfa';
      username: string;
      /** Empty once the step has expired. */
      factors: AuthFactor[];
      selectedFactorId: string | null;
      expiresAt: number | null;
      /** The code request died: the step can only start again. */
      expired: boolean;
      clockSkewMs: number;
      error: AuthError | null;
      extending: boolean;
    }
  | { step: 'apiKey'; session: AuthSession; apiKey: ApiKeyInfo }
  /** Session mode: asking whether the browser is signed in already; no step to show yet. */
  | { step: 'restoring' };

export function flowView(state: AuthState): FlowView {
  switch (state.status) {
    case 'idle':
    case 'authenticating':
    case 'sessionExpired':
      return { step: 'loginForm', username: state.username, error: loginError(state) };
    case 'mfaExpired':
      return {
        step: 'mfa',
        username: state.username,
        factors: [],
        selectedFactorId: null,
        expiresAt: null,
        expired: true,
        clockSkewMs: 0,
        error: null,
        extending: false,
      };
    case 'mfaRequired':
    case 'verifying': {
      const { username, factors, selectedFactorId, expiresAt, clockSkewMs, extending } = state;
      const error = state.status === 'mfaRequired' ? state.error : null;
      return { step: 'mfa', username, factors, selectedFactorId, expiresAt, expired: false, clockSkewMs, error, extending };
    }
    case 'authenticated':
      return { step: 'apiKey', session: state.session, apiKey: state.apiKey };
    case 'restoring':
      return { step: 'restoring' };
  }
}

export const flowStep = (state: AuthState): FlowView['step'] => flowView(state).step;

/** The username the flow is for, in any state ('' before anyone typed one). */
export const usernameOf = (state: AuthState): string =>
  'session' in state ? state.session.username : 'username' in state ? state.username : '';

/** A login or a verify request is in flight: the forms must not submit again. */
export const isPending = (state: AuthState): boolean => state.status === 'authenticating' || state.status === 'verifying';

type SignedIn = Extract<AuthState, { status: 'authenticated' }>;
const signedIn = (state: AuthState): state is SignedIn => state.status === 'authenticated';

/** The one-time key is on screen (its value in memory until the user acknowledges it). */
export const showsApiKey = (state: AuthState): state is SignedIn & { apiKey: Extract<ApiKeyInfo, { status: 'shown' }> } =>
  signedIn(state) && state.apiKey.status === 'shown';

/** Signed in, and the accessToken still works. */
export const hasLiveSession = (state: AuthState): state is SignedIn => signedIn(state) && !state.sessionEnded;

/**
 * The sign-in is done: the session, once the one-time key is saved (or at once when there was
 * none); null before, and while the key is still on screen.
 */
export const completedSession = (state: AuthState): AuthSession | null =>
  signedIn(state) && !showsApiKey(state) ? state.session : null;

/**
 * When the session's end should be warned of (local epoch ms): the accessToken's expiry while
 * signed in, the one-time key's step included (its time runs there too, and ends in password and
 * MFA again: WCAG 2.2.1 asks for the warning and the extension there as well). Null without a
 * session, without an expiry, or once the token ended (the key then stays on screen on purpose).
 */
export const sessionDeadline = (state: AuthState): number | null =>
  hasLiveSession(state) ? (state.session.accessTokenExpiresAt ?? null) : null;

/**
 * When the current state ends by itself (local epoch ms): the stateToken's expiry on the MFA step,
 * the accessToken's once signed in (also under the key: the flow then says the session ended);
 * null when nothing runs out.
 */
export function stateDeadline(state: AuthState): number | null {
  if (signedIn(state)) return state.sessionEnded ? null : state.session.accessTokenExpiresAt;
  return state.status === 'mfaRequired' || state.status === 'verifying' ? state.expiresAt : null;
}

/** The MFA step can no longer take a code: it timed out, or its deadline passed at `now`. */
export function isMfaExpired(state: AuthState, now: number): boolean {
  if (state.status === 'mfaExpired') return true;
  return state.status === 'mfaRequired' && state.expiresAt !== null && now >= state.expiresAt;
}

/** The session ended by itself or by a 401 (the sign-in form says so). */
export const SESSION_ENDED = /* @__PURE__ */ new AuthError('session-expired', { detail: 'the accessToken ran out' });

/** The error the sign-in step shows: the last login's, or that the session ended. */
export function loginError(state: AuthState): AuthError | null {
  if (state.status === 'sessionExpired') return SESSION_ENDED;
  return state.status === 'idle' ? state.error : null;
}
