// Type-only: the controller calls a client but never speaks HTTP itself.
import type { ClientAuthResponse, RiffynClient } from '../api/client.js';
import {
  initialAuthState,
  transition,
  type AuthEvent,
  type AuthSession,
  type AuthState,
  type Received,
} from './auth-machine.js';
import { assertSendableCredentials, type Credentials } from './basic-auth.js';
import { AuthError } from './errors.js';

/** The calls the controller needs; a `RiffynClient` has them all. */
export type AuthCalls = Pick<RiffynClient, 'login' | 'verifyFactor' | 'renameApiKey' | 'refreshAccessToken'>;

export interface AuthControllerOptions {
  client: AuthCalls;
  /** Local clock; injectable for tests. */
  now?: () => number;
  /** Told when the accessToken ran out (the machine is then `sessionExpired`). */
  onSessionExpired?: (username: string) => void;
  /** Told when `extendSession` got a new accessToken. */
  onSessionExtended?: (session: AuthSession) => void;
}

/** What a login or verify call resolved to, with every secret left out (react-query caches it). */
export interface AuthOutcome {
  status: AuthState['status'];
}

/** States during which the verify call may still need the password and stateToken. */
const HOLDS_SECRETS: ReadonlySet<AuthState['status']> = new Set(['authenticating', 'mfaRequired', 'verifying']);

export interface AuthController {
  getState(): AuthState;
  subscribe(listener: () => void): () => void;
  /** Keeps the credentials for the login call that follows (and for verify, which resends them). */
  stageCredentials(credentials: Credentials): void;
  /** Logs in with the staged credentials. Resolves even on failure: the error is in the state. */
  login(): Promise<AuthOutcome>;
  chooseFactor(factorId: string): void;
  /** Keeps the passCode for the verify call that follows. */
  stagePassCode(passCode: string): void;
  /** Verifies the staged passCode for the chosen factor. Resolves even on failure. */
  verify(): Promise<AuthOutcome>;
  acknowledgeApiKey(): void;
  renameApiKey(name: string): Promise<string>;
  /** A new accessToken; `seconds` defaults to the server's 30 minutes. */
  extendSession(seconds?: number): Promise<AuthSession>;
  restart(): void;
  logout(): void;
  /** Start timers (again). Paired with `dispose`, so React StrictMode's remount works. */
  activate(): void;
  /** Abort requests, clear timers, wipe secrets; no listener is called until `activate`. */
  dispose(): void;
}

/**
 * The login flow with its side effects: requests, timers and the secrets verify needs, around the
 * pure `transition`. React-free; `AuthProvider` binds it to components.
 */
export function createAuthController(options: AuthControllerOptions): AuthController {
  const { client } = options;
  const now = options.now ?? (() => Date.now());
  const listeners = new Set<() => void>();
  let state: AuthState = initialAuthState;
  let active = true;

  // The secrets, in this closure only: never in machine state, react-query, storage or the DOM.
  let credentials: Credentials | null = null;
  let stateToken: string | null = null;
  let passCode: string | null = null;
  const wipe = () => {
    credentials = null;
    stateToken = null;
    passCode = null;
  };

  // One request at a time; a newer attempt makes older answers stale even if they arrive.
  let inFlight: AbortController | null = null;
  let attempt = 0;
  const begin = () => {
    inFlight?.abort();
    inFlight = new AbortController();
    return { signal: inFlight.signal, attempt: ++attempt };
  };
  const abort = () => {
    inFlight?.abort();
    inFlight = null;
    attempt++;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!active) return;
    const deadline =
      state.status === 'mfaRequired' || state.status === 'verifying'
        ? { at: state.expiresAt, event: { type: 'MFA_TIMED_OUT' } as const }
        : state.status === 'authenticated'
          ? { at: state.session.accessTokenExpiresAt, event: { type: 'SESSION_TIMED_OUT' } as const }
          : null;
    if (deadline?.at == null) return;
    // Browsers fire setTimeout early or late; recheck against the clock when it fires.
    timer = setTimeout(() => {
      if (deadline.at !== null && now() < deadline.at) schedule();
      else timeOut(deadline.event);
    }, Math.min(Math.max(0, deadline.at - now()), 2 ** 31 - 1));
  };

  const timeOut = (event: { type: 'MFA_TIMED_OUT' } | { type: 'SESSION_TIMED_OUT' }) => {
    const before = state;
    if (event.type === 'MFA_TIMED_OUT') abort();
    send(event);
    if (event.type === 'SESSION_TIMED_OUT' && before.status === 'authenticated' && state !== before) {
      options.onSessionExpired?.(before.session.username);
    }
  };

  function send(event: AuthEvent): void {
    if (!active) return;
    const next = transition(state, event);
    if (next === state) return;
    const timing = next.status !== state.status || expiryOf(next) !== expiryOf(state);
    state = next;
    if (!HOLDS_SECRETS.has(state.status)) wipe();
    if (timing) schedule();
    for (const listener of listeners) listener();
  }

  const received = (answer: { serverDate?: number }): Received => {
    const at = now();
    return { now: at, clockSkewMs: answer.serverDate === undefined ? 0 : answer.serverDate - at };
  };

  const asAuthError = (error: unknown) =>
    error instanceof AuthError ? error : new AuthError('malformed', { detail: 'unexpected failure', cause: error });

  const settle = (response: ClientAuthResponse, phase: 'login' | 'verify') => {
    const at = received(response);
    if (response.status === 'SUCCESS') {
      const { serverDate: _, ...success } = response;
      send({ type: phase === 'login' ? 'LOGIN_SUCCEEDED' : 'VERIFY_SUCCEEDED', response: success, ...at });
    } else if (phase === 'login') {
      stateToken = response.stateToken;
      const { stateToken: _, serverDate: __, ...mfa } = response;
      send({ type: 'MFA_REQUIRED', response: mfa, ...at });
    } else {
      throw new AuthError('malformed', { detail: 'verify answered MFA_REQUIRED' });
    }
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    stageCredentials(next) {
      credentials = { username: next.username, password: next.password };
    },

    async login() {
      const staged = credentials;
      const before = state;
      send({ type: 'LOGIN', username: staged?.username ?? '' });
      // Double submit, or a login while signed in: the machine refused, so no request either.
      if (state === before) return { status: state.status };
      const request = begin();
      try {
        if (!staged) throw new AuthError('invalid-input', { detail: 'no credentials' });
        assertSendableCredentials(staged);
        const response = await client.login(staged, { signal: request.signal });
        if (request.attempt === attempt) settle(response, 'login');
      } catch (error) {
        if (request.attempt === attempt) send({ type: 'LOGIN_FAILED', error: asAuthError(error) });
      }
      return { status: state.status };
    },

    chooseFactor(factorId) {
      send({ type: 'CHOOSE_FACTOR', factorId });
    },

    stagePassCode(code) {
      passCode = code;
    },

    async verify() {
      const code = passCode ?? '';
      passCode = null;
      const current = state;
      if (current.status !== 'mfaRequired' || current.selectedFactorId === null) return { status: current.status };
      if (current.expiresAt !== null && now() >= current.expiresAt) {
        timeOut({ type: 'MFA_TIMED_OUT' }); // never send a verify the server must refuse
        return { status: state.status };
      }
      const secrets = credentials && stateToken ? { ...credentials, stateToken } : null;
      send({ type: 'VERIFY' });
      const request = begin();
      try {
        if (!secrets) throw new AuthError('mfa-expired', { detail: 'the sign-in details are gone' });
        if (!/^\d{6}$/.test(code)) throw new AuthError('invalid-input', { detail: 'passCode is not 6 digits' });
        const response = await client.verifyFactor(
          { ...secrets, factorId: current.selectedFactorId, passCode: code },
          { signal: request.signal },
        );
        if (request.attempt === attempt) settle(response, 'verify');
      } catch (error) {
        if (request.attempt === attempt) send({ type: 'VERIFY_FAILED', error: asAuthError(error) });
      }
      return { status: state.status };
    },

    acknowledgeApiKey() {
      send({ type: 'ACKNOWLEDGE_API_KEY' });
    },

    async renameApiKey(name) {
      const current = state;
      if (current.status !== 'authenticated' || current.apiKey.status === 'none') {
        throw new AuthError('invalid-input', { detail: 'no key to rename' });
      }
      if (!current.session.accessToken) throw new AuthError('session-expired', { detail: 'no accessToken' });
      const renamed = await client.renameApiKey(
        { from: current.apiKey.name, to: name },
        { accessToken: current.session.accessToken },
      );
      send({ type: 'API_KEY_RENAMED', name: renamed.name });
      return renamed.name;
    },

    async extendSession(seconds) {
      const current = state;
      if (current.status !== 'authenticated' || !current.session.accessToken) {
        throw new AuthError('session-expired', { detail: 'no session to extend' });
      }
      try {
        const answer = await client.refreshAccessToken(
          seconds === undefined ? {} : { time: seconds },
          { accessToken: current.session.accessToken },
        );
        const at = received(answer);
        const expiresAt = answer.accessTokenExpiresAt
          ? Date.parse(answer.accessTokenExpiresAt) - at.clockSkewMs
          : at.now + (seconds ?? 30 * 60) * 1000;
        send({ type: 'SESSION_EXTENDED', accessToken: answer.accessToken, accessTokenExpiresAt: expiresAt });
      } catch (error) {
        const failure = asAuthError(error);
        send({ type: 'SESSION_FAILED', error: failure });
        throw failure;
      }
      const after = state;
      if (after.status !== 'authenticated') throw new AuthError('session-expired');
      options.onSessionExtended?.(after.session);
      return after.session;
    },

    restart() {
      abort();
      send({ type: 'RESTART' });
      wipe();
    },

    logout() {
      abort();
      send({ type: 'LOGOUT' });
      wipe();
    },

    activate() {
      active = true;
      schedule();
    },

    dispose() {
      abort();
      wipe();
      clearTimeout(timer);
      timer = undefined;
      active = false;
    },
  };
}

function expiryOf(state: AuthState): number | null {
  if (state.status === 'mfaRequired' || state.status === 'verifying') return state.expiresAt;
  if (state.status === 'authenticated') return state.session.accessTokenExpiresAt;
  return null;
}
