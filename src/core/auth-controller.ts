// Type-only: the controller calls a client but never speaks HTTP itself.
import type { ClientAuthResponse, RiffynClient } from '../api/client.js';
import {
  initialAuthState,
  transition,
  type AuthEvent,
  type AuthSession,
  type AuthState,
  type Received,
  type SessionEvent,
} from './auth-machine.js';
import { assertSendableCredentials, type Credentials } from './basic-auth.js';
import { AuthError, asAuthError } from './errors.js';

/** The calls the controller needs; a `RiffynClient` has them all. */
export type AuthCalls = Pick<RiffynClient, 'login' | 'verifyFactor'>;

export interface AuthControllerOptions {
  client: AuthCalls;
  /** Local clock; injectable for tests. */
  now?: (() => number) | undefined;
  /** Told when the accessToken ran out (the machine is then `sessionExpired`). Read when called. */
  onSessionExpired?: ((username: string) => void) | undefined;
  /** Told when the session got a new accessToken (`extendSession`). Read when called. */
  onSessionExtended?: ((session: AuthSession) => void) | undefined;
}

/** What a login or verify call resolved to, with every secret left out (react-query caches it). */
export interface AuthOutcome {
  status: AuthState['status'];
}

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
  /**
   * For the calls made after sign-in (`renameLoginKey`, `extendSession`): the signed-in state and
   * its accessToken. Throws `session-expired` once the flow has left `authenticated`.
   */
  session(): SignedIn & { accessToken: string };
  /** Feeds such a call's result to the flow; `serverDate` is its answer's, for times. */
  update(event: SessionEvent, serverDate?: number): void;
  restart(): void;
  logout(): void;
  /** Start timers (again). Paired with `dispose`, so React StrictMode's remount works. */
  activate(): void;
  /** Abort requests, clear timers, wipe secrets; no listener is called until `activate`. */
  dispose(): void;
}

type SignedIn = Extract<AuthState, { status: 'authenticated' }>;

/** States during which the verify call may still need the password and stateToken. */
const HOLDS_SECRETS: AuthState['status'][] = ['authenticating', 'mfaRequired', 'verifying'];

/** When the current state ends by itself: the stateToken's or the accessToken's expiry (local ms). */
const deadlineOf = (state: AuthState) =>
  state.status === 'authenticated' ? state.session.accessTokenExpiresAt : 'expiresAt' in state ? state.expiresAt : null;

/**
 * The login flow with its side effects: requests, timers and the secrets verify needs, around the
 * pure `transition`. React-free; `AuthProvider` binds it to components.
 */
export function createAuthController(options: AuthControllerOptions): AuthController {
  const { client, now = () => Date.now() } = options;
  const listeners = new Set<() => void>();
  let state: AuthState = initialAuthState;
  let active = true;

  // The secrets, in this closure only: never in machine state, react-query, storage or the DOM.
  let credentials: Credentials | null = null;
  let stateToken: string | null = null;
  let passCode: string | null = null;
  const wipe = () => {
    credentials = stateToken = passCode = null;
  };

  // One request at a time: a newer one, restart, expiry or dispose aborts it and makes its answer stale.
  let inFlight: AbortController | null = null;
  const abort = () => {
    inFlight?.abort();
    inFlight = null;
  };

  // One timer, for the current state's deadline; every state change re-arms it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const at = deadlineOf(state);
    if (!active || at === null) return;
    // Browsers fire setTimeout early or late; recheck against the clock when it fires.
    timer = setTimeout(() => (now() < at ? schedule() : timeOut()), Math.min(at - now(), 2 ** 31 - 1));
  };

  const timeOut = () => {
    const before = state;
    if (before.status === 'authenticated') {
      send({ type: 'SESSION_TIMED_OUT' });
      options.onSessionExpired?.(before.session.username);
    } else {
      abort();
      send({ type: 'MFA_TIMED_OUT' });
    }
  };

  function send(event: AuthEvent): void {
    const next = transition(state, event);
    if (!active || next === state) return;
    state = next;
    if (!HOLDS_SECRETS.includes(state.status)) wipe();
    schedule();
    listeners.forEach((listener) => listener());
  }

  const received = ({ serverDate }: { serverDate?: number | undefined }): Received => {
    const at = now();
    const skew = serverDate ? serverDate - at : 0;
    // The Date header has whole seconds and the answer took time to arrive: under 2 s is noise,
    // and counting it would show "5:01" left on a 5-minute stateToken.
    return { now: at, clockSkewMs: Math.abs(skew) < 2000 ? 0 : skew };
  };

  /**
   * Sends LOGIN or VERIFY and, unless the machine refused it (a double submit, a login while signed
   * in), makes the request and feeds its answer to the machine, unless a newer request made it stale.
   */
  async function run(
    start: AuthEvent & { type: 'LOGIN' | 'VERIFY' },
    call: (signal: AbortSignal) => Promise<ClientAuthResponse>,
  ): Promise<AuthOutcome> {
    const before = state;
    send(start);
    if (state === before) return { status: state.status };
    const isLogin = start.type === 'LOGIN';
    abort();
    const request = (inFlight = new AbortController());
    let event: AuthEvent;
    let token: string | undefined;
    try {
      const response = await call(request.signal);
      if (response.status === 'SUCCESS') {
        event = { type: isLogin ? 'LOGIN_SUCCEEDED' : 'VERIFY_SUCCEEDED', response, ...received(response) };
      } else if (isLogin) {
        // The stateToken stays in this closure; the machine gets the rest.
        const { stateToken: secret, ...mfa } = response;
        token = secret;
        event = { type: 'MFA_REQUIRED', response: mfa, ...received(response) };
      } else {
        throw new AuthError('malformed', { detail: 'status' });
      }
    } catch (error) {
      event = { type: isLogin ? 'LOGIN_FAILED' : 'VERIFY_FAILED', error: asAuthError(error) };
    }
    if (request === inFlight) {
      stateToken = token ?? stateToken;
      send(event);
    }
    return { status: state.status };
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    stageCredentials({ username, password }) {
      // Only while a login may start: never over the ones a request or the MFA step is using.
      if (transition(state, { type: 'LOGIN', username }) !== state) credentials = { username, password };
    },

    login() {
      const staged = credentials;
      return run({ type: 'LOGIN', username: staged?.username ?? '' }, (signal) => {
        // Nothing staged reads as empty fields.
        assertSendableCredentials(staged ?? { username: '', password: '' });
        return client.login(staged!, { signal });
      });
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
      if (current.status === 'mfaRequired' && current.expiresAt !== null && now() >= current.expiresAt) {
        timeOut(); // never send a verify the server must refuse
        return { status: state.status };
      }
      return run({ type: 'VERIFY' }, (signal) => {
        // Gone after a dispose (e.g. React StrictMode's remount): the user must sign in again.
        if (!credentials || !stateToken) throw new AuthError('mfa-expired');
        // The code's shape is checked once, in the client, next to the other input checks.
        const { selectedFactorId: factorId } = state as Extract<AuthState, { status: 'verifying' }>;
        return client.verifyFactor({ ...credentials, stateToken, factorId, passCode: code }, { signal });
      });
    },

    acknowledgeApiKey() {
      send({ type: 'ACKNOWLEDGE_API_KEY' });
    },

    session() {
      if (state.status !== 'authenticated' || !state.session.accessToken) throw new AuthError('session-expired');
      return { ...state, accessToken: state.session.accessToken };
    },

    update(event, serverDate) {
      send({ ...event, ...received({ serverDate }) });
      if (event.type === 'SESSION_EXTENDED' && state.status === 'authenticated') options.onSessionExtended?.(state.session);
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
      active = false;
      clearTimeout(timer);
    },
  };
}
